import {activities, fullCalendarEvents} from './data.js';
const q = new URLSearchParams(location.search);
const n = Number(q.get('n') ?? 1000), view = q.get('view') ?? 'month', lib = q.get('lib') ?? 'usht';
const data = activities(n);
const host = document.getElementById('host');
const out = {render: [], layout: []};
const micro = () => Promise.resolve();
if (lib === 'usht') {
  const kit = await import('/cdn/usht-kit.js');
  const client = kit.createClient({source: {...kit.embeddedSource(), activities: async (qq = {}) => kit.queryActivities(data, qq, [])}});
  for (let i = 0; i < 10; i++) {
    host.textContent = '';
    await new Promise((r) => setTimeout(r, 100));
    const t0 = performance.now();
    const el = document.createElement('usht-activity-calendar');
    el.client = client; el.view = view; el.includePast = true; el.month = '2026-09'; if (view === 'agenda') el.from = '2026-08-31';
    host.append(el);
    let spins = 0;
    while (!el.shadowRoot?.querySelector(view === 'month' ? '[data-date]' : 'li.item')) { await el.updateComplete; await micro(); if (++spins > 1000) throw new Error('spin'); }
    const t1 = performance.now();
    host.getBoundingClientRect(); document.body.offsetHeight;
    const t2 = performance.now();
    out.render.push(t1 - t0); out.layout.push(t2 - t1);
  }
} else {
  const fc = await import('/build/fc.js');
  const events = fullCalendarEvents(data);
  for (let i = 0; i < 10; i++) {
    host.textContent = '';
    await new Promise((r) => setTimeout(r, 100));
    const t0 = performance.now();
    const options = view === 'month' ? {initialView: 'dayGridMonth', initialDate: '2026-09-15', dayMaxEvents: 3} : {initialView: 'listGrid', initialDate: '2026-08-31', views: {listGrid: {type: 'list', duration: {weeks: 6}}}};
    const c = new fc.Calendar(host, {plugins: fc.plugins, locale: fc.nb, events, ...options}); c.render();
    const t1 = performance.now();
    host.getBoundingClientRect(); document.body.offsetHeight;
    const t2 = performance.now();
    out.render.push(t1 - t0); out.layout.push(t2 - t1);
    c.destroy();
  }
}
const min = (a) => Math.round(Math.min(...a) * 10) / 10, med = (a) => Math.round([...a].sort((x, y) => x - y)[a.length >> 1] * 10) / 10;
window.__result = {lib, view, n, renderMin: min(out.render), renderMed: med(out.render), layoutMin: min(out.layout), layoutMed: med(out.layout), first: [Math.round(out.render[0]), Math.round(out.layout[0])]};
