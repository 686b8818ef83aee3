import puppeteer from 'puppeteer-core';
import {readFileSync} from 'node:fs';
const [url] = process.argv.slice(2);
const browser = await puppeteer.launch({executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--js-flags=--expose-gc']});
const page = await browser.newPage();
await page.setViewport({width: 1280, height: 900});
await page.emulateTimezone('Europe/Oslo');
await page.exposeFunction('__beforeT0', async () => { await page.tracing.start({path: '/tmp/sz/trace2.json', categories: ['devtools.timeline', 'blink', 'disabled-by-default-devtools.timeline']}); });
await page.exposeFunction('__afterFrame', async () => { await page.tracing.stop(); });
await page.goto(url);
await page.waitForFunction('window.__result', {polling: 20, timeout: 60000});
console.log(JSON.stringify(await page.evaluate('window.__result')));
const events = JSON.parse(readFileSync('/tmp/sz/trace2.json', 'utf8')).traceEvents;
const sum = {}, count = {};
for (const e of events) if (e.ph === 'X' && e.dur) { sum[e.name] = (sum[e.name] ?? 0) + e.dur / 1000; count[e.name] = (count[e.name] ?? 0) + 1; }
console.log(Object.entries(sum).sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v.toFixed(1).padStart(8)} ${String(count[k]).padStart(5)} ${k}`).join('\n'));
await browser.close();
