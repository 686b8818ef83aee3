import puppeteer from 'puppeteer-core';
const browser = await puppeteer.launch({executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox']});
for (const qs of process.argv.slice(2)) {
  const page = await browser.newPage();
  await page.setViewport({width: 1280, height: 900});
  await page.emulateTimezone('Europe/Oslo');
  page.on('pageerror', (e) => console.log('pageerror', e));
  if (qs.includes('lib=fc')) await page.goto('http://127.0.0.1:18765/bench/bench.css').then(() => undefined);
  await page.goto(`http://127.0.0.1:18765/bench/.exp2.html?${qs}`);
  if (qs.includes('lib=fc')) await page.evaluate(() => Promise.all(['/fc/skeleton.css', '/fc/themes/classic/theme.css', '/fc/themes/classic/palette.css'].map((href) => new Promise((r) => { const l = Object.assign(document.createElement('link'), {rel: 'stylesheet', href}); l.onload = r; document.head.append(l); }))));
  await page.waitForFunction('window.__result', {polling: 50, timeout: 120000});
  console.log(JSON.stringify(await page.evaluate('window.__result')));
  await page.close();
}
await browser.close();
