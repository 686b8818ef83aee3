import {activities} from './data.js';
const kit = await import('/cdn/usht-kit.js');
const n = Number(new URLSearchParams(location.search).get('n') ?? 1000);
const view = new URLSearchParams(location.search).get('view') ?? 'month';
const data = activities(n);
const out = {};
let t = performance.now();
for (let i = 0; i < 5; i++) kit.queryActivities(data, {}, []);
out.query = (performance.now() - t) / 5;
const base = kit.embeddedSource();
const client = kit.createClient({source: {...base, activities: async (q = {}) => kit.queryActivities(data, q, [])}});
const tc = performance.now(); await client.activities({}); out.clientCall = performance.now() - tc;
const tc2 = performance.now(); await client.activities({}); out.clientCall2 = performance.now() - tc2;
const proto = customElements.get('usht-activity-calendar').prototype;
const log = []; out.log = log;
for (const name of ['render', 'renderMonth', 'renderFilters', 'update', 'willUpdate', 'updated', 'performUpdate']) {
  let p = proto; while (p && !Object.prototype.hasOwnProperty.call(p, name)) p = Object.getPrototypeOf(p);
  const orig = p[name];
  proto[name] = function (...a) { const t = performance.now(); const r = orig.apply(this, a); log.push(`${name} ${Math.round((performance.now() - t) * 10) / 10} @${Math.round(t)}`); return r; };
}
const times = [];
for (let i = 0; i < 2; i++) {
  log.push('--- start ' + Math.round(performance.now()));
  const host = document.getElementById('host');
  host.textContent = '';
  const t0 = performance.now();
  const el = document.createElement('usht-activity-calendar');
  el.client = client; el.view = view; el.includePast = true; el.month = '2026-09'; el.from = view === 'agenda' ? '2026-08-31' : '';
  host.append(el);
  const t1 = performance.now();
  await el.updateComplete;
  const t2 = performance.now();
  while (!el.shadowRoot.querySelector(view === 'month' ? '[data-date]' : 'li.item')) { await el.updateComplete; await new Promise((r) => setTimeout(r)); }
  const t3 = performance.now();
  host.getBoundingClientRect();
  const t4 = performance.now();
  times.push([t1 - t0, t2 - t1, t3 - t2, t4 - t3].map((x) => Math.round(x)));
  await new Promise((r) => setTimeout(r, 300));
}
out.times = times;
// steady re-render cost: change month back and forth
const el = document.querySelector('usht-activity-calendar');
const r = [];
for (let i = 0; i < 5; i++) { const t = performance.now(); el.month = i % 2 ? '2026-09' : '2026-10'; await el.updateComplete; r.push(Math.round(performance.now() - t)); }
out.rerender = r;
await new Promise((r) => setTimeout(r, 500));
log.push('--- filter ' + Math.round(performance.now()));
const tq = performance.now(); kit.queryActivities(data, {centreId: 'oslo', from: '2026-08-31'}, []); out.queryOslo = performance.now() - tq;
const select = el.shadowRoot.querySelector('select[name="centre"]');
const status = el.shadowRoot.querySelector('[role="status"]');
const before = status.textContent;
const tf = performance.now();
select.value = 'oslo'; select.dispatchEvent(new Event('change', {bubbles: true}));
while (status.textContent === before) { await el.updateComplete; await new Promise((r) => setTimeout(r)); }
out.filterScript = performance.now() - tf;
el.getBoundingClientRect(); document.body.offsetHeight;
out.filterLayout = performance.now() - tf;
window.__result = out;
