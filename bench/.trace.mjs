import puppeteer from 'puppeteer-core';
import {readFileSync} from 'node:fs';
const [url, mode] = process.argv.slice(2);
const browser = await puppeteer.launch({executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--js-flags=--expose-gc']});
const page = await browser.newPage();
await page.setViewport({width: 1280, height: 900});
await page.emulateTimezone('Europe/Oslo');
if (mode !== 'filter') await page.tracing.start({path: '/tmp/sz/trace.json', categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline']});
await page.goto(url);
await page.waitForFunction('window.__result', {polling: 20});
if (mode === 'filter') { await new Promise((r) => setTimeout(r, 1000)); await page.tracing.start({path: '/tmp/sz/trace.json', categories: ['devtools.timeline']}); console.log(await page.evaluate('window.__filter()')); }
await page.tracing.stop();
console.log(JSON.stringify(await page.evaluate('window.__result')));
const events = JSON.parse(readFileSync('/tmp/sz/trace.json', 'utf8')).traceEvents;
const sum = {};
for (const e of events) if (e.ph === 'X' && e.dur) sum[e.name] = (sum[e.name] ?? 0) + e.dur / 1000;
console.log(Object.entries(sum).sort((a, b) => b[1] - a[1]).slice(0, 14).map(([k, v]) => `${v.toFixed(1).padStart(8)} ${k}`).join('\n'));
await browser.close();
