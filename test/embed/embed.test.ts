// The iframe fallback (R21, T6, T16): a host page under the strict CSP (plus frame-src 'self')
// frames the built packages/elements/cdn/embed.html, served with the strict CSP header, and runs
// the documented host module embed-resize.js. The test reads each frame through
// test/embed/frame-recorder.js, which the test server puts first in the embed page, so the same
// checks work for a sandboxed frame it cannot reach into. Needs `npm run build`.
import {expect} from '@open-wc/testing';
import {captureConsole} from '../foundation/helpers.js';
import {embedStrings, embeddableElements} from '../../packages/elements/src/embed/embed-allow-list.js';
import {itExceptIn, itOnlyIn} from '../helpers/engine.js';

interface Report {
  title: string;
  lang: string;
  colorScheme: string | null;
  origin: string;
  children: string[];
  element: string | null;
  attributes: Record<string, string>;
  defined: boolean;
  settled: boolean;
  text: string;
  height: number;
  requests: string[];
  violations: string[];
  errors: string[];
  console: string[];
}
interface Reply {
  type: 'usht-test-reply';
  id: number;
  ok: boolean;
  error?: string;
  report: Report;
}
interface HostRecord {
  violations: {directive: string; blocked: string; sample: string; source: string}[];
  errors: string[];
}
type HostWindow = Window & typeof globalThis & {__usht?: HostRecord};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let host: HTMLIFrameElement;
let hostWin: HostWindow;
let hostDoc: Document;
let nextId = 1;
/** Heights the frames sent, as the host received them. */
const heights = new Map<MessageEventSource, number[]>();

function onHostMessage(event: MessageEvent): void {
  const data = event.data as {type?: string; height?: number};
  if (data?.type === 'usht-embed-height' && event.source) heights.set(event.source, [...(heights.get(event.source) ?? []), data.height!]);
}

/** Asks the frame's recorder for a report, optionally after a click in the shown element. */
function ask(frame: HTMLIFrameElement, action?: {click: string}): Promise<Reply> {
  const id = nextId++;
  const parent = frame.ownerDocument.defaultView!;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer from ${frame.src}`)), 5000);
    const listen = (event: MessageEvent) => {
      const data = event.data as Reply;
      if (event.source !== frame.contentWindow || data?.type !== 'usht-test-reply' || data.id !== id) return;
      parent.removeEventListener('message', listen);
      clearTimeout(timer);
      resolve(data);
    };
    parent.addEventListener('message', listen);
    frame.contentWindow!.postMessage({type: 'usht-test', id, action}, '*');
  });
}

/** Polls the frame until `done` holds (a condition, not a time); fails with the last report. */
async function until(frame: HTMLIFrameElement, done: (report: Report) => boolean, what: string, timeout = 15000): Promise<Report> {
  const deadline = performance.now() + timeout;
  let last: Report | undefined;
  while (performance.now() < deadline) {
    last = (await ask(frame)).report;
    if (done(last)) return last;
    await sleep(100);
  }
  throw new Error(`${what}: not reached; last report ${JSON.stringify(last)}`);
}

/** Opens a host page in an iframe of the test's page. */
async function openHost(path: string): Promise<HTMLIFrameElement> {
  const page = document.createElement('iframe');
  page.title = 'host page';
  page.width = '900';
  page.height = '4000';
  const loaded = new Promise((resolve) => page.addEventListener('load', resolve, {once: true}));
  page.src = path;
  document.body.append(page);
  await loaded;
  return page;
}

/** Adds an iframe to the host page, as the README's snippet does, and waits for its load. */
async function embed(query: string, {sandbox, title = 'USHT', into = hostDoc}: {sandbox?: string; title?: string; into?: Document} = {}): Promise<HTMLIFrameElement> {
  const frame = into.createElement('iframe');
  frame.title = title;
  frame.setAttribute('data-usht-embed', '');
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.src = `/packages/elements/cdn/embed.html?${query}`;
  into.querySelector('main')!.append(frame);
  await loaded;
  return frame;
}

/** The frame's height on the host page once it equals what the page inside measures of itself. */
async function heightFollows(frame: HTMLIFrameElement, what: string): Promise<number> {
  const report = await until(frame, (r) => r.settled && frame.clientHeight === r.height, `${what}: the iframe is as tall as its content`);
  return report.height;
}

function expectClean(report: Report): void {
  expect(report.violations, 'CSP / Trusted Types violations in the frame').to.deep.equal([]);
  expect(report.errors, 'uncaught errors in the frame').to.deep.equal([]);
  expect(report.console, 'console errors and warnings in the frame').to.deep.equal([]);
  const origin = location.origin;
  expect(report.requests.filter((url) => !url.startsWith(`${origin}/`)), 'requests off the test origin').to.deep.equal([]);
}

describe('iframe fallback page (embed.html)', function () {
  this.timeout(60000);
  const output = captureConsole();

  before(async () => {
    host = await openHost('/test/embed/host.html');
    hostWin = host.contentWindow as HostWindow;
    hostDoc = host.contentDocument!;
    hostWin.addEventListener('message', onHostMessage);
  });
  after(() => host?.remove());
  beforeEach(() => output.start());
  afterEach(() => {
    output.verify();
    for (const frame of hostDoc.querySelectorAll('iframe')) frame.remove();
  });

  const cases = [
    {query: 'element=usht-activity-calendar&lang=nn', tag: 'usht-activity-calendar', lang: 'nn', shows: 'Fleire filter: målgruppe og datoar'},
    {query: 'element=usht-centre-map&lang=en&selected=oslo', tag: 'usht-centre-map', lang: 'en', shows: 'Which development centre does my municipality belong to?'},
    {query: 'element=usht-application-checklist&year=2021', tag: 'usht-application-checklist', lang: 'nb', shows: 'Søknad om tilskudd for 2021'},
    {query: 'element=usht-priority-badge&area=demensplan-2025&lang=nb', tag: 'usht-priority-badge', lang: 'nb', shows: 'Demensplan 2025'},
    {query: 'element=usht-priority-badges&areas=velferdsteknologi%20lhl-8&lang=nn', tag: 'usht-priority-badges', lang: 'nn', shows: 'Velferdsteknologi'},
  ] as const;

  for (const c of cases) {
    it(`shows ${c.tag} with its localised title and lang, sized to its content (${c.query})`, async () => {
      const frame = await embed(c.query);
      const report = await until(frame, (r) => r.settled, `${c.tag} renders`);
      expect(report.element).to.equal(c.tag);
      expect(report.defined).to.equal(true);
      expect(report.lang).to.equal(c.lang);
      expect(report.title).to.equal(embeddableElements[c.tag]!.title[c.lang]);
      expect(report.text).to.contain(c.shows);
      expect(report.text).not.to.contain(embedStrings.nb.ignored);
      const height = await heightFollows(frame, c.tag);
      expect(height).to.be.greaterThan(20);
      expectClean((await ask(frame)).report);
    });
  }

  it('grows the iframe with its content when a filter opens, and follows it back', async () => {
    const frame = await embed('element=usht-activity-calendar&lang=nb&centre=oslo');
    const closed = await heightFollows(frame, 'calendar');
    const opened = await ask(frame, {click: 'summary'});
    expect(opened.ok, opened.error).to.equal(true);
    const open = await until(frame, (r) => r.height > closed && frame.clientHeight === r.height, 'the iframe grows with the open filters');
    expect(frame.clientHeight).to.equal(open.height);
    expect(heights.get(frame.contentWindow!)?.at(-1), 'the last height the host received').to.equal(open.height);
    await ask(frame, {click: 'summary'});
    await until(frame, (r) => r.height === closed && frame.clientHeight === closed, 'the iframe shrinks when the filters close');
    expectClean((await ask(frame)).report);
  });

  it('sets the dark scheme from color-scheme and ignores other values', async () => {
    const dark = await embed('element=usht-priority-badge&area=velferdsteknologi&color-scheme=dark');
    expect((await until(dark, (r) => r.settled, 'dark badge')).colorScheme).to.equal('dark');
    const odd = await embed('element=usht-priority-badge&area=velferdsteknologi&color-scheme=purple');
    expect((await until(odd, (r) => r.settled, 'badge')).colorScheme).to.equal(null);
  });

  it('shows a readable, localised message for an unknown element, and creates nothing from the address', async () => {
    for (const [query, lang] of [
      ['element=usht-evil&lang=en', 'en'],
      ['element=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&lang=nn', 'nn'],
      ['element=usht-provider&feed=https%3A%2F%2Fevil.example%2Ffeed.json', 'nb'],
      ['lang=nb', 'nb'],
    ] as const) {
      const frame = await embed(query);
      const report = await until(frame, (r) => r.title === embedStrings[lang].unknownTitle, `message for ${query}`);
      expect(report.lang).to.equal(lang);
      expect(report.text).to.contain(embedStrings[lang].unknownElement).and.contain('usht-activity-calendar');
      expect(report.children.filter((name) => !['p', 'ul', 'li', 'code'].includes(name)), query).to.deep.equal([]);
      expect(report.element).to.equal(null);
      expect(report.height).to.be.greaterThan(20);
      expectClean(report);
      frame.remove();
    }
  });

  it('sets only allow-listed attributes and names the rest', async () => {
    const frame = await embed(
      'element=usht-application-checklist&lang=en&year=2021&storage=local&onclick=alert(1)&style=color%3Ared&%3Cb%3E=1&sync-url=1',
    );
    const report = await until(frame, (r) => r.settled, 'checklist renders');
    expect(report.attributes).to.deep.equal({year: '2021'});
    expect(report.text).to.contain(`${embedStrings.en.ignored} storage, onclick, style, (${embedStrings.en.invalidName}), sync-url.`);
    expect(report.text).to.contain('Grant application for 2021');
    expectClean(report);
  });

  it('takes boolean attributes only as booleans', async () => {
    const on = await embed('element=usht-activity-calendar&include-past=1&heading-level=2');
    expect((await until(on, (r) => r.settled, 'calendar')).attributes).to.deep.equal({'include-past': '', 'heading-level': '2'});
    const off = await embed('element=usht-activity-calendar&include-past=false');
    const report = await until(off, (r) => r.settled, 'calendar');
    expect(report.attributes).to.deep.equal({});
    expect(report.text).not.to.contain(embedStrings.nb.ignored);
  });

  itExceptIn('webkit')('works in <iframe sandbox="allow-scripts">: renders, resizes, and the checklist works without storage (not in WebKit: a known gap, the next tests)', async () => {
    const frame = await embed('element=usht-application-checklist&year=2021&lang=nb', {sandbox: 'allow-scripts'});
    const report = await until(frame, (r) => r.settled, 'sandboxed checklist renders');
    expect(report.origin, 'an opaque origin').to.equal('null');
    expect(report.title).to.equal(embeddableElements['usht-application-checklist']!.title.nb);
    expect(report.text).to.contain('0 av');
    await heightFollows(frame, 'sandboxed checklist');
    // The user asks to be remembered: the sandbox has no storage, so the page says so, calmly.
    const remember = await ask(frame, {click: '#remember'});
    expect(remember.ok, remember.error).to.equal(true);
    const refused = await until(frame, (r) => r.text.includes('Nettleseren tillater ikke lagring'), 'says storage is unavailable');
    // Progress still works in memory.
    await ask(frame, {click: 'li.task button.name'});
    const ticked = await ask(frame, {click: 'input[type="radio"][id$="-completed"]'});
    expect(ticked.ok, ticked.error).to.equal(true);
    const after = await until(frame, (r) => r.text.includes('1 av'), 'one task completed');
    expectClean(refused);
    expectClean(after);
  });

  it('works in <iframe sandbox="allow-scripts allow-same-origin">, the sandbox README offers for Safari', async () => {
    const frame = await embed('element=usht-priority-badge&area=velferdsteknologi', {sandbox: 'allow-scripts allow-same-origin'});
    const report = await until(frame, (r) => r.settled, 'badge renders');
    expect(report.text).to.contain('Velferdsteknologi');
    await heightFollows(frame, 'badge with allow-same-origin');
    expectClean(report);
  });

  // Known gap, held by a test that fails once WebKit is fixed: WebKit 2.50 (WebKitGTK here, and the
  // Safari versions of the same engine) matches CSP 'self' against a sandboxed frame's opaque
  // origin, so embed.html's own scripts are refused and the frame stays empty. Fixed upstream in
  // June 2026 (WebKit bug 316847, pull request 66923); README tells hosts to add allow-same-origin.
  itOnlyIn('webkit')('in WebKit, <iframe sandbox="allow-scripts"> stays empty: CSP \'self\' refuses embed.html\'s own script (WebKit bug 316847; WebKit only)', async () => {
    const frame = await embed('element=usht-priority-badge&area=velferdsteknologi', {sandbox: 'allow-scripts'});
    const answered = await ask(frame).then(() => true, () => false);
    expect(answered, 'the frame\'s scripts ran: WebKit is fixed, remove this gap from README and CHANGELOG').to.equal(false);
  });

  it('the host module ignores height messages that do not come from a usht iframe', async () => {
    const frame = await embed('element=usht-priority-badge&area=velferdsteknologi');
    const height = await heightFollows(frame, 'badge');
    // Posted from this test's window, which is no iframe of the host page.
    hostWin.postMessage({type: 'usht-embed-height', height: height + 500}, '*');
    hostWin.postMessage({type: 'usht-embed-height', height: 'tall'}, '*');
    const report = (await ask(frame)).report;
    expect(frame.clientHeight).to.equal(report.height);
    expect(frame.clientHeight).to.equal(height);
  });

  it('sizes a frame that reported its height before the host module loaded', async () => {
    const late = await openHost('/test/embed/late-host.html');
    try {
      const lateDoc = late.contentDocument!;
      const frame = await embed('element=usht-priority-badge&area=velferdsteknologi', {into: lateDoc});
      const report = await until(frame, (r) => r.settled, 'badge renders');
      expect(frame.clientHeight, 'no host module yet: the default height').to.equal(150);
      expect(report.height).not.to.equal(150);
      lateDoc.dispatchEvent(new Event('usht-test-load-resize'));
      await until(frame, (r) => frame.clientHeight === r.height, 'the late module asks again and sizes the frame');
      const {violations, errors} = (late.contentWindow as HostWindow).__usht!;
      expect([...violations.map((v) => v.directive), ...errors]).to.deep.equal([]);
      expectClean((await ask(frame)).report);
    } finally {
      late.remove();
    }
  });

  it('records no CSP or Trusted Types violation, no error and no request off the origin on the host page', () => {
    const {violations, errors} = hostWin.__usht!;
    expect(violations.map((v) => `${v.directive} blocked ${v.blocked || v.sample} at ${v.source}`)).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
    const requests = hostWin.performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(requests.some((url) => url.includes('/embed.html?')), 'the frames were loaded').to.equal(true);
    expect(requests.filter((url) => !url.startsWith(`${location.origin}/`))).to.deep.equal([]);
  });
});
