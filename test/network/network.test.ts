// No third-party traffic, no storage nobody asked for (R12, T7; budgets.md zero budgets). Every
// request Chromium makes while each element loads and is used is recorded (the browser's own view
// through the test server's `usht-requests` command, plus the page's resource timing entries), and
// only the page's origin and the configured data source may appear. Afterwards the device must
// hold no cookie, web storage, IndexedDB database or cache, except the checklist's own key when
// its storage is on.
import {expect} from '@open-wc/testing';
import {catchErrors, settle, startRecording, stopRecording} from '../helpers/dom.js';
import {clearDeviceStorage, deviceStorage, exercise, loadElements, mount, presentElements, type Mount} from '../helpers/elements.js';

/** A second loopback origin for the configured data source: the page is on one, the feed on the other. */
const pageOrigin = location.origin;
const feedOrigin = `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;

const originOf = (url: string) => {
  const parsed = new URL(url);
  // A blob: URL (an .ics or JSON download) belongs to the page that made it. A data: URL reaches
  // no origin at all: Chromium loads its own date field's calendar icon as one
  // (data:image/svg+xml, 16×15) when the calendar's native date inputs render before the date
  // picker's chunk replaces them. No code of ours writes a data: URL (test/hostile checks the DOM).
  return parsed.protocol === 'blob:' ? new URL(parsed.pathname).origin : parsed.protocol === 'data:' ? pageOrigin : parsed.origin;
};

/** Loads and uses the elements, recording requests; resolves with what was requested and stored. */
async function loadAndUse(mounts: readonly Mount[], feed?: string, {use = true} = {}) {
  await clearDeviceStorage();
  performance.clearResourceTimings();
  performance.setResourceTimingBufferSize(10_000);
  const caught = catchErrors();
  await startRecording();
  let box: HTMLElement | undefined;
  try {
    const mounted = mount(mounts, feed === undefined ? {} : {feed});
    box = mounted.box;
    await settle(box, {timeout: 5000});
    // Storage is read after every action too: a key written and removed again still counts.
    const seen = {localStorage: new Set<string>(), sessionStorage: new Set<string>(), cookies: new Set<string>()};
    const look = async () => {
      const now = await deviceStorage();
      now.localStorage.forEach((k) => seen.localStorage.add(k));
      now.sessionStorage.forEach((k) => seen.sessionStorage.add(k));
      if (now.cookies) seen.cookies.add(now.cookies);
    };
    const actions = use ? await exercise(mounted.hosts, {afterAction: look}) : 0;
    await settle(box, {timeout: 3000});
    const recorded = await stopRecording();
    const timed = performance.getEntriesByType('resource').map((e) => e.name);
    await look();
    const now = await deviceStorage();
    const stored = {
      cookies: [...seen.cookies].join('; '),
      localStorage: [...seen.localStorage].sort(),
      sessionStorage: [...seen.sessionStorage].sort(),
      indexedDB: now.indexedDB,
      caches: now.caches,
    };
    return {actions, recorded, urls: [...new Set([...recorded.map((r) => r.url), ...timed])], stored, errors: [...caught.errors]};
  } finally {
    await stopRecording();
    caught.restore();
    box?.remove();
    await clearDeviceStorage();
  }
}

describe('network and storage: every element', function () {
  this.timeout(60_000);

  before(async () => {
    await loadElements();
  });

  it('finds at least one element to check', () => {
    expect(presentElements.length).to.be.greaterThan(0);
  });

  it('records requests (the recorder sees a fetch the test makes itself)', async () => {
    await startRecording();
    await fetch(`${feedOrigin}/__test/feed/ok`);
    const recorded = await stopRecording();
    expect(recorded.map((r) => r.url)).to.include(`${feedOrigin}/__test/feed/ok`);
  });

  for (const element of presentElements) {
    describe(element.tag, () => {
      // Using every control includes ticking "remember my progress" where an element offers it:
      // that is the visitor asking for storage, so the element's own key may then be there.
      const ownKeys = (keys: readonly string[]) => keys.filter((k) => element.scenario.ownStorageKey?.test(k));

      it('stores nothing on loading, before anyone asks it to', async () => {
        const {stored} = await loadAndUse(element.scenario.ordinary, undefined, {use: false});
        expect(stored).to.deep.equal({cookies: '', localStorage: [], sessionStorage: [], indexedDB: [], caches: []});
      });

      it('on the embedded data: requests only the page origin, stores nothing', async () => {
        const {recorded, urls, stored, errors} = await loadAndUse(element.scenario.ordinary);
        expect(urls.filter((u) => originOf(u) !== pageOrigin).map((u) => u.slice(0, 120)), 'requests to other origins').to.deep.equal([]);
        expect(recorded.filter((r) => r.type === 'font').map((r) => r.url), 'font requests').to.deep.equal([]);
        expect(stored).to.deep.equal({cookies: '', localStorage: ownKeys(stored.localStorage), sessionStorage: [], indexedDB: [], caches: []});
        expect(errors, 'console.error and uncaught errors').to.deep.equal([]);
      });

      it('on a feed from another origin: requests only the page origin and that feed', async () => {
        const feed = `${feedOrigin}/__test/feed/ok`;
        const {recorded, urls, stored, errors} = await loadAndUse(element.scenario.ordinary, feed);
        expect(urls.filter((u) => originOf(u) !== pageOrigin && originOf(u) !== feedOrigin).map((u) => u.slice(0, 120)), 'requests to other origins').to.deep.equal([]);
        expect(urls.filter((u) => originOf(u) === feedOrigin), 'requests to the data source').to.include(feed);
        expect(recorded.filter((r) => r.method !== 'GET' && r.method !== 'OPTIONS').map((r) => `${r.method} ${r.url}`), 'anything but reads').to.deep.equal([]);
        expect(stored).to.deep.equal({cookies: '', localStorage: ownKeys(stored.localStorage), sessionStorage: [], indexedDB: [], caches: []});
        expect(errors, 'console.error and uncaught errors').to.deep.equal([]);
      });

      for (const variant of element.scenario.storageVariants ?? []) {
        it(`with ${variant.label}: ${variant.mayStore ? 'stores only its own key' : 'stores nothing'}`, async () => {
          const {urls, stored, actions} = await loadAndUse([variant.mount]);
          expect(actions, 'controls used').to.be.greaterThan(0);
          expect(urls.filter((u) => originOf(u) !== pageOrigin).map((u) => u.slice(0, 120)), 'requests to other origins').to.deep.equal([]);
          const own = element.scenario.ownStorageKey ?? /^$/;
          const expectedLocal = variant.mayStore ? stored.localStorage.filter((k) => own.test(k)) : [];
          expect(stored).to.deep.equal({cookies: '', localStorage: expectedLocal, sessionStorage: [], indexedDB: [], caches: []});
          if (variant.mayStore) expect(expectedLocal.length, 'progress kept under its own key').to.be.greaterThan(0);
        });
      }
    });
  }
});
