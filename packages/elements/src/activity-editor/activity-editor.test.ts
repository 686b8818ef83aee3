import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import ICAL from 'ical.js';
import {activitySchema, formatIssues, validateFeed, type Activity, type Feed, type ZodIssueLike} from '@usht/sdk';
import {nb as nbWording} from '@usht/sdk/wording';
import * as z from 'zod/mini';
import './usht-activity-editor.js';
import type {UshtActivityEditor} from './activity-editor.js';
import type {UshtFeedChangeEvent} from './activity-editor.events.js';
import {filledForm, formWithErrors, sampleFeed, storedDrafts} from './activity-editor.stories.js';
import {captureConsole, spokenText, visibleText} from '../../../../test/foundation/helpers.js';
import {clientOn, failingOnceSource, neverResolvingSource} from '../../../../stories/shared/fake-sources.js';

const output = captureConsole();
beforeEach(() => {
  localStorage.clear();
  output.start();
});
afterEach(() => {
  output.verify();
  localStorage.clear();
});

const KEY = 'usht-kit:activity-editor:v1:buskerud';
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
const rows = (el: Element) => $$(el, '.activity');
const titles = (el: Element) => rows(el).map((r) => r.querySelector('[role="heading"]')!.textContent!.trim());
const notice = (el: Element) => $(el, '.notice')!.textContent!.replace(/\s+/g, ' ').trim();
const errorOf = (el: Element, id: string) => $(el, `#${id}-error`)?.textContent?.replace(/\s+/g, ' ').trim();

async function ready(el: UshtActivityEditor): Promise<UshtActivityEditor> {
  await waitUntil(() => $(el, '.editor, [data-kind="error"]'), 'the editor never loaded', {timeout: 10_000});
  await el.updateComplete;
  return el;
}

async function editor(attrs: {lang?: string; storage?: string; centre?: string; feed?: Feed; level?: string} = {}): Promise<UshtActivityEditor> {
  const host = await fixture<HTMLElement>(html`<div lang=${attrs.lang ?? 'nb'}><usht-activity-editor centre=${attrs.centre ?? 'buskerud'}
    storage=${attrs.storage ?? 'ask'} heading-level=${attrs.level ?? ''} .feed=${attrs.feed}></usht-activity-editor></div>`);
  return ready(host.querySelector('usht-activity-editor')!);
}

/** Types into the focused control as a user does: one key at a time. */
async function type(text: string): Promise<void> {
  await sendKeys({type: text});
}

async function focusOn(el: UshtActivityEditor, selector: string): Promise<HTMLElement> {
  const control = $(el, selector)!;
  control.focus();
  await el.updateComplete;
  return control;
}

/** Fills a text control from the keyboard, as a user does. */
async function fill(el: UshtActivityEditor, id: string, text: string): Promise<void> {
  await focusOn(el, `#${id}`);
  await type(text);
  await el.updateComplete;
}

async function choose(el: UshtActivityEditor, id: string, value: string): Promise<void> {
  const select = $<HTMLSelectElement>(el, `#${id}`)!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

/** The text behind the next download the element starts (the download itself is stopped). */
async function nextDownload(el: UshtActivityEditor, click: () => void): Promise<{name: string; text: string; type: string; bytes: Uint8Array}> {
  const anchor = new Promise<HTMLAnchorElement>((resolve) => {
    el.shadowRoot!.addEventListener('click', (event) => {
      const target = event.composedPath()[0];
      if (target instanceof HTMLAnchorElement && target.download) {
        event.preventDefault();
        resolve(target);
      }
    }, {capture: true});
  });
  click();
  const link = await anchor;
  const blob = await (await fetch(link.href)).blob();
  return {name: link.download, text: await blob.text(), type: blob.type, bytes: new Uint8Array(await blob.arrayBuffer())};
}

/** Picks a file in the import control, as the file dialog does. */
async function importFixture(el: UshtActivityEditor, name: string, type = ''): Promise<void> {
  await importBytes(el, name, await (await fetch(`/packages/sdk/test/fixtures/import/${name}`)).arrayBuffer(), type);
}

async function importBytes(el: UshtActivityEditor, name: string, bytes: ArrayBuffer | Uint8Array<ArrayBuffer>, type = ''): Promise<void> {
  const input = $<HTMLInputElement>(el, '#import-file')!;
  const transfer = new DataTransfer();
  transfer.items.add(new File([bytes], name, {type}));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
  await el.updateComplete;
  await waitUntil(() => !/Leser|Les |Reading/.test($(el, '.report')!.textContent ?? '') && $(el, '.report')!.textContent!.trim(), `${name} was never imported`, {timeout: 10_000});
  await el.updateComplete;
}

function activity(patch: Partial<Activity> = {}): Activity {
  return {
    id: 'buskerud-test-kurs', title: 'Eksempel: testkurs', kind: 'course', centreId: 'buskerud',
    schedule: {timeZone: 'Europe/Oslo', allDay: false, start: '2026-10-15T09:00', end: '2026-10-15T15:00'},
    mode: 'physical', place: {venue: 'Eksempelsalen', locality: null, municipalityNumber: null}, audience: [], priorityAreaIds: [],
    registration: null, status: 'scheduled', language: 'nb', sample: true, source: ['usht-kit-sample'], ...patch,
  };
}

const feedOf = (...activities: Activity[]): Feed => ({format: 'usht-feed', version: 1, sources: [{id: 'usht-kit-sample', title: 'Eksempeldata'}], activities});

describe('usht-activity-editor: list', () => {
  it('starts empty with a heading at level 2, a way to add and a way to import', async () => {
    const el = await editor();
    const heading = $(el, '#heading')!;
    expect(heading.getAttribute('aria-level')).to.equal('2');
    expect(heading.textContent).to.equal('Publiser aktivitetene til senteret');
    expect($(el, '#list-heading')!.getAttribute('aria-level')).to.equal('3');
    expect(visibleText($(el, '.list-section'))).to.contain('Ingen aktiviteter ennå');
    expect($(el, 'button.add')!.textContent!.trim()).to.equal('Legg til aktivitet');
    expect($(el, 'label[for="import-file"]')!.textContent).to.equal('Fil å importere');
    await expect(el).to.be.accessible();
  });

  it('lists a feed\'s activities by date, with kind, status and "Eksempeldata" for sample data', async () => {
    const el = await editor({feed: feedOf(
      activity({id: 'b', title: 'Eksempel: senere', schedule: {timeZone: 'Europe/Oslo', allDay: true, start: '2026-11-02', end: null}}),
      activity({id: 'a', title: 'Eksempel: først', status: 'cancelled'}),
    )});
    expect(titles(el)).to.deep.equal(['Eksempel: først', 'Eksempel: senere']);
    expect(visibleText(rows(el)[0])).to.contain('torsdag 15. oktober 2026, 09:00').and.contain('Kurs').and.contain('Avlyst').and.contain('Eksempeldata');
    expect(spokenText($(el, '#list-heading')!)).to.equal('Aktiviteter (2)');
    // Each button says which activity it is for.
    expect(spokenText(rows(el)[0]!.querySelector('.edit')!)).to.equal('Endre: Eksempel: først');
    expect(rows(el)[0]!.querySelector('.restore'), 'a cancelled activity can be restored').to.exist;
    await expect(el).to.be.accessible();
  });

  it('shows 50 activities at first and the rest on request', async () => {
    const el = await editor({feed: sampleFeed('buskerud', 120), storage: 'none'});
    expect(rows(el)).to.have.length(50);
    $(el, 'button.more')!.click();
    await el.updateComplete;
    expect(rows(el)).to.have.length(100);
  });

  it('says it is loading, and a failure in words with a retry that works', async () => {
    const loading = await fixture<UshtActivityEditor>(html`<usht-activity-editor .client=${clientOn(neverResolvingSource())}></usht-activity-editor>`);
    await waitUntil(() => $(loading, '[data-kind="loading"]'));
    expect($(loading, '[role="status"]')!.textContent).to.contain('Henter sentre og satsingsområder');
    const source = failingOnceSource();
    const el = await ready(await fixture<UshtActivityEditor>(html`<usht-activity-editor .client=${clientOn(source)}></usht-activity-editor>`));
    expect($(el, '[role="alert"]')!.textContent).to.contain('Klarte ikke å hente sentrene og satsingsområdene');
    $(el, '.retry')!.click();
    await waitUntil(() => $(el, '.editor'), 'retry never loaded the editor');
  });
});

describe('usht-activity-editor: adding an activity with the keyboard', () => {
  it('opens the form with focus on its heading, checks it on save and lists the saved activity', async () => {
    const el = await editor({storage: 'none'});
    const changes: UshtFeedChangeEvent[] = [];
    el.addEventListener('usht-feed-change', (e) => changes.push(e));
    $(el, 'button.add')!.click();
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('form-heading');
    expect(focused(el)?.textContent).to.equal('Ny aktivitet');

    // Saving an empty form: the summary takes focus and links each problem to its field.
    $(el, 'button.save')!.click();
    await el.updateComplete;
    const summary = $(el, '.error-summary')!;
    expect(focused(el)).to.equal(summary);
    expect(summary.getAttribute('role')).to.equal('alert');
    const links = [...summary.querySelectorAll('a')].map((a) => a.textContent!.trim());
    expect(links).to.include('Tittel: kan ikke være tom');
    expect(links).to.include('Startdato: Skriv inn startdatoen');
    expect(links).to.include('Fra klokken: Skriv inn når aktiviteten starter, eller velg «Hele dagen»');
    // A choice that was never made says what to choose, not the schema's list of ids.
    expect(links).to.include('Type aktivitet: Velg hva slags aktivitet det er');
    expect(links).to.include('Hvordan deltar man?: Velg om man deltar fysisk, digitalt eller begge deler');
    // A link takes the user to the field, which says what is wrong and is marked invalid.
    [...summary.querySelectorAll('a')].find((a) => a.textContent!.startsWith('Tittel'))!.click();
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('title');
    expect(focused(el)?.getAttribute('aria-invalid')).to.equal('true');
    expect(focused(el)?.getAttribute('aria-describedby')).to.contain('title-error');
    expect(errorOf(el, 'title')).to.equal('Feil: kan ikke være tom');
    await expect(el).to.be.accessible();

    await type('Eksempel: nettverkssamling');
    await el.updateComplete;
    expect(errorOf(el, 'title'), 'the message goes as the title is typed').to.equal(undefined);
    await choose(el, 'kind', 'network-meeting');
    await fill(el, 's0-start-date', '15.10.2026');
    await fill(el, 's0-start-time', '09:00');
    await fill(el, 's0-end-time', '14:30');
    $(el, '#mode-hybrid')!.click();
    await el.updateComplete;
    await fill(el, 'venue', 'Eksempelsalen');
    $(el, '#area-demensplan-2025')!.click();
    await el.updateComplete;
    expect($(el, '.error-summary'), 'no problems left').to.equal(null);

    // The preview shows the draft in the real calendar.
    await waitUntil(() => $(el, 'usht-activity-calendar')?.shadowRoot?.querySelector('.item .title'), 'the preview never showed the activity', {timeout: 5000});
    const calendar = $(el, 'usht-activity-calendar')!;
    expect(calendar.shadowRoot!.querySelector('.item .title')!.textContent).to.equal('Eksempel: nettverkssamling');
    expect(visibleText(calendar.shadowRoot!.querySelector('.item'))).to.contain('09:00–14:30');

    $(el, 'button.save')!.click();
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Eksempel: nettverkssamling']);
    expect(notice(el)).to.equal('«Eksempel: nettverkssamling» er lagret.');
    expect(focused(el)?.classList.contains('edit'), 'focus returns to the saved activity').to.equal(true);
    expect(changes.map((c) => c.detail.action)).to.deep.equal(['save']);
    const [saved] = el.toFeed().activities!;
    expect(saved).to.include({id: 'buskerud-eksempel-nettverkssamling-2026-10-15', kind: 'network-meeting', mode: 'hybrid', centreId: 'buskerud'});
    expect(saved!.schedule).to.deep.equal({timeZone: 'Europe/Oslo', allDay: false, start: '2026-10-15T09:00', end: '2026-10-15T14:30'});
    expect(saved!.priorityAreaIds).to.deep.equal(['demensplan-2025']);
  });

  it('shows the same wording as `usht validate --lang nb`, beside the field, as it is typed', async () => {
    localStorage.setItem(KEY, storedDrafts({...filledForm, registrationUrl: ''}));
    const el = await editor({storage: 'local'});
    await fill(el, 'reg-url', 'javascript:alert(1)');
    $(el, '#reg-url')!.blur();
    await el.updateComplete;
    const bad = {registration: {url: 'javascript:alert(1)', deadline: null}};
    const result = z.safeParse(z.object({registration: activitySchema.shape.registration}), bad);
    const [expected] = formatIssues((result.error?.issues ?? []) as ZodIssueLike[], {input: bad, wording: nbWording});
    expect(expected!.message).to.equal('må være en fullstendig nettadresse (http, https eller mailto)');
    expect(errorOf(el, 'reg-url')).to.equal(`Feil: ${expected!.message}`);
    // Each keystroke checks again: a valid address takes the message away at once.
    $<HTMLInputElement>(el, '#reg-url')!.select();
    await type('https://example.org/pamelding');
    await el.updateComplete;
    expect(errorOf(el, 'reg-url')).to.equal(undefined);
  });

  it('reads dates as dd.mm.åååå and says how to write one it cannot read, in Nynorsk and English too', async () => {
    for (const [lang, message] of [
      ['nb', 'Skriv datoen som dd.mm.åååå, for eksempel 05.03.2026'],
      ['nn', 'Skriv datoen som dd.mm.åååå, til dømes 05.03.2026'],
      ['en', 'Write the date as dd.mm.yyyy, for example 05.03.2026'],
    ] as const) {
      localStorage.setItem(KEY, storedDrafts(formWithErrors, {submitted: true}));
      const el = await editor({storage: 'local', lang});
      expect(errorOf(el, 's0-start-date'), lang).to.contain(message);
      const summary = [...$(el, '.error-summary')!.querySelectorAll('a')].map((a) => a.textContent!.trim());
      expect(summary.length, `${lang}: ${summary.join(' | ')}`).to.be.greaterThan(3);
      await expect(el).to.be.accessible();
      el.parentElement!.remove();
      localStorage.clear();
    }
  });

  it('takes a 30 February as typed and lets the schema say it is no day', async () => {
    localStorage.setItem(KEY, storedDrafts({...filledForm, sessions: [{startDate: '30.02.2027', startTime: '09:00', endDate: '', endTime: ''}]}, {submitted: true}));
    const el = await editor({storage: 'local'});
    expect(errorOf(el, 's0-start-date')).to.equal('Feil: må være en dag som finnes i kalenderen');
  });

  it('adds and removes meetings of a course, keeping focus where the user is', async () => {
    localStorage.setItem(KEY, storedDrafts(filledForm));
    const el = await editor({storage: 'local'});
    $(el, 'button.add-session')!.click();
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('s1-start-date');
    expect([...el.shadowRoot!.querySelectorAll('.session legend')].map((l) => l.textContent)).to.deep.equal(['Samling 1', 'Samling 2']);
    await type('12.11.2026');
    await fill(el, 's1-start-time', '10:00');
    $(el, 'button.save')!.click();
    await el.updateComplete;
    const [saved] = el.toFeed().activities!;
    expect(saved!.schedule.sessions).to.deep.equal([{start: '2026-10-15T09:00', end: '2026-10-15T14:30'}, {start: '2026-11-12T10:00', end: null}]);
  });
});

describe('usht-activity-editor: changing what is published', () => {
  it('keeps the id when an activity is edited, and raises its sequence only when something changed', async () => {
    const el = await editor({storage: 'none', feed: feedOf(activity({sequence: 2}))});
    rows(el)[0]!.querySelector<HTMLButtonElement>('.edit')!.click();
    await el.updateComplete;
    expect(focused(el)?.textContent).to.equal('Endre «Eksempel: testkurs»');
    $(el, 'button.save')!.click();
    await el.updateComplete;
    expect(el.toFeed().activities![0]).to.include({id: 'buskerud-test-kurs', sequence: 2});
    rows(el)[0]!.querySelector<HTMLButtonElement>('.edit')!.click();
    await el.updateComplete;
    $<HTMLInputElement>(el, '#title')!.select();
    await type('Eksempel: testkurs, ny tittel');
    $(el, 'button.save')!.click();
    await el.updateComplete;
    expect(el.toFeed().activities![0]).to.include({id: 'buskerud-test-kurs', sequence: 3, title: 'Eksempel: testkurs, ny tittel'});
  });

  it('cancels an activity (sequence up, shown as cancelled) and restores it', async () => {
    const el = await editor({storage: 'none', feed: feedOf(activity())});
    rows(el)[0]!.querySelector<HTMLButtonElement>('.cancel')!.click();
    await el.updateComplete;
    expect(el.toFeed().activities![0]).to.include({status: 'cancelled', sequence: 1});
    expect(notice(el)).to.contain('er avlyst');
    expect(focused(el)?.classList.contains('restore')).to.equal(true);
    focused(el)!.click();
    await el.updateComplete;
    expect(el.toFeed().activities![0]).to.include({status: 'scheduled', sequence: 2});
  });

  it('copies an activity under a new id', async () => {
    const el = await editor({storage: 'none', feed: feedOf(activity())});
    rows(el)[0]!.querySelector<HTMLButtonElement>('.duplicate')!.click();
    await el.updateComplete;
    const ids = el.toFeed().activities!.map((a) => a.id);
    expect(ids).to.deep.equal(['buskerud-test-kurs', 'buskerud-kopi-av-eksempel-testkurs-2026-10-15']);
    expect(titles(el)).to.include('Kopi av Eksempel: testkurs');
  });

  it('asks before deleting, says what deleting does to subscribers, and keeps focus in the list', async () => {
    const el = await editor({storage: 'none', feed: feedOf(activity(), activity({id: 'buskerud-annet', title: 'Eksempel: annet', schedule: {timeZone: 'Europe/Oslo', allDay: true, start: '2026-12-01', end: null}}))});
    rows(el)[0]!.querySelector<HTMLButtonElement>('.remove')!.click();
    await el.updateComplete;
    expect(focused(el)?.textContent).to.equal('Ja, slett');
    expect(visibleText(rows(el)[0])).to.contain('bør du heller avlyse');
    await expect(el).to.be.accessible();
    $(el, '.keep')!.click();
    await el.updateComplete;
    expect(rows(el)).to.have.length(2);
    expect(focused(el)?.classList.contains('remove')).to.equal(true);
    focused(el)!.click();
    await el.updateComplete;
    $(el, '.really-remove')!.click();
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Eksempel: annet']);
    expect(notice(el)).to.equal('«Eksempel: testkurs» er slettet.');
    expect(focused(el)?.classList.contains('edit')).to.equal(true);
  });
});

describe('usht-activity-editor: import and export', () => {
  it('imports an Outlook calendar and reports what it took, by line', async () => {
    const el = await editor({storage: 'none'});
    const changes: UshtFeedChangeEvent[] = [];
    el.addEventListener('usht-feed-change', (e) => changes.push(e));
    await importFixture(el, 'outlook.ics', 'text/calendar');
    const report = visibleText($(el, '.report'));
    expect(report).to.match(/Importert fra outlook\.ics\. Nye: \d+\. Oppdatert: 0\./);
    expect(rows(el).length).to.be.greaterThan(2);
    expect(changes.map((c) => c.detail.action)).to.deep.equal(['import']);
    // A second import of the same calendar updates: the same UIDs, no duplicates.
    const count = rows(el).length;
    await importFixture(el, 'outlook.ics', 'text/calendar');
    expect(rows(el)).to.have.length(count);
    expect(visibleText($(el, '.report'))).to.contain('Nye: 0.');
    await expect(el).to.be.accessible();
  });

  it('names every event it left out with its line and reason', async () => {
    const el = await editor({storage: 'none'});
    await importFixture(el, 'broken-events.ics', 'text/calendar');
    const report = $(el, '.report')!;
    expect(report.getAttribute('role')).to.equal('status');
    const items = [...report.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items.length).to.be.greaterThan(2);
    for (const item of items) expect(item).to.match(/^Linje \d+: \S/);
  });

  it('refuses a spreadsheet that is not UTF-8 and says how to save it, changing nothing', async () => {
    const el = await editor({storage: 'none', feed: feedOf(activity())});
    // As Excel's plain "CSV (semikolondelt)" writes it: Windows-1252, "ø" the single byte 0xF8.
    // (Built here: the test server re-encodes the fixture file as UTF-8 on the way.)
    const text = 'tittel;type;startdato\r\nEksempel: nettverksmøte;kurs;05.03.2026\r\n';
    await importBytes(el, 'aktiviteter.csv', Uint8Array.from(text, (c) => c.charCodeAt(0)), 'text/csv');
    expect(visibleText($(el, '.report'))).to.contain('UTF-8');
    expect(titles(el)).to.deep.equal(['Eksempel: testkurs']);
  });

  it('shows script and markup from an imported calendar as text, and takes no javascript: link', async () => {
    const el = await editor({storage: 'none'});
    await importFixture(el, 'hostile.ics', 'text/calendar');
    expect(el.shadowRoot!.querySelector('script, img, iframe, [onerror]')).to.equal(null);
    expect(titles(el).join(' ')).to.contain('<script>');
    const feed = el.toFeed();
    const links = [...feed.activities!.flatMap((a) => [a.registration?.url, a.videoUrl]), ...feed.sources!.map((s) => s.url)].filter(Boolean);
    for (const link of links) expect(link).to.match(/^(https?|mailto):/);
    rows(el)[0]!.querySelector<HTMLButtonElement>('.edit')!.click();
    await waitUntil(() => $(el, 'usht-activity-calendar')?.shadowRoot?.querySelector('.item .title'), 'no preview', {timeout: 5000});
    const calendar = $(el, 'usht-activity-calendar')!;
    expect(calendar.shadowRoot!.querySelector('script, img, iframe, [onerror]')).to.equal(null);
    expect(calendar.shadowRoot!.querySelector('.item .title')!.textContent).to.contain('<');
  });

  it('downloads a feed.json that passes `usht validate` and a calendar file a parser reads', async () => {
    const el = await editor({storage: 'none', feed: sampleFeed('buskerud', 4)});
    const feed = await nextDownload(el, () => $(el, '.download-feed')!.click());
    expect(feed.name).to.equal('feed.json');
    const report = validateFeed(JSON.parse(feed.text), 'feed.json');
    expect(report.ok, JSON.stringify(report.rejected)).to.equal(true);
    expect(report.feed?.activities).to.have.length(4);
    expect(report.warnings).to.deep.equal([]);
    const ics = await nextDownload(el, () => $(el, '.download-ics')!.click());
    expect(ics.name).to.equal('buskerud-aktiviteter.ics');
    expect(ics.type).to.contain('text/calendar');
    const events = new ICAL.Component(ICAL.parse(ics.text)).getAllSubcomponents('vevent');
    expect(events.length).to.be.greaterThanOrEqual(4);
    const template = await nextDownload(el, () => $(el, '.template')!.click());
    expect(template.name).to.equal('aktiviteter-mal.csv');
    expect([...template.bytes.slice(0, 3)], 'a byte order mark, so Excel reads it as UTF-8').to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(template.text).to.match(/^id;tittel;type;senter;startdato/);
  });
});

describe('usht-activity-editor: drafts in the browser', () => {
  it('keeps nothing until the user ticks the box, then keeps the list and the form across a reload', async () => {
    let el = await editor();
    $(el, 'button.add')!.click();
    await el.updateComplete;
    await fill(el, 'title', 'Eksempel: utkast');
    expect(localStorage.length, 'nothing stored before consent').to.equal(0);
    el.parentElement!.remove();

    el = await editor();
    expect($(el, '.form'), 'without consent, a reload starts afresh').to.equal(null);
    $(el, 'button.add')!.click();
    await el.updateComplete;
    $<HTMLInputElement>(el, '#remember')!.click();
    await el.updateComplete;
    await fill(el, 'title', 'Eksempel: utkast');
    window.dispatchEvent(new Event('pagehide'));
    expect(localStorage.getItem(KEY)).to.contain('Eksempel: utkast');
    el.parentElement!.remove();

    el = await editor();
    expect($<HTMLInputElement>(el, '#title')!.value, 'the form comes back as it was left').to.equal('Eksempel: utkast');
    expect($<HTMLInputElement>(el, '#remember')!.checked).to.equal(true);
    expect(visibleText($(el, '.storage'))).to.contain('Utkastene lagres i denne nettleseren');
  });

  it('forgets the drafts when asked, and stores nothing with storage="none"', async () => {
    localStorage.setItem(KEY, storedDrafts(null, {activities: [activity()]}));
    const el = await editor();
    expect(titles(el)).to.deep.equal(['Eksempel: testkurs']);
    $(el, '.stored button')!.click();
    await el.updateComplete;
    expect(localStorage.getItem(KEY)).to.equal(null);
    expect(notice(el)).to.contain('Utkastene er slettet');
    expect(focused(el)?.id).to.equal('remember');

    const none = await editor({storage: 'none', feed: feedOf(activity())});
    none.shadowRoot!.querySelector<HTMLButtonElement>('.cancel')!.click();
    await none.updateComplete;
    expect(localStorage.length).to.equal(0);
    expect(visibleText($(none, '.storage'))).to.contain('Utkastene lagres ikke');
  });

  it('leaves drafts saved by a newer version untouched and offers them as a download', async () => {
    const newer = storedDrafts(null, {version: 2, activities: [activity()]});
    localStorage.setItem(KEY, newer);
    const el = await editor();
    expect(visibleText($(el, '.storage'))).to.contain('lagret av en nyere versjon');
    $(el, 'button.add')!.click();
    await el.updateComplete;
    await fill(el, 'title', 'Eksempel: nytt');
    window.dispatchEvent(new Event('pagehide'));
    expect(localStorage.getItem(KEY), 'not overwritten').to.equal(newer);
    $(el, '.cancel-form')!.click();
    await el.updateComplete;
    const kept = await nextDownload(el, () => [...$$(el, '.storage button')].find((b) => b.textContent!.includes('Last ned'))!.click());
    expect(kept.text).to.equal(newer);
    await expect(el).to.be.accessible();
    // Only the user's choice replaces it.
    [...$$(el, '.storage button')].find((b) => b.textContent!.includes('Erstatt'))!.click();
    await el.updateComplete;
    expect(JSON.parse(localStorage.getItem(KEY)!).version).to.equal(1);
  });

  it('keeps a damaged record as it is until the user chooses', async () => {
    localStorage.setItem(KEY, '{"format":"usht-activity-drafts","vers');
    const el = await editor();
    expect(visibleText($(el, '.storage'))).to.contain('kan ikke leses');
    $(el, 'button.add')!.click();
    await el.updateComplete;
    await fill(el, 'title', 'x');
    window.dispatchEvent(new Event('pagehide'));
    expect(localStorage.getItem(KEY)).to.equal('{"format":"usht-activity-drafts","vers');
  });

  it('keeps activities it cannot use in the record and says so', async () => {
    localStorage.setItem(KEY, storedDrafts(null, {activities: [activity(), {...activity({id: 'broken'}), kind: 'seminar'} as unknown as Activity]}));
    const el = await editor();
    expect(titles(el)).to.deep.equal(['Eksempel: testkurs']);
    expect(visibleText($(el, '.storage'))).to.contain('1 lagret aktivitet kan ikke brukes lenger');
    rows(el)[0]!.querySelector<HTMLButtonElement>('.cancel')!.click();
    await el.updateComplete;
    const stored = JSON.parse(localStorage.getItem(KEY)!) as {activities: {id: string}[]};
    expect(stored.activities.map((a) => a.id)).to.deep.equal(['buskerud-test-kurs', 'broken']);
  });
});

describe('usht-activity-editor: attributes', () => {
  it('puts its headings at the level the host asks for, within 2–5', async () => {
    for (const [given, level] of [['3', '3'], ['9', '5'], ['x', '2']]) {
      const el = await editor({level: given, storage: 'none'});
      expect($(el, '#heading')!.getAttribute('aria-level'), given).to.equal(level);
      expect($(el, '#list-heading')!.getAttribute('aria-level'), given).to.equal(String(Number(level) + 1));
    }
  });

  it('warns once about an unknown storage mode and asks before storing', async () => {
    const el = await editor({storage: 'always'});
    expect(output.take()).to.deep.equal(['[usht-kit] <usht-activity-editor>: unknown storage="always"; allowed: ask, local, none. Using "ask".']);
    expect($(el, '#remember')).to.exist;
  });

  it('fires no event when the host sets the feed', async () => {
    const el = await editor({storage: 'none'});
    let fired = 0;
    el.addEventListener('usht-feed-change', () => (fired += 1));
    el.feed = feedOf(activity());
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Eksempel: testkurs']);
    expect(fired).to.equal(0);
  });

  it('loads Nynorsk and English strings on demand, marking nothing as Bokmål once they are there', async () => {
    const el = await editor({lang: 'nn', storage: 'none'});
    expect($(el, '#heading')!.textContent).to.equal('Publiser aktivitetane til senteret');
    expect(el.shadowRoot!.querySelector('[lang="nb"]')).to.equal(null);
    el.parentElement!.setAttribute('lang', 'en');
    await waitUntil(() => $(el, '#heading')!.textContent === 'Publish your centre’s activities', 'English never loaded');
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.add')!.click();
    await el.updateComplete;
    expect(focused(el)?.textContent).to.equal('New activity');
  });
});
