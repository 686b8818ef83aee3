// One benchmark page: ?lib=usht|fc|blank-usht|blank-fc &view=month|agenda &n=1000|10000.
// Timing points as in performance-anchors.md §2: t0 just before the calendar is created (its data
// already built), `frame` after a forced layout and the next painted frame. window.__result is
// read by bench/run.mjs, which then forces GC, reads the heap, and calls window.__filter().
import {activities, fullCalendarEvents} from './data.js';

const params = new URLSearchParams(location.search);
const lib = params.get('lib');
const view = params.get('view') ?? 'month';
const n = Number(params.get('n') ?? 1000);
const host = document.getElementById('host');
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

async function finish(t0, tScript) {
  host.getBoundingClientRect();
  void document.body.offsetHeight;
  const tLayout = performance.now();
  await nextFrame();
  const tFrame = performance.now();
  return {script: tScript - t0, layout: tLayout - t0, frame: tFrame - t0, fromNav: tFrame};
}

function countNodes(root = document) {
  let count = 0;
  const walk = (node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      count++;
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  walk(root);
  return count;
}

const loadCss = (href) => new Promise((resolve, reject) => {
  const link = Object.assign(document.createElement('link'), {rel: 'stylesheet', href});
  link.onload = resolve;
  link.onerror = reject;
  document.head.append(link);
});

async function usht() {
  // The element's own file, as a host that imports explicitly loads it (usht-kit.js, the
  // autoloader, would load the same file on the first <usht-activity-calendar> it finds).
  const [kit] = await Promise.all([import('/cdn/usht-kit.js'), import('/cdn/usht-activity-calendar.js')]);
  const sdk = await kit.loadSdk();
  const data = activities(n);
  await customElements.whenDefined('usht-activity-calendar');
  // A memory source filtering the way every whole-collection source does (embedded, feed): the
  // SDK's queryActivities. The records are the generator's, so no validation is timed (the SDK
  // has its own validation budget), just as FullCalendar gets its ready array.
  const base = kit.embeddedSource();
  const source = {...base, description: 'bench: memory', activities: async (query = {}) => sdk.queryActivities(data, query, [])};
  const client = kit.createClient({source});
  const shown = (el) => el.shadowRoot?.querySelector(view === 'month' ? '[role="grid"] [data-date]' : '.list li.item');

  // Hooks a profiling script may define (page.exposeFunction); bench/run.mjs does not.
  await window.__beforeT0?.();
  const t0 = performance.now();
  const el = document.createElement('usht-activity-calendar');
  el.client = client;
  el.view = view;
  el.includePast = true;
  if (view === 'month') el.month = '2026-09';
  else el.from = '2026-08-31';
  host.append(el);
  // Microtasks first (a memory source answers within them), so no task boundary lets the browser
  // paint an intermediate state that FullCalendar's synchronous render never has.
  for (let spins = 0; !shown(el); spins++) {
    await el.updateComplete;
    await (spins < 200 ? Promise.resolve() : new Promise((resolve) => setTimeout(resolve, 0)));
  }
  const tScript = performance.now();
  const result = await finish(t0, tScript);
  await window.__afterFrame?.();
  // Let the lazy parts (names for the filters, priority-area badges) arrive before heap is read.
  for (let i = 0; i < 40 && (!el.shadowRoot.querySelectorAll('select[name="centre"] option')[1] || !customElements.get('usht-priority-badges')); i++) {
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  await el.updateComplete;

  window.__filter = async () => {
    const status = el.shadowRoot.querySelector('[role="status"]');
    const before = status.textContent;
    const select = el.shadowRoot.querySelector('select[name="centre"]');
    const t = performance.now();
    select.value = 'oslo';
    select.dispatchEvent(new Event('change', {bubbles: true}));
    while (status.textContent === before) {
      await el.updateComplete;
      if (status.textContent === before) await new Promise((resolve) => setTimeout(resolve, 0));
    }
    const tScriptFilter = performance.now();
    const timing = await finish(t, tScriptFilter);
    return {...timing, shown: status.textContent};
  };
  return {...result, dom: countNodes(), items: data.length};
}

async function fullCalendar() {
  await Promise.all(['/fc/skeleton.css', '/fc/themes/classic/theme.css', '/fc/themes/classic/palette.css'].map(loadCss));
  const fc = await import('/build/fc.js');
  const data = activities(n);
  const events = fullCalendarEvents(data);
  const options = view === 'month'
    ? {initialView: 'dayGridMonth', initialDate: '2026-09-15', dayMaxEvents: 3}
    : {initialView: 'listGrid', initialDate: '2026-08-31', views: {listGrid: {type: 'list', duration: {weeks: 6}}}};

  const t0 = performance.now();
  const calendar = new fc.Calendar(host, {plugins: fc.plugins, locale: fc.nb, timeZone: 'local', events, ...options});
  calendar.render();
  const tScript = performance.now();
  const result = await finish(t0, tScript);

  window.__filter = async () => {
    const t = performance.now();
    // What a host does without built-in filters: filter its array and hand FullCalendar the rest.
    const kept = events.filter((e) => e.extendedProps.centreId === 'oslo');
    calendar.batchRendering(() => {
      calendar.removeAllEventSources();
      calendar.addEventSource(kept);
    });
    const tScriptFilter = performance.now();
    const timing = await finish(t, tScriptFilter);
    return {...timing, shown: `${kept.length} events`};
  };
  return {...result, dom: countNodes(), items: data.length};
}

/** The same data built and kept, nothing rendered: subtracted from the heap figures. */
async function blank(kind) {
  let kept;
  if (kind === 'usht') {
    const [kit] = await Promise.all([import('/cdn/usht-kit.js'), import('/cdn/usht-activity-calendar.js')]);
    await kit.loadSdk();
    kept = activities(n);
  } else {
    await import('/build/fc.js');
    kept = fullCalendarEvents(activities(n));
  }
  window.__kept = kept;
  window.__filter = async () => null;
  return {script: 0, layout: 0, frame: 0, fromNav: performance.now(), dom: countNodes(), items: kept.length};
}

const run = {usht, fc: fullCalendar, 'blank-usht': () => blank('usht'), 'blank-fc': () => blank('fc')}[lib];
run().then((result) => {
  window.__result = result;
}, (error) => {
  window.__result = {error: String(error?.stack ?? error)};
});
