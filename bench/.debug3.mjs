import puppeteer from 'puppeteer-core';
const browser = await puppeteer.launch({executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--js-flags=--expose-gc']});
for (const variant of ['plain', 'context', 'tz', 'headers']) {
  const context = variant === 'plain' ? browser.defaultBrowserContext() : await browser.createBrowserContext();
  const page = await context.newPage();
  if (variant === 'tz' || variant === 'headers') await page.emulateTimezone('Europe/Oslo');
  if (variant === 'headers') await page.setExtraHTTPHeaders({'Accept-Language': 'nb-NO,nb;q=0.9'});
  await page.goto('http://127.0.0.1:18765/bench/index.html?lib=usht&view=month&n=1000');
  await new Promise((r) => setTimeout(r, 3000));
  console.log(variant, await page.evaluate(() => JSON.stringify(window.__result)));
  await page.close();
}
await browser.close();
