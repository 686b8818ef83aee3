import puppeteer from 'puppeteer-core';
const browser = await puppeteer.launch({executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox']});
const res = {};
for (let round = 0; round < 5; round++) for (const mode of process.argv.slice(2)) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({width: 1280, height: 900});
  page.on('pageerror', (e) => console.log('pageerror', e));
  await page.goto(`http://127.0.0.1:18765/bench/.exp3.html?mode=${mode}`);
  await page.waitForFunction('window.__result', {polling: 50, timeout: 60000});
  const r = await page.evaluate('window.__result');
  (res[mode] ??= []).push(`${r.script}/${r.layout}`);
  await context.close();
}
console.log(res);
await browser.close();
