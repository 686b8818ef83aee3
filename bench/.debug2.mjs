import puppeteer from 'puppeteer-core';
const browser = await puppeteer.launch({executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox']});
const page = await browser.newPage();
page.on('console', (m) => console.log('console', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror', e));
await page.goto('http://127.0.0.1:18765/bench/bench.css');
console.log(await page.evaluate(async () => { const k = await import('/cdn/usht-kit.js'); return JSON.stringify({defined: ['usht-activity-calendar','usht-provider','usht-priority-badges'].map(t => !!customElements.get(t)), keys: Object.keys(k).length}); }));
await browser.close();
