// Issue 18: `usht-kit.js` is an autoloader. These tests hold the mechanism, not timings, on pages
// made per request from README.md's snippet with the built cdn folder served byte for byte
// (test/helpers/cross-element-server.js, `/__test/autoload/…`; npm run build first):
//  - a page with only a badge never requests the calendar's, the map's or the checklist's code, nor zod;
//  - a tag added after the page has loaded is defined;
//  - two copies of the kit on one page define each tag once, with no warning;
//  - with the snippet's reserve rule, nothing after a widget moves within view while it loads (the
//    page notes where everything is in its first layout, before the kit runs), in every engine;
//    in Chromium, a layout-shift observer also records nothing.
import {expect} from '@open-wc/testing';
import {engine} from '../helpers/engine.js';

interface PageWindow extends Window {
  __defines: string[];
  __warnings: string[];
  __shifts: {value: number; sources: string[]}[];
  __first: {name: string; top: number; height: number}[];
}

const widgets = ['usht-priority-badge', 'usht-activity-calendar', 'usht-centre-map', 'usht-application-checklist'] as const;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const shadowText = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
const busy = (el: Element) => !!el.shadowRoot?.querySelector('[data-kind="loading"], [aria-busy="true"]');

/** Opens a page in a frame the size of a phone's screen and waits for every widget to show its data. */
async function openPage(path: string): Promise<{frame: HTMLIFrameElement; win: PageWindow; doc: Document}> {
  const frame = document.createElement('iframe');
  frame.title = path;
  frame.style.cssText = 'width: 412px; height: 560px; border: 0; display: block';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.src = `/__test/autoload/${path}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as unknown as PageWindow;
  const doc = frame.contentDocument!;
  await settled(win, doc);
  return {frame, win, doc};
}

/** Every usht widget on the page defined, past loading and showing text, three polls in a row. */
async function settled(win: PageWindow, doc: Document): Promise<void> {
  const deadline = performance.now() + 15000;
  for (let calm = 0; calm < 3;) {
    if (performance.now() > deadline) throw new Error(`widgets not ready: ${[...doc.querySelectorAll(widgets.join(','))].map((el) => `${el.localName} defined=${!!win.customElements.get(el.localName)} busy=${busy(el)}`).join('; ')}`);
    await sleep(150);
    const found = [...doc.querySelectorAll(widgets.join(','))];
    const ready = found.every((el) => win.customElements.get(el.localName) && el.shadowRoot && !busy(el) && shadowText(el) !== '');
    calm = ready ? calm + 1 : 0;
  }
}

/** Script paths the page has loaded, from its own resource timing (every engine has it). */
const scriptsLoaded = (win: PageWindow) => (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[])
  .map((entry) => new URL(entry.name).pathname)
  .filter((path) => path.endsWith('.js'));

/**
 * What a reader would have seen move: every noted element whose position changed since the first
 * layout while it was within view, before or after (the frame's height is the view).
 */
function movedInView(win: PageWindow, doc: Document): string[] {
  const view = win.innerHeight;
  const moved: string[] = [];
  for (const first of win.__first) {
    const el = first.name === 'contact' ? doc.getElementById('contact')! : doc.querySelector(first.name)!;
    const now = el.getBoundingClientRect().top;
    const visible = (top: number) => top < view;
    if (Math.abs(now - first.top) > 0.5 && (visible(first.top) || visible(now))) moved.push(`${first.name}: ${first.top.toFixed(1)} → ${now.toFixed(1)} (view ${view})`);
  }
  return moved;
}

describe('autoloader (usht-kit.js)', function () {
  this.timeout(40000);
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));
  const open = async (path: string) => {
    const page = await openPage(path);
    frames.push(page.frame);
    return page;
  };

  it('a page with only a badge loads the badge and its data, never the calendar, the map, the checklist, the editor or zod', async () => {
    const {win, doc} = await open('only/usht-priority-badge');
    expect(shadowText(doc.querySelector('usht-priority-badge')!)).to.contain('Demensplan 2025');
    const scripts = scriptsLoaded(win);
    expect(scripts).to.include('/__test/cdn/usht-kit.js');
    expect(scripts).to.include('/__test/cdn/usht-priority-badge.js');
    expect(scripts.some((path) => /\/chunks\/data-priority-areas-/.test(path)), 'the priority areas, from the embedded data').to.equal(true);
    const foreign = scripts.filter((path) => /usht-(activity-calendar|centre-map|application-checklist|activity-editor|kit-all)|map-drawing|\/zod-|\/ky-|\/data-(?!priority-areas)/.test(path));
    expect(foreign, 'code and data the badge does not show').to.deep.equal([]);
    expect(win.__defines).to.have.members(['usht-priority-badge', 'usht-priority-badges']);
    expect(win.__warnings).to.deep.equal([]);
  });

  it('defines a tag added after the page has loaded, also one deep inside an added subtree', async () => {
    const {win, doc} = await open('only/usht-priority-badge');
    expect(win.customElements.get('usht-centre-map'), 'not loaded before it appears').to.equal(undefined);
    const map = doc.createElement('usht-centre-map');
    const wrapper = doc.createElement('div');
    wrapper.append(doc.createElement('section'));
    wrapper.firstElementChild!.append(doc.createElement('usht-activity-calendar'));
    doc.querySelector('main')!.append(map, wrapper);
    await settled(win, doc);
    expect(!!win.customElements.get('usht-centre-map')).to.equal(true);
    expect(!!win.customElements.get('usht-activity-calendar')).to.equal(true);
    expect(shadowText(map)).to.contain('USHT Troms');
    expect(win.__warnings).to.deep.equal([]);
  });

  it('with two copies of the kit on the page (two script tags, two paths), defines each tag once and says nothing', async () => {
    const {win} = await open('twice');
    expect(scriptsLoaded(win), 'the second copy ran').to.include('/__test/cdn-copy/usht-kit.js');
    const counts: Record<string, number> = {};
    for (const tag of win.__defines) counts[tag] = (counts[tag] ?? 0) + 1;
    expect(counts).to.deep.equal({
      'usht-provider': 1, 'usht-centre-map': 1, 'usht-activity-calendar': 1, 'usht-priority-badge': 1,
      'usht-priority-badges': 1, 'usht-application-checklist': 1,
    });
    expect(win.__warnings).to.deep.equal([]);
  });

  it('elements defined before their <usht-provider> (its file arrives last) still read what it provides', async () => {
    const {win, doc} = await open('late-provider');
    await win.customElements.whenDefined('usht-provider');
    await settled(win, doc);
    const times = (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]);
    const end = (suffix: string) => times.find((t) => t.name.endsWith(suffix))!.responseEnd;
    expect(end('/usht-provider.js'), 'the provider\'s file came after the badge\'s').to.be.greaterThan(end('/usht-priority-badge.js'));
    // The provider's REST API, not the embedded data the badge would read on its own.
    expect(shadowText(doc.querySelector('usht-priority-badge')!)).to.contain('Demensplan 2025 (API)');
    expect(win.__warnings).to.deep.equal([]);
  });

  it('when an element\'s file cannot be loaded, its fallback content stays, the page hears why once, and the others load', async () => {
    const frame = document.createElement('iframe');
    frames.push(frame);
    frame.style.cssText = 'width: 412px; height: 560px; border: 0; display: block';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
    frame.src = '/__test/autoload/map-missing';
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as unknown as PageWindow;
    const doc = frame.contentDocument!;
    const badge = doc.querySelector('usht-priority-badge')!;
    for (const until = performance.now() + 10000; performance.now() < until && !(shadowText(badge).includes('Demensplan 2025') && win.__warnings.length > 0);) await sleep(100);
    expect(shadowText(badge)).to.contain('Demensplan 2025');
    const map = doc.querySelector('usht-centre-map')!;
    expect(win.customElements.get('usht-centre-map'), 'the map is not defined').to.equal(undefined);
    expect(map.textContent?.trim(), 'its fallback link shows').to.equal('Utviklingssentrene for sykehjem og hjemmetjenester');
    expect(map.getBoundingClientRect().height, 'and is visible').to.be.greaterThan(0);
    expect(win.__warnings.filter((w) => w.includes('usht-centre-map'))).to.have.length(1);
    expect(win.__warnings[0]).to.match(/^\[usht-kit\] could not load <usht-centre-map>; its fallback content stays\./);
  });

  const layoutCases = [
    ...widgets.map((tag) => ({path: `only/${tag}`, name: `${tag} alone`})),
    {path: 'map-above-calendar', name: 'the map above a calendar of 21 activities'},
    {path: 'readme', name: 'the README snippet (all four under a provider)'},
  ];
  for (const {path, name} of layoutCases) {
    it(`${name}: with the snippet's reserve rule, nothing after a widget moves within view as it loads, and no widget shrinks`, async () => {
      const {win, doc} = await open(path);
      expect(movedInView(win, doc)).to.deep.equal([]);
      for (const first of win.__first.filter((f) => f.name !== 'contact')) {
        const now = doc.querySelector(first.name)!.getBoundingClientRect().height;
        expect(now, `${first.name}: block size now vs. before the kit ran`).to.be.at.least(first.height - 0.5);
        if (first.name === 'usht-priority-badge') expect(now, 'the badge keeps the line it reserved').to.be.closeTo(first.height, 0.5);
      }
      if (engine === 'chromium') {
        const shifts = win.__shifts.filter((shift) => shift.value > 0).map((shift) => `${shift.value.toFixed(4)} ${shift.sources.join(',')}`);
        expect(shifts, 'layout-shift entries').to.deep.equal([]);
      }
      expect(win.__warnings).to.deep.equal([]);
    });
  }
});
