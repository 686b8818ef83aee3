// A coordinator's path on examples/publish.html, as `npm start` serves it (strict CSP and Trusted
// Types), with the keyboard only: add an activity, meet a problem and fix it, see the activity in
// the preview, save it and download feed.json; the file passes the SDK's validation (what
// `usht validate` runs) and shows in <usht-activity-calendar>. The page runs in an iframe because
// its policy is a response header (test/helpers/test-server.js); the server puts the strict-CSP
// page's recorder (test/csp/record-violations.js) first in its <head>.
import {engine} from '../helpers/engine.js';
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {createClient, feedSource, validateFeed, type Feed} from '@usht/sdk';
import '../../packages/elements/src/activity-calendar/usht-activity-calendar.js';

interface Recorded {
  violations: {directive: string; blocked: string; sample: string}[];
  errors: string[];
}
type PageWindow = Window & typeof globalThis & {__usht?: Recorded};

let frame: HTMLIFrameElement;
let win: PageWindow;
let doc: Document;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The element that has focus, through shadow roots. */
function deepActive(): Element | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** What a screen reader would call the focused control, roughly: its label, or its text. */
function focusedName(): string {
  const active = deepActive();
  if (!active) return '';
  const root = active.getRootNode() as ShadowRoot | Document;
  const label = active.id ? root.querySelector(`label[for="${active.id}"]`)?.textContent : undefined;
  return (label ?? active.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Presses Tab until the focused control matches, as a keyboard user moves through the page. */
async function tabTo(matches: (el: Element) => boolean, what: string, max = 120): Promise<Element> {
  for (let i = 0; i < max; i += 1) {
    const active = deepActive();
    if (active && matches(active)) return active;
    await sendKeys({press: 'Tab'});
  }
  throw new Error(`never reached ${what} with Tab (last: ${deepActive()?.outerHTML.slice(0, 120)})`);
}

const byId = (id: string) => (el: Element) => el.id === id;
const buttonNamed = (text: string) => (el: Element) => el.localName === 'button' && (el.textContent ?? '').trim().startsWith(text);

async function openPage(): Promise<void> {
  frame = document.createElement('iframe');
  frame.title = 'publish page';
  frame.width = '1000';
  frame.height = '900';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.src = '/examples/publish.html';
  document.body.append(frame);
  await loaded;
  win = frame.contentWindow as PageWindow;
  doc = frame.contentDocument!;
  await waitUntil(() => doc.querySelector('usht-activity-editor')?.shadowRoot?.querySelector('.editor'), 'the editor never rendered on publish.html', {timeout: 15_000});
}

describe('examples/publish.html: a coordinator publishes with the keyboard only', function () {
  this.timeout(60_000);

  before(async () => {
    await openPage();
  });

  after(() => {
    frame.remove();
  });

  it('is served under the strict policy with Trusted Types, and shows the editor under the page\'s h1', () => {
    expect(win.__usht, 'the recorder ran first').to.exist;
    expect(doc.querySelector('h1')!.textContent).to.equal('For koordinatorene ved utviklingssenteret');
    const editor = doc.querySelector('usht-activity-editor')!;
    expect(editor.shadowRoot!.querySelector('#heading')!.getAttribute('aria-level')).to.equal('2');
  });

  it('adds an activity, meets and fixes a problem, previews, saves and downloads a valid feed', async () => {
    const editor = doc.querySelector('usht-activity-editor')!;
    const shadow = editor.shadowRoot!;
    frame.focus();
    (doc.querySelector('.skip-link') as HTMLElement).focus();

    await tabTo(buttonNamed('Legg til aktivitet'), '"Legg til aktivitet"');
    await sendKeys({press: 'Enter'});
    await waitUntil(() => deepActive()?.id === 'form-heading', 'focus never moved to the form');
    expect(focusedName()).to.equal('Ny aktivitet');

    await tabTo(byId('title'), 'the title field');
    await sendKeys({type: 'Eksempel: nettverkssamling om demens'});
    // Enter in a field sends the form, as in any web form: the problems are listed at the top.
    await sendKeys({press: 'Enter'});
    await waitUntil(() => deepActive()?.classList.contains('error-summary'), 'the error summary never took focus');
    const summary = shadow.querySelector('.error-summary')!;
    expect(summary.textContent).to.contain('Det er noe som må rettes');
    expect(summary.textContent).to.contain('Type aktivitet: Velg hva slags aktivitet det er');

    // The first link leads to the kind of activity.
    await sendKeys({press: 'Tab'});
    expect(focusedName()).to.equal('Type aktivitet: Velg hva slags aktivitet det er');
    await sendKeys({press: 'Enter'});
    expect(deepActive()?.id).to.equal('kind');
    await sendKeys({type: 'Ne'});
    expect((deepActive() as HTMLSelectElement).value).to.equal('network-meeting');

    await tabTo(byId('centre'), 'the centre');
    if (engine === 'webkit') {
      // In WebKitGTK, typing "USHT Busk" on the closed <select> never chose Buskerud (type-ahead
      // did not get past the space there); the arrow keys do, as a reader there would use them.
      for (let i = 0; i < 30 && (deepActive() as HTMLSelectElement).value !== 'buskerud'; i++) await sendKeys({press: 'ArrowDown'});
    } else {
      await sendKeys({type: 'USHT Busk'});
    }
    await waitUntil(() => (deepActive() as HTMLSelectElement).value === 'buskerud', 'typing a centre name never chose it');

    // A date typed the way people say it: the field says how to write it.
    await tabTo(byId('s0-start-date'), 'the start date');
    await sendKeys({type: '15. oktober'});
    await sendKeys({press: 'Tab'});
    await waitUntil(() => shadow.querySelector('#s0-start-date-error'), 'no message beside the date');
    expect(shadow.querySelector('#s0-start-date-error')!.textContent).to.contain('Skriv datoen som dd.mm.åååå');
    await sendKeys({down: 'Shift'});
    await sendKeys({press: 'Tab'});
    await sendKeys({up: 'Shift'});
    expect(deepActive()?.id).to.equal('s0-start-date');
    await sendKeys({down: 'Control'});
    await sendKeys({press: 'KeyA'});
    await sendKeys({up: 'Control'});
    await sendKeys({type: '15.10.2026'});
    await waitUntil(() => !shadow.querySelector('#s0-start-date-error'), 'the message stayed after the date was fixed');

    await tabTo(byId('s0-start-time'), 'the start time');
    await sendKeys({type: '09:00'});
    await tabTo(byId('s0-end-time'), 'the end time');
    await sendKeys({type: '14:30'});
    // A radio group is one tab stop; Space chooses.
    await tabTo(byId('mode-physical'), 'how people take part');
    await sendKeys({press: 'ArrowRight'});
    await sendKeys({press: 'ArrowRight'});
    expect(deepActive()?.id).to.equal('mode-hybrid');
    await tabTo(byId('venue'), 'the venue');
    await sendKeys({type: 'Eksempelsalen'});
    await tabTo(byId('area-demensplan-2025'), 'Demensplan 2025');
    await sendKeys({press: 'Space'});

    // The preview shows the activity as the calendar will.
    await waitUntil(() => shadow.querySelector('usht-activity-calendar')?.shadowRoot?.querySelector('.item .title'), 'the preview never showed the activity', {timeout: 5000});
    const preview = shadow.querySelector('usht-activity-calendar')!.shadowRoot!;
    expect(preview.querySelector('.item .title')!.textContent).to.equal('Eksempel: nettverkssamling om demens');

    await tabTo(buttonNamed('Lagre aktiviteten'), 'the save button');
    await sendKeys({press: 'Enter'});
    await waitUntil(() => shadow.querySelector('.activity'), 'the activity was never listed');
    expect(shadow.querySelector('.notice')!.textContent).to.contain('er lagret');
    expect(deepActive()?.classList.contains('edit')).to.equal(true);

    // Download, keyboard only; the file is taken as the browser would save it.
    const download = new Promise<string>((resolve) => {
      shadow.addEventListener('click', (event) => {
        const link = event.composedPath()[0];
        if (link instanceof win.HTMLAnchorElement && link.download === 'feed.json') {
          event.preventDefault();
          // Read from the test page: the strict policy (connect-src 'self') rightly blocks blob: in the frame.
          void fetch(link.href).then((r) => r.text()).then(resolve);
        }
      }, {capture: true});
    });
    await tabTo(buttonNamed('Last ned feed.json'), '"Last ned feed.json"');
    await sendKeys({press: 'Enter'});
    const text = await download;

    const report = validateFeed(JSON.parse(text), 'feed.json');
    expect(report.ok, JSON.stringify(report.rejected)).to.equal(true);
    expect(report.warnings).to.deep.equal([]);
    const [activity] = (report.feed as Feed).activities!;
    expect(activity).to.include({title: 'Eksempel: nettverkssamling om demens', kind: 'network-meeting', centreId: 'buskerud', mode: 'hybrid'});
    expect(activity!.schedule).to.deep.equal({timeZone: 'Europe/Oslo', allDay: false, start: '2026-10-15T09:00', end: '2026-10-15T14:30'});

    // The published file, read by the calendar as a host page would read it.
    const url = URL.createObjectURL(new Blob([text], {type: 'application/json'}));
    const calendar = await fixture<HTMLElement>(html`<usht-activity-calendar include-past centre="buskerud"
      .client=${createClient({source: feedSource(url)})}></usht-activity-calendar>`);
    await waitUntil(() => calendar.shadowRoot?.querySelector('.item .title'), 'the calendar never showed the published activity', {timeout: 5000});
    expect(calendar.shadowRoot!.querySelector('.item .title')!.textContent).to.equal('Eksempel: nettverkssamling om demens');
    URL.revokeObjectURL(url);

    await sleep(100);
    expect(win.__usht!.violations, 'CSP and Trusted Types violations').to.deep.equal([]);
    expect(win.__usht!.errors, 'uncaught errors').to.deep.equal([]);
  });

  it('imports an Outlook calendar under the strict policy (ical.js loads on demand) and downloads an .ics', async () => {
    const editor = doc.querySelector('usht-activity-editor')!;
    const shadow = editor.shadowRoot!;
    const before = shadow.querySelectorAll('.activity').length;
    const bytes = await (await fetch('/packages/sdk/test/fixtures/import/outlook.ics')).arrayBuffer();
    // The file dialog is the browser's own: the test hands the file to the control as it would.
    const transfer = new win.DataTransfer();
    transfer.items.add(new win.File([bytes], 'outlook.ics', {type: 'text/calendar'}));
    const input = shadow.querySelector<HTMLInputElement>('#import-file')!;
    input.files = transfer.files;
    input.dispatchEvent(new win.Event('change'));
    await waitUntil(() => /Importert fra outlook\.ics/.test(shadow.querySelector('.report')?.textContent ?? ''), 'the calendar was never imported', {timeout: 10_000});
    expect(shadow.querySelectorAll('.activity').length).to.be.greaterThan(before);

    const download = new Promise<string>((resolve) => {
      shadow.addEventListener('click', (event) => {
        const link = event.composedPath()[0];
        if (link instanceof win.HTMLAnchorElement && link.download.endsWith('.ics')) {
          event.preventDefault();
          void fetch(link.href).then((r) => r.text()).then(resolve);
        }
      }, {capture: true});
    });
    shadow.querySelector<HTMLButtonElement>('.download-ics')!.click();
    expect(await download).to.match(/^BEGIN:VCALENDAR\r\n/);

    await sleep(100);
    expect(win.__usht!.violations, 'CSP and Trusted Types violations').to.deep.equal([]);
    expect(win.__usht!.errors, 'uncaught errors').to.deep.equal([]);
  });
});
