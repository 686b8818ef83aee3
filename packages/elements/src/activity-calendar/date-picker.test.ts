// The date fields and the APG date picker dialog (R8, T3), and the subscribe links (R20), of
// <usht-activity-calendar>. Both load on demand (calendar-extras.ts), so each test waits for the
// part it uses to be there, as a user would see it appear.
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {queryActivities} from '@usht/sdk';
import './usht-activity-calendar.js';
import type {UshtActivityCalendar} from './activity-calendar.js';
import {addDays, addMonths, weekday} from './calendar-model.js';
import {clientWith, today, upcoming} from './activity-calendar.stories.js';
import {formatDate, parsePlainDate} from '../shared/dates.js';
import {captureConsole, visibleText} from '../../../../test/foundation/helpers.js';

const output = captureConsole();
beforeEach(() => output.start());
afterEach(() => output.verify());

const data = upcoming(300, 90);
const root = (el: Element) => el.shadowRoot!;
const one = (el: Element, selector: string) => root(el).querySelector<HTMLElement>(selector)!;
const focused = (el: Element) => root(el).activeElement as HTMLElement | null;
const field = (el: Element, name: 'from' | 'to') => one(el, `#${name}-date`) as HTMLInputElement;
const pick = (el: Element, name: 'from' | 'to') => one(el, `#${name}-pick`) as HTMLButtonElement;
const dialog = (el: Element) => root(el).querySelector<HTMLDialogElement>('dialog');
const status = (el: Element) => one(el, '[role="status"]').textContent!;
const numeric = (key: string) => formatDate('nb', parsePlainDate(key), 'numeric');
const count = (query: {from?: string; to?: string}) => {
  const n = queryActivities(data, {from: today(), ...query}, []).items.length;
  return `${n} ${n === 1 ? 'aktivitet' : 'aktiviteter'}`;
};

/** A calendar with its "more filters" open and its date fields loaded. */
async function mount(template: unknown, open = true): Promise<UshtActivityCalendar> {
  const host = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const el = host.querySelector('usht-activity-calendar')!;
  await waitUntil(() => el.shadowRoot?.querySelector('.filters'), 'the calendar never rendered');
  if (open) {
    const details = one(el, 'details');
    if (!(details as HTMLDetailsElement).open) one(el, 'summary').click();
    await waitUntil(() => el.shadowRoot!.querySelector('#from-date'), 'the date fields never loaded');
  }
  await el.updateComplete;
  return el;
}

/** Focus the picker button of a field with the keyboard: Tab from its text field. */
async function tabToPick(el: UshtActivityCalendar, name: 'from' | 'to'): Promise<void> {
  field(el, name).focus();
  await sendKeys({press: 'Tab'});
  expect(focused(el)).to.equal(pick(el, name));
}

async function openWithKeyboard(el: UshtActivityCalendar, name: 'from' | 'to'): Promise<HTMLDialogElement> {
  await tabToPick(el, name);
  await sendKeys({press: 'Enter'});
  await waitUntil(() => dialog(el)?.open && focused(el)?.dataset.day, 'the picker never opened with focus on a day');
  return dialog(el)!;
}

const activeDay = (el: UshtActivityCalendar) => focused(el)?.dataset.day;

describe('usht-activity-calendar: date fields', () => {
  it('are text fields with a visible format hint tied to them, and a picker button named by its field', async () => {
    const el = await mount(html`<usht-activity-calendar .client=${clientWith(data)}></usht-activity-calendar>`);
    const from = field(el, 'from');
    expect(from.type).to.equal('text');
    expect(one(el, 'label[for="from-date"]').textContent).to.equal('Fra og med dato');
    expect(from.getAttribute('aria-describedby')).to.equal('from-hint');
    expect(visibleText(one(el, '#from-hint'))).to.equal('Format: dd.mm.åååå');
    expect(pick(el, 'from').getAttribute('aria-label')).to.equal('Fra og med dato: velg dato');
    expect(pick(el, 'to').getAttribute('aria-label')).to.equal('Til og med dato: velg dato');
  });

  it('accept dd.mm.åååå, d.m.åååå and ISO dates, filter the list, and show the date the Norwegian way', async () => {
    const el = await mount(html`<usht-activity-calendar .client=${clientWith(data)}></usht-activity-calendar>`);
    const changes: {from: string; to: string}[] = [];
    el.addEventListener('usht-filter-change', (event) => changes.push(event.detail));
    const from = addDays(today(), 10);
    const to = addDays(today(), 40);

    field(el, 'from').focus();
    await sendKeys({type: numeric(from)});
    await sendKeys({press: 'Tab'});
    await waitUntil(() => el.from === from, 'the typed dd.mm.åååå date never applied');
    await waitUntil(() => status(el) === count({from}), 'the list never followed the from date');

    const [y, m, d] = to.split('-').map(Number);
    field(el, 'to').focus();
    await sendKeys({type: `${d}.${m}.${y}`});
    await sendKeys({press: 'Enter'});
    await waitUntil(() => el.to === to, 'the typed d.m.åååå date never applied on Enter');
    await el.updateComplete;
    expect(field(el, 'to').value).to.equal(numeric(to));
    expect(field(el, 'to').hasAttribute('aria-invalid')).to.equal(false);
    await waitUntil(() => status(el) === count({from, to}), 'the list never followed the to date');
    expect(changes.map((c) => [c.from, c.to])).to.deep.equal([[from, ''], [from, to]]);

    const iso = addDays(today(), 12);
    field(el, 'from').select();
    await sendKeys({type: iso});
    await sendKeys({press: 'Tab'});
    await waitUntil(() => el.from === iso, 'the typed ISO date never applied');
    await el.updateComplete;
    expect(field(el, 'from').value).to.equal(numeric(iso));
    expect(pick(el, 'from').getAttribute('aria-label')).to.equal(`Fra og med dato: velg dato, valgt ${formatDate('nb', parsePlainDate(iso))}`);

    // Clearing a field clears its filter.
    field(el, 'from').select();
    await sendKeys({press: 'Backspace'});
    await sendKeys({press: 'Tab'});
    await waitUntil(() => el.from === '', 'clearing the field never cleared the filter');
  });

  it('keep a typed text that is no date, with an error that names the field, and leave the filter as it was', async () => {
    const from = addDays(today(), 5);
    const el = await mount(html`<usht-activity-calendar .client=${clientWith(data)} from=${from}></usht-activity-calendar>`);
    await waitUntil(() => field(el, 'from').value === numeric(from), 'the preset date never showed');
    let fired = 0;
    el.addEventListener('usht-filter-change', () => fired++);
    for (const text of ['31.02.2027', 'neste fredag', '2027-13-01']) {
      field(el, 'from').select();
      await sendKeys({type: text});
      await sendKeys({press: 'Tab'});
      await waitUntil(() => root(el).querySelector('#from-error'), `no error for "${text}"`);
      expect(field(el, 'from').value).to.equal(text);
      expect(field(el, 'from').getAttribute('aria-invalid')).to.equal('true');
      expect(field(el, 'from').getAttribute('aria-describedby')).to.equal('from-hint from-error');
      expect(visibleText(one(el, '#from-error'))).to.equal('Fra og med dato: skriv en dato som finnes, som dd.mm.åååå (for eksempel 03.12.2026).');
      expect(el.from).to.equal(from);
    }
    expect(fired).to.equal(0);
    // A real date clears the error.
    field(el, 'from').select();
    await sendKeys({type: numeric(from)});
    await sendKeys({press: 'Tab'});
    await waitUntil(() => !root(el).querySelector('#from-error'), 'the error stayed after a real date');
    expect(field(el, 'from').hasAttribute('aria-invalid')).to.equal(false);
    // "Clear the filters" also clears what was typed.
    field(el, 'to').focus();
    await sendKeys({type: 'i morgen'});
    await sendKeys({press: 'Tab'});
    await waitUntil(() => root(el).querySelector('#to-error'));
    [...root(el).querySelectorAll('button')].find((b) => b.textContent === 'Nullstill filtrene')!.click();
    await waitUntil(() => !root(el).querySelector('#to-error') && field(el, 'to').value === '' && field(el, 'from').value === '', 'reset left the typed text');
  });

  it('say so when the from date is after the to date', async () => {
    const el = await mount(html`<usht-activity-calendar .client=${clientWith(data)} from=${addDays(today(), 20)} to=${addDays(today(), 10)}></usht-activity-calendar>`);
    await waitUntil(() => root(el).querySelector('#to-error'), 'no message for a from date after the to date');
    expect(visibleText(one(el, '#to-error'))).to.equal('Til og med dato er før fra og med dato, så ingen aktiviteter kan passe.');
    expect(field(el, 'to').getAttribute('aria-describedby')).to.equal('to-hint to-error');
  });

  it('are native date fields until the date picker part has loaded', async () => {
    const el = await mount(html`<usht-activity-calendar .client=${clientWith(data)}></usht-activity-calendar>`, false);
    // Each calendar loads the part when its "more filters" first opens.
    expect((one(el, 'input[name="from"]') as HTMLInputElement).type).to.equal('date');
    one(el, 'summary').click();
    await waitUntil(() => (one(el, 'input[name="from"]') as HTMLInputElement).type === 'text', 'the text field never replaced the native one');
  });
});

describe('usht-activity-calendar: date picker dialog (APG), keyboard only', () => {
  it('opens on the field’s date as a labelled modal dialog and moves by arrows, Home/End, PageUp/PageDown with and without Shift', async () => {
    const start = addDays(today(), 14);
    const el = await mount(html`<usht-activity-calendar .client=${clientWith(data)} from=${start}></usht-activity-calendar>`);
    const box = await openWithKeyboard(el, 'from');
    expect(box.getAttribute('role')).to.equal('dialog');
    expect(box.getAttribute('aria-modal')).to.equal('true');
    const heading = one(el, `#${box.getAttribute('aria-labelledby')}`);
    expect(heading.textContent).to.equal(formatDate('nb', parsePlainDate(start), 'month'));
    expect(activeDay(el)).to.equal(start);
    expect(root(el).querySelectorAll('dialog [tabindex="0"]')).to.have.length(1);
    expect(focused(el)!.getAttribute('aria-selected')).to.equal('true');
    expect([...box.querySelectorAll('th')].map((th) => th.querySelector('.visually-hidden')!.textContent)).to.deep.equal(
      ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag']);

    const steps: [string, (d: string) => string][] = [
      ['ArrowRight', (d) => addDays(d, 1)],
      ['ArrowDown', (d) => addDays(d, 7)],
      ['ArrowLeft', (d) => addDays(d, -1)],
      ['ArrowUp', (d) => addDays(d, -7)],
      ['Home', (d) => addDays(d, -weekday(d))],
      ['End', (d) => addDays(d, 6 - weekday(d))],
      ['PageDown', (d) => addMonths(d, 1)],
      ['PageUp', (d) => addMonths(d, -1)],
      ['Shift+PageDown', (d) => addMonths(d, 12)],
      ['Shift+PageUp', (d) => addMonths(d, -12)],
    ];
    let expected = start;
    for (const [key, move] of steps) {
      expected = move(expected);
      const shift = key.startsWith('Shift+');
      if (shift) await sendKeys({down: 'Shift'});
      await sendKeys({press: key.replace('Shift+', '')});
      if (shift) await sendKeys({up: 'Shift'});
      await waitUntil(() => activeDay(el) === expected, `${key} did not move focus to ${expected} (at ${activeDay(el)})`);
      expect(root(el).querySelectorAll('dialog [tabindex="0"]')).to.have.length(1);
      expect(one(el, '#picker-month').textContent).to.equal(formatDate('nb', parsePlainDate(expected), 'month'));
    }
    expect(el.from).to.equal(start);
  });

  it('keeps Tab inside the dialog, closes on Escape without a change and gives focus back to its button', async () => {
    const el = await mount(html`<usht-activity-calendar .client=${clientWith(data)}></usht-activity-calendar>`);
    await openWithKeyboard(el, 'to');
    expect(activeDay(el)).to.equal(today());
    expect(focused(el)!.getAttribute('aria-current')).to.equal('date');
    const names: string[] = [];
    for (let i = 0; i < 6; i++) {
      await sendKeys({press: 'Tab'});
      const f = focused(el)!;
      expect(f.closest('dialog'), `Tab ${i + 1} left the dialog`).to.equal(dialog(el));
      names.push(f.getAttribute('aria-label') ?? (f.dataset.day ? 'day' : f.textContent!.trim()));
    }
    expect(names).to.deep.equal(['Avbryt', 'Forrige år', 'Forrige måned', 'Neste måned', 'Neste år', 'day']);
    await sendKeys({down: 'Shift'});
    await sendKeys({press: 'Tab'});
    await sendKeys({up: 'Shift'});
    expect(focused(el)!.getAttribute('aria-label')).to.equal('Neste år');
    await sendKeys({press: 'Enter'});
    await waitUntil(() => one(el, '#picker-month').textContent === formatDate('nb', parsePlainDate(addMonths(today(), 12)), 'month'), 'next year did not change the month shown');

    await sendKeys({press: 'Escape'});
    await waitUntil(() => !dialog(el), 'Escape did not close the dialog');
    await waitUntil(() => focused(el) === pick(el, 'to'), 'focus did not return to the picker button');
    expect(el.to).to.equal('');
    expect(field(el, 'to').value).to.equal('');
  });

  it('chooses a day with Enter or Space: the field, the button’s name and the list follow, and focus returns to the button', async () => {
    const el = await mount(html`<usht-activity-calendar .client=${clientWith(data)}></usht-activity-calendar>`);
    await openWithKeyboard(el, 'from');
    await sendKeys({press: 'PageDown'});
    const chosen = addMonths(today(), 1);
    await waitUntil(() => activeDay(el) === chosen);
    await sendKeys({press: 'Enter'});
    await waitUntil(() => !dialog(el) && focused(el) === pick(el, 'from'), 'Enter did not close the dialog and return focus');
    expect(el.from).to.equal(chosen);
    expect(field(el, 'from').value).to.equal(numeric(chosen));
    expect(pick(el, 'from').getAttribute('aria-label')).to.equal(`Fra og med dato: velg dato, valgt ${formatDate('nb', parsePlainDate(chosen))}`);
    await waitUntil(() => status(el) === count({from: chosen}), 'the list never followed the chosen date');

    // Space on the to field, a week on.
    await openWithKeyboard(el, 'to');
    expect(activeDay(el)).to.equal(chosen);
    await sendKeys({press: 'ArrowDown'});
    await sendKeys({press: 'Space'});
    const to = addDays(chosen, 7);
    await waitUntil(() => el.to === to && focused(el) === pick(el, 'to'), 'Space did not choose the day');
    await waitUntil(() => status(el) === count({from: chosen, to}), 'the list never followed the to date');
  });

  it('reflects a chosen date in the URL as YYYY-MM-DD with sync-url', async () => {
    const original = location.href;
    try {
      const el = await mount(html`<usht-activity-calendar sync-url .client=${clientWith(data)}></usht-activity-calendar>`);
      await openWithKeyboard(el, 'from');
      await sendKeys({press: 'ArrowRight'});
      await sendKeys({press: 'Enter'});
      const chosen = addDays(today(), 1);
      await waitUntil(() => el.from === chosen);
      expect(new URL(location.href).searchParams.get('usht-from')).to.equal(chosen);
      expect(el.getAttribute('from') ?? chosen).to.equal(chosen);
    } finally {
      history.replaceState(null, '', original);
    }
  });

  for (const locale of ['nb', 'nn'] as const) {
    it(`passes axe with the dialog open, in its locale's day and month names (${locale})`, async () => {
      const day = '2027-03-10';
      const el = await mount(html`<usht-activity-calendar lang=${locale} .client=${clientWith(data)} include-past from=${day}></usht-activity-calendar>`);
      await openWithKeyboard(el, 'from');
      const box = dialog(el)!;
      expect(one(el, '#picker-month').textContent).to.equal('mars 2027');
      expect(box.querySelector('th .visually-hidden')!.textContent).to.equal(locale === 'nn' ? 'måndag' : 'mandag');
      expect(focused(el)!.textContent).to.include('onsdag 10. mars 2027');
      expect(visibleText(box)).to.include(locale === 'nn' ? 'Piltastane flyttar' : 'Piltastene flytter');
      await expect(el).to.be.accessible();
      await sendKeys({press: 'Escape'});
      await waitUntil(() => !dialog(el));
      await expect(el).to.be.accessible();
    });
  }
});

describe('usht-activity-calendar: subscribe (R20)', () => {
  it('offers a webcal:// link and the https address for an https feed', async () => {
    const el = await mount(html`<usht-activity-calendar .client=${clientWith(data)} subscribe-url="https://kommune.example/usht/aktiviteter.ics"></usht-activity-calendar>`, false);
    await waitUntil(() => root(el).querySelector('[part="subscribe"]'), 'the subscribe links never showed');
    const links = [...root(el).querySelectorAll<HTMLAnchorElement>('[part="subscribe"] a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['webcal://kommune.example/usht/aktiviteter.ics', 'https://kommune.example/usht/aktiviteter.ics']);
    expect(visibleText(one(el, '[part="subscribe"]'))).to.equal('Abonner på kalenderen: Åpne i kalenderprogrammet ditt Adressen til kalenderen (for Google og Outlook)');
    await expect(el).to.be.accessible();
  });

  it('is in the reader’s language', async () => {
    const el = await mount(html`<usht-activity-calendar lang="nn" .client=${clientWith(data)} subscribe-url="https://kommune.example/a.ics"></usht-activity-calendar>`, false);
    await waitUntil(() => root(el).querySelector('[part="subscribe"]'));
    expect(visibleText(one(el, '[part="subscribe"] a'))).to.equal('Opne i kalenderprogrammet ditt');
  });

  it('shows nothing without a subscribe-url', async () => {
    const el = await mount(html`<usht-activity-calendar .client=${clientWith(data)}></usht-activity-calendar>`);
    expect(root(el).querySelector('[part="subscribe"]')).to.equal(null);
    expect(visibleText(root(el).querySelector('[part="base"]'))).not.to.include('Abonner');
  });

  it('ignores a URL that is not https, with one warning', async () => {
    const el = await mount(html`<usht-activity-calendar .client=${clientWith(data)} subscribe-url="http://kommune.example/usht.ics"></usht-activity-calendar>`);
    const warnings: string[] = [];
    await waitUntil(() => warnings.push(...output.take()) > 0, 'no warning for an http URL');
    el.requestUpdate();
    await el.updateComplete;
    expect(root(el).querySelector('[part="subscribe"]')).to.equal(null);
    expect(visibleText(root(el).querySelector('[part="base"]'))).not.to.include('Abonner');
    warnings.push(...output.take());
    expect(warnings).to.deep.equal(['[usht-kit] <usht-activity-calendar>: subscribe-url="http://kommune.example/usht.ics" is not an https URL; no subscribe links are shown.']);
  });
});
