import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {nothing} from 'lit';
import {sendKeys} from '@web/test-runner-commands';
import ICAL from 'ical.js';
import {createClient, feedSource, queryActivities, type Activity, type UshtClient} from '@usht/sdk';
import './usht-activity-calendar.js';
import type {UshtActivityCalendar} from './activity-calendar.js';
import {addDays, addMonths, isoWeek, monthWeeks} from './calendar-model.js';
import {activitySource, clientWith, multiDay, sample, statuses, today, upcoming} from './activity-calendar.stories.js';
import {captureConsole, spokenText, visibleText} from '../../../../test/foundation/helpers.js';
import {emptySource, failingOnceSource, neverResolvingSource, realSource} from '../../../../stories/shared/fake-sources.js';

const output = captureConsole();
beforeEach(() => output.start());
afterEach(() => output.verify());
// The embedded data's code and collections load on first use (seconds, cold, on a busy machine):
// load them once here so no test's own waiting includes that.
before(async function () {
  this.timeout(30_000);
  await Promise.all([realSource().centres(), realSource().priorityAreas(), realSource().activities()]);
});

const root = (el: Element) => el.shadowRoot!;
const all = (el: Element, selector: string) => [...root(el).querySelectorAll<HTMLElement>(selector)];
const one = (el: Element, selector: string) => root(el).querySelector<HTMLElement>(selector)!;
const status = (el: Element) => one(el, '[role="status"]');
const focused = (el: Element) => root(el).activeElement as HTMLElement | null;
const dayHeadings = (el: Element) => all(el, '.list > li > [role="heading"]').map((h) => h.textContent!.replace(/\s+/g, ' ').trim());
const items = (el: Element) => all(el, 'li.item');
const buttonNamed = (el: Element, name: string) => all(el, 'button').find((b) => b.textContent!.replace(/\s+/g, ' ').trim().startsWith(name))!;

/** Waits until the activities are shown (or the empty or failure state is). */
async function shown(el: UshtActivityCalendar): Promise<UshtActivityCalendar> {
  await waitUntil(
    () => el.shadowRoot && !one(el, '[role="status"]').hasAttribute('data-kind') && one(el, '.list, [role="grid"], [data-kind="empty"], [role="alert"]'),
    'the calendar never showed its activities',
  );
  await el.updateComplete;
  return el;
}

async function mount(template: unknown): Promise<UshtActivityCalendar> {
  const host = await fixture<HTMLElement>(html`<div>${template}</div>`);
  return shown(host.querySelector('usht-activity-calendar')!);
}

/** The .ics text behind the next download link the calendar clicks (the download itself is stopped). */
async function nextDownload(el: UshtActivityCalendar, click: () => void): Promise<{name: string; text: string; type: string}> {
  const anchor = new Promise<HTMLAnchorElement>((resolve) => {
    root(el).addEventListener('click', (event) => {
      const target = event.composedPath()[0];
      if (target instanceof HTMLAnchorElement && target.download) {
        event.preventDefault();
        resolve(target);
      }
    }, {capture: true, once: false});
  });
  click();
  const link = await anchor;
  const blob = await (await fetch(link.href)).blob();
  return {name: link.download, text: await blob.text(), type: blob.type};
}

describe('usht-activity-calendar: agenda', () => {
  it('groups upcoming activities by day with time, place, centre, audience, areas and registration', async function () {
    // The first test that shows an activity with areas loads the badge element's module.
    this.timeout(20_000);
    const el = await mount(html`<usht-activity-calendar .client=${clientWith(statuses())}></usht-activity-calendar>`);
    const day = addDays(today(), 7);
    expect(dayHeadings(el)).to.have.length(1);
    expect(status(el).textContent).to.equal('4 aktiviteter');
    const first = items(el)[0]!;
    // The badges are their own element, loaded with the first activity that has areas; once it is
    // defined, the names are drawn in its shadow root and the plain-text fallback is not.
    const badges = () => first.querySelector('usht-priority-badges');
    await waitUntil(
      () => badges()?.shadowRoot && visibleText(badges()).includes('Demensplan 2025') && visibleText(first).includes('USHT Oslo'),
      'the priority-area badge or the centre name never showed',
      {timeout: 15_000},
    );
    const text = visibleText(first);
    expect(text).to.contain('Eksempel: planlagt-fagdag');
    expect(text).to.contain('09:00–15:00 · Møterom A, Eksempelby');
    expect(text).to.contain('Utviklingssenter: USHT Oslo');
    expect(text).to.contain('Målgruppe: Ledere');
    expect(text).to.contain(`Påmeldingsfrist`);
    const link = first.querySelector('a')!;
    expect(link.href).to.equal('https://example.org/pamelding');
    expect(link.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Påmelding: Eksempel: planlagt-fagdag');
    expect(first.querySelector('time')!.getAttribute('datetime')).to.equal(`${day}T09:00`);
    expect(visibleText(el)).to.contain('Eksempeldata');
  });

  it('marks cancelled, full and postponed activities in words, and drops registration for cancelled ones', async () => {
    const el = await mount(html`<usht-activity-calendar .client=${clientWith(statuses())}></usht-activity-calendar>`);
    const [, cancelled, full, postponed] = items(el);
    expect(visibleText(cancelled)).to.match(/^Avlyst Eksempel: avlyst-nettverksmote/);
    expect(cancelled!.querySelector('a')).to.equal(null);
    expect(visibleText(full)).to.match(/^Fullt Eksempel: fullt-kurs/);
    expect(visibleText(full)).to.contain('Møterom A, Eksempelby, og digitalt');
    expect(visibleText(postponed)).to.match(/^Utsatt Eksempel: utsatt-webinar/);
    expect(visibleText(postponed)).to.contain('14:00–15:00 · Digitalt');
  });

  it('shows a title in the reader’s language where the activity has one, marked with that language', async () => {
    const [first, second] = upcoming(2);
    const translated: Activity = {...first!, title: 'Eksempel: kurs på bokmål', language: 'nb', translations: {en: {title: 'Sample: course in English'}, nn: {title: 'Eksempel: kurs på nynorsk'}}};
    const titles = async (lang: string) => {
      const el = await mount(html`<usht-activity-calendar lang=${lang} .client=${clientWith([translated, second!])}></usht-activity-calendar>`);
      return all(el, '.item .title').map((t) => `${t.getAttribute('lang')}: ${t.textContent}`);
    };
    expect(await titles('en')).to.have.members(['en: Sample: course in English', `${second!.language}: ${second!.title}`]);
    expect(await titles('nn')).to.have.members(['nn: Eksempel: kurs på nynorsk', `${second!.language}: ${second!.title}`]);
    expect(await titles('nb')).to.have.members(['nb: Eksempel: kurs på bokmål', `${second!.language}: ${second!.title}`]);
  });

  it('shows a multi-day activity on each of its days and each session of a course on its own day', async () => {
    const el = await mount(html`<usht-activity-calendar .client=${clientWith(multiDay())}></usht-activity-calendar>`);
    const start = addDays(today(), 2);
    const texts = items(el).map((item) => visibleText(item));
    expect(texts.filter((t) => t.includes('tre-dagers-samling')).map((t) => /hele dagen, dag \d av 3/.exec(t)?.[0]))
      .to.deep.equal(['hele dagen, dag 1 av 3', 'hele dagen, dag 2 av 3', 'hele dagen, dag 3 av 3']);
    expect(texts.filter((t) => t.includes('kveld-til-formiddag')).map((t) => /(fra|til) \d\d:\d\d, dag \d av 2/.exec(t)?.[0]))
      .to.deep.equal(['fra 18:00, dag 1 av 2', 'til 12:00, dag 2 av 2']);
    expect(texts.filter((t) => t.includes('kurs-i-tre-samlinger')).map((t) => /09:00–15:00, samling \d av 3/.exec(t)?.[0]))
      .to.deep.equal(['09:00–15:00, samling 1 av 3', '09:00–15:00, samling 2 av 3', '09:00–15:00, samling 3 av 3']);
    // Three distinct activities: the count is of activities, not of days.
    expect(status(el).textContent).to.equal('3 aktiviteter');
    expect(all(el, 'li.item time').map((t) => t.getAttribute('datetime')!.slice(0, 10))).to.include(addDays(start, 56));
  });

  it('groups by Oslo date across the DST changes on the last Sundays of March and October', async () => {
    const dst = [
      sample('helg-i-mars', {schedule: {timeZone: 'Europe/Oslo', allDay: true, start: '2026-03-28', end: '2026-03-30'}}),
      sample('natt-til-sommertid', {schedule: {timeZone: 'Europe/Oslo', allDay: false, start: '2026-03-29T01:30', end: '2026-03-29T03:30'}}),
      sample('natt-til-normaltid', {schedule: {timeZone: 'Europe/Oslo', allDay: false, start: '2026-10-24T22:00', end: '2026-10-25T02:30'}}),
      sample('den-doble-timen', {schedule: {timeZone: 'Europe/Oslo', allDay: false, start: '2026-10-25T02:15', end: '2026-10-25T02:45'}}),
    ];
    const el = await mount(html`<usht-activity-calendar include-past .client=${clientWith(dst)}></usht-activity-calendar>`);
    expect(dayHeadings(el)).to.deep.equal([
      'lørdag 28. mars 2026', 'søndag 29. mars 2026', 'mandag 30. mars 2026', 'lørdag 24. oktober 2026', 'søndag 25. oktober 2026',
    ]);
    const byDay = all(el, '.list > li').map((group) => [...group.querySelectorAll('li.item')].map((item) => visibleText(item as HTMLElement).split(' · ')[0]));
    expect(byDay[1]).to.deep.equal(['Eksempel: helg-i-mars hele dagen, dag 2 av 3', 'Eksempel: natt-til-sommertid 01:30–03:30']);
    expect(byDay[3]).to.deep.equal(['Eksempel: natt-til-normaltid fra 22:00, dag 1 av 2']);
    expect(byDay[4]).to.deep.equal(['Eksempel: natt-til-normaltid til 02:30, dag 2 av 2', 'Eksempel: den-doble-timen 02:15–02:45']);

    el.month = '2026-03';
    el.view = 'month';
    await el.updateComplete;
    expect(all(el, '[role="rowheader"] .visually-hidden').map((h) => h.textContent)).to.deep.equal(['uke 9', 'uke 10', 'uke 11', 'uke 12', 'uke 13', 'uke 14']);
    const cellName = (date: string) => one(el, `[data-date="${date}"] .visually-hidden`).textContent;
    expect(cellName('2026-03-29')).to.equal('søndag 29. mars 2026, 2 aktiviteter');
    expect(cellName('2026-03-30')).to.equal('mandag 30. mars 2026, 1 aktivitet');
    expect(cellName('2026-03-31')).to.equal('tirsdag 31. mars 2026');
    el.month = '2026-10';
    await el.updateComplete;
    expect(cellName('2026-10-25')).to.equal('søndag 25. oktober 2026, 2 aktiviteter');
    expect(cellName('2026-10-26')).to.equal('mandag 26. oktober 2026');
  });

  it('hides past activities by default, says so, and shows them on request', async () => {
    const el = await mount(html`<usht-activity-calendar></usht-activity-calendar>`);
    expect(visibleText(one(el, '[data-kind="empty"]'))).to.equal('Ingen kommende aktiviteter. Vis tidligere aktiviteter');
    expect(status(el).textContent).to.equal('0 aktiviteter');
    buttonNamed(el, 'Vis tidligere aktiviteter').click();
    await waitUntil(() => status(el).textContent === '21 aktiviteter', 'the 21 sourced activities never showed');
    await el.updateComplete;
    expect(dayHeadings(el)[0]).to.equal('torsdag 26. oktober 2017');
    expect(visibleText(items(el)[0])).to.contain('Arrangør: ');
    expect(focused(el)?.getAttribute('name')).to.equal('includePast');
    expect((focused(el) as HTMLInputElement).checked).to.equal(true);
    // Real data is not sample data.
    expect(visibleText(el)).not.to.contain('Eksempeldata');
  });

  it('renders 15 activities at first and the rest on request, moving focus to the first new one', async () => {
    const day = addDays(today(), 1);
    const hundred = Array.from({length: 100}, (_, i) => sample(`nr-${i}`, {schedule: {timeZone: 'Europe/Oslo', allDay: true, start: day, end: null}}));
    const el = await mount(html`<usht-activity-calendar .client=${clientWith(hundred)}></usht-activity-calendar>`);
    expect(items(el)).to.have.length(15);
    const more = buttonNamed(el, 'Vis flere');
    expect(more.textContent!.trim()).to.equal('Vis flere (85 til)');
    more.focus();
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(items(el)).to.have.length(45);
    expect(focused(el)).to.equal(items(el)[15]);
    expect(buttonNamed(el, 'Vis flere').textContent!.trim()).to.equal('Vis flere (55 til)');
  });

  it('shows the valid activities of a feed with invalid records, and a note saying how many were left out', async () => {
    const day = addDays(today(), 3);
    const valid = [sample('gyldig-en', {schedule: {timeZone: 'Europe/Oslo', allDay: true, start: day, end: null}}),
      sample('gyldig-to', {schedule: {timeZone: 'Europe/Oslo', allDay: true, start: day, end: null}})];
    const feed = {
      format: 'usht-feed', version: 1,
      activities: [
        valid[0],
        {...valid[1]!, id: 'ugyldig-dato', title: 'Eksempel: ugyldig dato', schedule: {timeZone: 'Europe/Oslo', allDay: false, start: '2026-13-40T25:00', end: null}},
        {...valid[1]!, id: 'farlig-lenke', title: 'Eksempel: farlig lenke', registration: {url: 'javascript:alert(1)', deadline: null}},
        valid[1],
      ],
    };
    const url = URL.createObjectURL(new Blob([JSON.stringify(feed)], {type: 'application/json'}));
    try {
      const client = createClient({feed: url});
      const el = await mount(html`<usht-activity-calendar .client=${client}></usht-activity-calendar>`);
      expect(items(el).map((item) => item.querySelector('.title')!.textContent)).to.deep.equal(['Eksempel: gyldig-en', 'Eksempel: gyldig-to']);
      expect(visibleText(one(el, '[part="note"][data-kind="warning"]'))).to.equal('2 oppføringer i datakilden var ugyldige og vises ikke.');
      expect(spokenText(el)).not.to.contain('javascript:');
    } finally {
      URL.revokeObjectURL(url);
    }
  });

  it('puts its headings at the level the host asks for, within what ARIA allows', async () => {
    const levels = (el: Element) => ({
      day: all(el, '.list > li > [role="heading"]')[0]!.getAttribute('aria-level'),
      title: all(el, 'li.item [role="heading"]')[0]!.getAttribute('aria-level'),
    });
    const cases: [string | undefined, {day: string; title: string}][] = [
      // By default a section of the page under its <h1>: level 2 (issue 13).
      [undefined, {day: '2', title: '3'}], ['3', {day: '3', title: '4'}], ['5', {day: '5', title: '6'}],
      // Out of range or not a number: the nearest level that works, never "NaN" or 7.
      ['9', {day: '5', title: '6'}], ['1', {day: '2', title: '3'}], ['tre', {day: '2', title: '3'}],
    ];
    for (const [attribute, expected] of cases) {
      const el = await mount(html`<usht-activity-calendar heading-level=${attribute ?? nothing} .client=${clientWith(statuses())}></usht-activity-calendar>`);
      expect(levels(el), `heading-level=${attribute}`).to.deep.equal(expected);
      el.view = 'month';
      await shown(el);
      expect(one(el, '#month').getAttribute('aria-level'), `month heading, heading-level=${attribute}`).to.equal(expected.day);
    }
  });

  it('says it is loading in the status region', async () => {
    const host = await fixture<HTMLElement>(html`<div><usht-activity-calendar .client=${createClient({source: neverResolvingSource()})}></usht-activity-calendar></div>`);
    const el = host.firstElementChild as UshtActivityCalendar;
    await el.updateComplete;
    expect(status(el).textContent).to.equal('Laster inn aktiviteter …');
  });

  it('shows a failure in the reader’s language with a retry that works', async () => {
    for (const [lang, failure, retry, count] of [
      ['nb', 'Klarte ikke å hente aktivitetene.', 'Prøv igjen', '12 aktiviteter'],
      ['nn', 'Klarte ikkje å hente aktivitetane.', 'Prøv igjen', '12 aktivitetar'],
    ] as const) {
      const source = failingOnceSource(activitySource(upcoming(12)));
      const el = await mount(html`<usht-activity-calendar lang=${lang} .client=${createClient({source})}></usht-activity-calendar>`);
      const alert = one(el, '[role="alert"]');
      expect(visibleText(alert)).to.equal(`${failure} ${retry}`);
      alert.querySelector('button')!.click();
      await waitUntil(() => status(el).textContent === count, `${lang}: the retry never showed the activities`);
      expect(new Set(items(el).map((item) => item.querySelector('.title')!.textContent)).size).to.equal(12);
    }
  });

  it('offers to clear the filters when nothing matches them', async () => {
    const el = await mount(html`<usht-activity-calendar mode="digital" .client=${createClient({source: emptySource()})}></usht-activity-calendar>`);
    expect(visibleText(one(el, '[data-kind="empty"]'))).to.equal('Ingen aktiviteter passer med filtrene. Vis tidligere aktiviteter Nullstill filtrene');
    buttonNamed(el, 'Nullstill filtrene').click();
    await el.updateComplete;
    expect(el.mode).to.equal('');
    expect(visibleText(one(el, '[data-kind="empty"]'))).to.equal('Ingen kommende aktiviteter. Vis tidligere aktiviteter');
    el.includePast = true;
    await shown(el);
    expect(visibleText(one(el, '[data-kind="empty"]'))).to.equal('Ingen aktiviteter.');
  });

  // Every activity in the embedded data is past (no centre publishes its calendar yet): a host's
  // page for its own centre meets this state first.
  for (const [lang, upcomingText, pastButton, subscribe] of [
    ['nb', 'Ingen kommende aktiviteter ved USHT Finnmark.', 'Vis tidligere aktiviteter', 'Abonner på kalenderen: Åpne i kalenderprogrammet ditt Adressen til kalenderen (for Google og Outlook)'],
    ['nn', 'Ingen komande aktivitetar ved USHT Finnmark.', 'Vis tidlegare aktivitetar', 'Abonner på kalenderen: Opne i kalenderprogrammet ditt Adressa til kalenderen (for Google og Outlook)'],
    ['en', 'No upcoming activities at USHT Finnmark.', 'Show past activities', 'Subscribe to the calendar: Open in your calendar app The calendar’s address (for Google and Outlook)'],
  ] as const) {
    it(`says a centre has nothing upcoming, names it, and offers its past activities and the subscription (${lang})`, async () => {
      const el = await mount(html`<usht-activity-calendar lang=${lang} centre="finnmark" subscribe-url="https://kommune.example/usht/finnmark.ics"></usht-activity-calendar>`);
      await waitUntil(() => visibleText(one(el, '[data-kind="empty"]')).startsWith(upcomingText), `${lang}: the centre is never named`, {timeout: 4000});
      const empty = one(el, '[data-kind="empty"]');
      await waitUntil(() => empty.querySelector('[part="subscribe"]'), `${lang}: no subscription link`);
      expect(visibleText(empty)).to.equal(`${upcomingText} ${pastButton} ${subscribe}`);
      expect(all(el, '[part="subscribe"]'), 'the links once, in the empty state').to.have.length(1);
      expect(empty.querySelector('button')!.localName).to.equal('button');
      await expect(el).to.be.accessible();
      empty.querySelector<HTMLButtonElement>('button')!.focus();
      await sendKeys({press: 'Enter'});
      await waitUntil(() => !one(el, '[data-kind="empty"]') || !visibleText(one(el, '[data-kind="empty"]')).startsWith(upcomingText), `${lang}: past activities never came`);
      await el.updateComplete;
      expect(focused(el)?.getAttribute('name'), 'focus goes to the "past activities" box, not the page').to.equal('includePast');
      expect(el.includePast).to.equal(true);
    });
  }
});

describe('usht-activity-calendar: filters', () => {
  const data = upcoming(300);
  const expected = (query: Parameters<typeof queryActivities>[1]) => queryActivities(data, {from: today(), ...query}, []).items.length;

  it('takes its filters from attributes, shown in the form controls', async () => {
    const from = addDays(today(), 7);
    const to = addDays(today(), 50);
    const el = await mount(html`<usht-activity-calendar .client=${clientWith(data)} centre="oslo" priority-area="demensplan-2025" from=${from} to=${to}></usht-activity-calendar>`);
    const count = expected({centreId: 'oslo', priorityAreaId: 'demensplan-2025', from, to});
    expect(count).to.be.greaterThan(0);
    expect(status(el).textContent).to.equal(`${count} ${count === 1 ? 'aktivitet' : 'aktiviteter'}`);
    await waitUntil(() => (one(el, 'select[name="centre"]') as HTMLSelectElement).value === 'oslo', 'the centre select never showed the preset');
    expect((one(el, 'select[name="priorityArea"]') as HTMLSelectElement).value).to.equal('demensplan-2025');
    // The date fields (text fields once their part has loaded) show the dates the Norwegian way.
    const shownDate = (key: string) => key.split('-').reverse().join('.');
    await waitUntil(() => (one(el, 'input[name="to"]') as HTMLInputElement).value === shownDate(to), 'the to field never showed the preset as dd.mm.åååå');
    expect((one(el, 'input[name="from"]') as HTMLInputElement).value).to.equal(shownDate(from));
    expect(items(el).every((item) => visibleText(item).includes('USHT Oslo'))).to.equal(true);
  });

  it('can be used with the keyboard alone, announcing the new count in the same live region', async () => {
    const el = await mount(html`<usht-activity-calendar .client=${clientWith(data)}></usht-activity-calendar>`);
    const region = status(el);
    expect(region.getAttribute('role')).to.equal('status');
    expect(region.textContent).to.equal(`${expected({})} aktiviteter`);
    await waitUntil(() => all(el, 'select[name="centre"] option').length === 22, 'centre names never loaded');

    const changes: unknown[] = [];
    el.addEventListener('usht-filter-change', (event) => changes.push(event.detail));
    await sendKeys({press: 'Tab'});
    expect(focused(el)?.getAttribute('name')).to.equal('centre');
    // The first centre in alphabetical order.
    await sendKeys({press: 'ArrowDown'});
    await waitUntil(() => el.centre !== '', 'the select did not change with the arrow key');
    const centre = el.centre;
    await waitUntil(() => region.textContent !== `${expected({})} aktiviteter`);
    expect(status(el)).to.equal(region);
    const n = expected({centreId: centre});
    expect(region.textContent).to.equal(`${n} ${n === 1 ? 'aktivitet' : 'aktiviteter'}`);
    expect(changes).to.have.length(1);
    expect(changes[0]).to.include({centre, priorityArea: '', includePast: false});

    // Tab past the priority area and mode to the search field, then to "more filters" and open it.
    for (const name of ['priorityArea', 'mode', 'search']) {
      await sendKeys({press: 'Tab'});
      expect(focused(el)?.getAttribute('name')).to.equal(name);
    }
    await sendKeys({press: 'Tab'});
    expect(focused(el)?.textContent).to.equal('Flere filtre: målgruppe og datoer');
    await sendKeys({press: 'Enter'});
    await sendKeys({press: 'Tab'});
    expect(focused(el)?.getAttribute('name')).to.equal('audience');
    await sendKeys({down: 'Shift'});
    for (let i = 0; i < 3; i++) await sendKeys({press: 'Tab'});
    await sendKeys({up: 'Shift'});
    expect(focused(el)?.getAttribute('name')).to.equal('mode');
    await sendKeys({press: 'ArrowDown'});
    await sendKeys({press: 'ArrowDown'});
    await waitUntil(() => el.mode === 'digital', 'the mode select did not change with the arrow keys');
    await waitUntil(() => region.textContent!.startsWith(`${expected({centreId: centre, mode: 'digital'})} `));

    el.centre = '';
    await sendKeys({press: 'Tab'});
    expect(focused(el)?.getAttribute('name')).to.equal('search');
    await sendKeys({type: 'kurs om demens'});
    await waitUntil(() => el.search === 'kurs om demens', 'typing never applied the search');
    const searched = expected({mode: 'digital', text: 'kurs om demens'});
    expect(searched).to.be.greaterThan(0);
    await waitUntil(() => region.textContent!.startsWith(`${searched} `), 'the count never followed the search');
    expect(items(el).every((item) => /kurs om demens/.test(item.querySelector('.title')!.textContent!))).to.equal(true);

    // Past activities by the checkbox: Tab to it, Space.
    for (let i = 0; i < 20 && focused(el)?.getAttribute('name') !== 'includePast'; i++) await sendKeys({press: 'Tab'});
    expect(focused(el)?.getAttribute('name')).to.equal('includePast');
    await sendKeys({press: 'Space'});
    await waitUntil(() => el.includePast, 'Space did not tick the checkbox');
  });

  it('fires no event when the host sets a filter property', async () => {
    const el = await mount(html`<usht-activity-calendar .client=${clientWith(data)}></usht-activity-calendar>`);
    let fired = 0;
    el.addEventListener('usht-filter-change', () => fired++);
    el.centre = 'oslo';
    el.view = 'month';
    await shown(el);
    expect(fired).to.equal(0);
  });

  it('reflects filters in the URL only when the host opts in', async () => {
    const original = location.href;
    try {
      history.replaceState(null, '', `${location.pathname}?usht-centre=oslo&usht-view=month&other=1`);
      const synced = await mount(html`<usht-activity-calendar sync-url .client=${clientWith(data)}></usht-activity-calendar>`);
      expect(synced.centre).to.equal('oslo');
      expect(one(synced, '[role="grid"]')).to.exist;
      await waitUntil(() => all(synced, 'select[name="priorityArea"] option').length > 1);
      const select = one(synced, 'select[name="priorityArea"]') as HTMLSelectElement;
      select.value = 'velferdsteknologi';
      select.dispatchEvent(new Event('change', {bubbles: true}));
      const params = new URL(location.href).searchParams;
      expect(params.get('usht-priority-area')).to.equal('velferdsteknologi');
      expect(params.get('usht-centre')).to.equal('oslo');
      expect(params.get('other')).to.equal('1');

      history.replaceState(null, '', `${location.pathname}?usht-centre=oslo`);
      const plain = await mount(html`<usht-activity-calendar .client=${clientWith(data)}></usht-activity-calendar>`);
      expect(plain.centre).to.equal('');
      const other = one(plain, 'select[name="mode"]') as HTMLSelectElement;
      other.value = 'digital';
      other.dispatchEvent(new Event('change', {bubbles: true}));
      expect(location.search).to.equal('?usht-centre=oslo');
    } finally {
      history.replaceState(null, '', original);
    }
  });
});

describe('usht-activity-calendar: month grid', () => {
  it('is a grid with one tab stop, week numbers and Monday first, localised in Nynorsk and Northern Sami', async () => {
    const el = await mount(html`<usht-activity-calendar view="month" month="2026-03" .client=${clientWith([])}></usht-activity-calendar>`);
    const grid = one(el, 'table');
    expect(grid.getAttribute('role')).to.equal('grid');
    expect(all(el, '[role="gridcell"][tabindex="0"]').map((c) => c.dataset.date)).to.deep.equal(['2026-03-01']);
    expect(all(el, '[role="gridcell"]')).to.have.length(42);
    expect(all(el, '[role="columnheader"] .visually-hidden').map((h) => h.textContent)).to.deep.equal(['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag']);
    expect(one(el, '#month').textContent).to.equal('mars 2026');
    expect(grid.getAttribute('aria-labelledby')).to.equal('month');

    el.setAttribute('lang', 'nn');
    await el.updateComplete;
    expect(all(el, '[role="columnheader"] .visually-hidden').map((h) => h.textContent)).to.deep.equal(['måndag', 'tysdag', 'onsdag', 'torsdag', 'fredag', 'laurdag', 'søndag']);
    expect(one(el, '[role="rowheader"] .visually-hidden').textContent).to.equal('veke 9');

    el.setAttribute('lang', 'se');
    await el.updateComplete;
    expect(one(el, '#month').textContent).to.equal('njukčamánnu 2026');
    expect(all(el, '[role="columnheader"] .visually-hidden')[0]!.textContent).to.equal('vuossárga');
  });

  it('marks today with aria-current="date"', async () => {
    const el = await mount(html`<usht-activity-calendar view="month" .client=${clientWith([])}></usht-activity-calendar>`);
    expect(all(el, '[aria-current="date"]').map((c) => c.dataset.date)).to.deep.equal([today()]);
    expect(one(el, '[role="gridcell"][tabindex="0"]').dataset.date).to.equal(today());
  });

  it('moves by arrows, Home/End, PageUp/PageDown, opens a day with Enter, and is left with one Tab', async () => {
    const data = [
      sample('onsdag', {schedule: {timeZone: 'Europe/Oslo', allDay: false, start: '2026-04-15T10:00', end: '2026-04-15T11:00'}}),
      sample('onsdag-to', {schedule: {timeZone: 'Europe/Oslo', allDay: true, start: '2026-04-15', end: null}}),
    ];
    const el = await mount(html`<usht-activity-calendar view="month" month="2026-03" include-past .client=${clientWith(data)}></usht-activity-calendar>`);
    buttonNamed(el, 'Neste måned').focus();
    await el.updateComplete;
    expect(one(el, '#month').textContent).to.equal('mars 2026');
    await sendKeys({press: 'Tab'});
    const at = () => focused(el)?.dataset.date;
    expect(at()).to.equal('2026-03-01');
    await sendKeys({press: 'ArrowRight'});
    expect(at()).to.equal('2026-03-02');
    await sendKeys({press: 'ArrowDown'});
    expect(at()).to.equal('2026-03-09');
    await sendKeys({press: 'End'});
    expect(at()).to.equal('2026-03-15');
    await sendKeys({press: 'Home'});
    expect(at()).to.equal('2026-03-09');
    await sendKeys({press: 'ArrowUp'});
    await sendKeys({press: 'ArrowUp'});
    expect(at()).to.equal('2026-02-23');
    expect(one(el, '#month').textContent).to.equal('februar 2026');
    await sendKeys({press: 'PageDown'});
    await sendKeys({press: 'PageDown'});
    expect(at()).to.equal('2026-04-23');
    expect(one(el, '#month').textContent).to.equal('april 2026');
    await sendKeys({press: 'ArrowLeft'});
    await sendKeys({press: 'ArrowUp'});
    expect(at()).to.equal('2026-04-15');
    expect(all(el, '[role="gridcell"][tabindex="0"]')).to.have.length(1);
    expect(focused(el)!.getAttribute('aria-selected')).to.equal('false');

    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(focused(el)!.id).to.equal('day-heading');
    expect(focused(el)!.textContent).to.equal('Aktiviteter onsdag 15. april 2026');
    expect(one(el, '[data-date="2026-04-15"]').getAttribute('aria-selected')).to.equal('true');
    expect(all(el, 'section li.item').map((i) => i.querySelector('.title')!.textContent)).to.deep.equal(['Eksempel: onsdag-to', 'Eksempel: onsdag']);

    one(el, '[data-date="2026-04-15"]').focus();
    await sendKeys({press: 'PageUp'});
    expect(at()).to.equal('2026-03-15');
    await sendKeys({press: 'Tab'});
    // Out of the grid in one step: the next stop is in the day list, not another day.
    expect(focused(el)?.getAttribute('role')).not.to.equal('gridcell');
  });

  it('shows a day’s activities when the day is clicked', async () => {
    const el = await mount(html`<usht-activity-calendar view="month" month="2026-03" include-past .client=${clientWith(multiDay())}></usht-activity-calendar>`);
    one(el, '[data-date="2026-03-10"]').click();
    await el.updateComplete;
    expect(one(el, '#day-heading').textContent).to.equal('Aktiviteter tirsdag 10. mars 2026');
    expect(visibleText(one(el, 'section'))).to.contain('Ingen aktiviteter denne dagen.');
  });

  it('warns once about an unknown view and shows the agenda', async () => {
    const el = await mount(html`<usht-activity-calendar view="week" .client=${clientWith(upcoming(3))}></usht-activity-calendar>`);
    expect(one(el, '.list')).to.exist;
    const warnings = output.take();
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('view="week"').and.to.contain('agenda, month');
  });
});

describe('usht-activity-calendar: add to calendar (.ics)', () => {
  it('downloads one activity as an RFC 5545 file in Europe/Oslo time', async () => {
    const el = await mount(html`<usht-activity-calendar .client=${clientWith(statuses())}></usht-activity-calendar>`);
    await waitUntil(() => all(el, 'select[name="priorityArea"] option').length > 1);
    const day = addDays(today(), 7).replaceAll('-', '');
    const file = await nextDownload(el, () => buttonNamed(el, 'Legg til i kalender').click());
    expect(file.name).to.equal('eksempel-planlagt-fagdag.ics');
    expect(file.type).to.match(/^text\/calendar/);
    const lines = file.text.split('\r\n');
    expect(lines[0]).to.equal('BEGIN:VCALENDAR');
    expect(lines).to.include('BEGIN:VTIMEZONE');
    expect(lines).to.include(`DTSTART;TZID=Europe/Oslo:${day}T090000`);
    expect(lines).to.include(`DTEND;TZID=Europe/Oslo:${day}T150000`);
    expect(lines).to.include('SUMMARY;LANGUAGE=nb:[Eksempeldata] Eksempel: planlagt-fagdag');
    expect(lines).to.include('CATEGORIES:Demensplan 2025');
    expect(lines).to.include('UID:eksempel-planlagt-fagdag@usht-kit');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).to.have.length(1);
    expect(file.text.endsWith('END:VCALENDAR\r\n')).to.equal(true);

    // What a calendar program reads: Mozilla's parser (Thunderbird's) resolves the time in Oslo.
    const calendar = new ICAL.Component(ICAL.parse(file.text));
    calendar.getAllSubcomponents('vtimezone').forEach((zone) => ICAL.TimezoneService.register(zone));
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(event.summary).to.equal('[Eksempeldata] Eksempel: planlagt-fagdag');
    const start = event.startDate.toJSDate();
    const local = new Intl.DateTimeFormat('en-GB', {timeZone: 'Europe/Oslo', hour: '2-digit', minute: '2-digit', hourCycle: 'h23'}).format(start);
    expect(local).to.equal('09:00');
    expect(event.endDate.subtractDate(event.startDate).hours).to.equal(6);
  });

  it('downloads the filtered list, one event per activity and session, cancelled ones marked', async () => {
    const data: Activity[] = [...statuses(), ...multiDay()];
    const el = await mount(html`<usht-activity-calendar .client=${clientWith(data)} mode="physical"></usht-activity-calendar>`);
    // physical matches hybrid too (SDK semantics): the digital webinar is the one left out.
    expect(status(el).textContent).to.equal('6 aktiviteter');
    const file = await nextDownload(el, () => buttonNamed(el, 'Legg alle i kalender').click());
    expect(file.name).to.equal('usht-aktiviteter.ics');
    const lines = file.text.split('\r\n');
    // 5 activities with one event each, and the course's 3 sessions.
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).to.have.length(8);
    expect(lines).to.include('STATUS:CANCELLED');
    expect(file.text).not.to.contain('utsatt-webinar');
  });
});

describe('usht-activity-calendar: accessibility (axe) in every state, nb and nn', () => {
  const states: [string, () => UshtClient, string?][] = [
    ['agenda', () => clientWith(statuses())],
    ['multi-day', () => clientWith(multiDay())],
    ['month', () => clientWith(upcoming(60, 30)), 'month'],
    ['empty (real data, past hidden)', () => createClient()],
    ['loading', () => createClient({source: neverResolvingSource()})],
    ['failed', () => createClient({source: failingOnceSource(activitySource([]))})],
    ['invalid records', () => clientWith(upcoming(5), [{path: 'activities[3]', issues: [{path: 'title', message: 'a string'}]}])],
  ];
  for (const locale of ['nb', 'nn']) {
    for (const [name, client, view] of states) {
      it(`${name} (${locale})`, async () => {
        const host = await fixture<HTMLElement>(html`<div lang=${locale}><usht-activity-calendar .client=${client()} view=${view ?? 'agenda'}></usht-activity-calendar></div>`);
        const el = host.firstElementChild as UshtActivityCalendar;
        if (name === 'loading') await el.updateComplete;
        else await shown(el);
        await waitUntil(() => !all(el, 'usht-priority-badges').some((b) => b.shadowRoot?.querySelector('[data-kind="loading"]') || !customElements.get('usht-priority-badges')));
        if (view === 'month') {
          one(el, '[role="gridcell"][tabindex="0"]').click();
          await el.updateComplete;
        }
        await expect(el).to.be.accessible();
        if (locale === 'nn' && name === 'agenda') expect(status(el).textContent).to.equal('4 aktivitetar');
      });
    }
  }
});

describe('usht-activity-calendar: dates', () => {
  it('numbers weeks the Norwegian (ISO 8601) way and keeps month arithmetic on real days', () => {
    expect([isoWeek('2026-01-01'), isoWeek('2026-03-29'), isoWeek('2026-10-25'), isoWeek('2026-12-31'), isoWeek('2027-01-03'), isoWeek('2027-01-04')])
      .to.deep.equal([1, 13, 43, 53, 53, 1]);
    expect([addMonths('2026-01-31', 1), addMonths('2024-01-31', 1), addMonths('2026-03-31', -1), addMonths('2026-12-15', 1)])
      .to.deep.equal(['2026-02-28', '2024-02-29', '2026-02-28', '2027-01-15']);
    expect([addDays('2026-03-28', 1), addDays('2026-03-31', 1), addDays('2026-12-31', 1), addDays('2026-03-01', -1)])
      .to.deep.equal(['2026-03-29', '2026-04-01', '2027-01-01', '2026-02-28']);
    expect(monthWeeks('2026-02-10').map((week) => week[0])).to.deep.equal(['2026-01-26', '2026-02-02', '2026-02-09', '2026-02-16', '2026-02-23']);
  });

  it('shows a months-long project once, with its dates, not on every day', async () => {
    const start = addDays(today(), -10);
    const project = sample('langt-prosjekt', {kind: 'project', schedule: {timeZone: 'Europe/Oslo', allDay: true, start, end: addDays(start, 200)}});
    const el = await mount(html`<usht-activity-calendar .client=${clientWith([project])}></usht-activity-calendar>`);
    expect(items(el)).to.have.length(1);
    expect(dayHeadings(el)[0]).to.contain('(i dag)');
    expect(visibleText(items(el)[0])).to.match(/Eksempel: langt-prosjekt \d+\. \S+ \d{4} – \d+\. \S+ \d{4} ·/);
  });
});
