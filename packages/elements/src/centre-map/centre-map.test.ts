import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {nothing} from 'lit';
import {a11ySnapshot, sendKeys, setViewport} from '@web/test-runner-commands';
import './usht-centre-map.js';
import type {UshtCentreMap} from './centre-map.js';
import type {UshtCentreSelectEvent} from './centre-map.events.js';
import {captureConsole, visibleText} from '../../../../test/foundation/helpers.js';
import {itExceptIn, itInChromium} from '../../../../test/helpers/engine.js';
import type {UshtClient} from '@usht/sdk';
import {clientOn, emptySource, failingOnceSource, networkError, neverResolvingSource, realSource, withInvalidRecordsSource, withSampleContactsSource} from '../../../../stories/shared/fake-sources.js';
import {catchErrors, nextFrame} from '../../../../test/helpers/dom.js';
import {sampleCounties, unusableCentres} from './centre-map.stories.js';

const output = captureConsole();
beforeEach(() => output.start());
afterEach(async () => {
  output.verify();
  await setViewport({width: 800, height: 600});
});

interface AxNode {
  role: string;
  name: string;
  children?: AxNode[];
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];

async function ready(el: UshtCentreMap): Promise<UshtCentreMap> {
  await waitUntil(() => el.shadowRoot?.querySelector('.root, [role="alert"]'), 'the map never left its loading state');
  await el.updateComplete;
  return el;
}

async function mount(template: unknown): Promise<UshtCentreMap> {
  return ready(await fixture<UshtCentreMap>(template as ReturnType<typeof html>));
}

/** The element that has focus, looking into shadow roots. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const accessibleName = (el: Element) => el.getAttribute('aria-label') ?? el.querySelector('title')?.textContent ?? el.textContent?.trim() ?? '';
const markers = (el: Element) => $$<SVGGElement>(el, '.marker');
const selectedMarker = (el: Element) => markers(el).find((m) => m.getAttribute('aria-selected') === 'true');
/** The centres whose details are open, by the name on their button. */
const opened = (el: Element) => $$(el, 'button.centre[aria-expanded="true"]').map((b) => b.textContent?.trim());
const centreButton = (el: Element, name: string) => $$<HTMLButtonElement>(el, 'button.centre').find((b) => b.textContent === name)!;
/** The details a centre's button controls (undefined while closed). */
const detailsOf = (el: Element, name: string) => {
  const id = centreButton(el, name).getAttribute('aria-controls');
  return id ? el.shadowRoot!.getElementById(id) ?? undefined : undefined;
};
/** Waits until a centre's details are rendered (their code loads on the first opening). */
const openedDetails = async (el: Element, name: string) => {
  await waitUntil(() => detailsOf(el, name), `the details of ${name} never showed`);
  return detailsOf(el, name)!;
};
/** What a sighted reader sees, with the spaces text-node joins leave inside brackets removed. */
const seen = (el: Element) => visibleText(el).replace(/\( /g, '(').replace(/ \)/g, ')');
const answer = (el: Element) => $(el, '[part="answer"]').textContent?.trim() ?? '';

/** Focuses the finder and waits for its code (it loads on the first focus), so typing is searched at once. */
async function finderReady(el: UshtCentreMap): Promise<void> {
  const input = $<HTMLInputElement>(el, 'input');
  input.focus();
  input.value = 'o';
  input.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true, inputType: 'insertText', data: 'o'}));
  await waitUntil(() => $$(el, 'li[role="option"]').length, 'the finder never suggested anything');
  input.value = '';
  input.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true, inputType: 'deleteContentBackward'}));
  await el.updateComplete;
}

/**
 * A client on the embedded data that counts its calls for the municipalities and the counties;
 * `fail` makes those calls reject, as a feed that is down would, while it returns true.
 */
function recordingClient(fail: () => boolean = () => false) {
  const base = clientOn(realSource());
  const calls = {municipalities: 0, counties: 0};
  const client: UshtClient = {
    ...base,
    municipalities: (...args) => {
      calls.municipalities++;
      return fail() ? Promise.reject(networkError('municipalities')) : base.municipalities(...args);
    },
    counties: (...args) => {
      calls.counties++;
      return base.counties(...args);
    },
  };
  return {client, calls};
}

/** The facts each centre shows in the list, in order. */
const summaries = (el: Element) => $$(el, '.summary').map((p) => p.textContent);

/** Types into the finder the way input arrives from a keyboard, then presses Enter. */
async function typeAndEnter(el: UshtCentreMap, text: string): Promise<void> {
  const input = $<HTMLInputElement>(el, 'input');
  input.value = text;
  input.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true, inputType: 'insertText', data: text}));
  await el.updateComplete;
  input.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', bubbles: true, composed: true, cancelable: true}));
  await el.updateComplete;
}

describe('usht-centre-map', () => {
  it('lists all 21 centres before the map, each with host and area, and opens a centre\'s details as a disclosure', async () => {
    const el = await mount(html`<usht-centre-map></usht-centre-map>`);
    const items = $$(el, '[part="item"]');
    expect(items).to.have.length(21);
    expect($(el, '#list-heading').textContent).to.contain('21 utviklingssentre');
    const list = $(el, '[part="list"]');
    const map = $(el, 'svg.map');
    expect(list.compareDocumentPosition(map) & Node.DOCUMENT_POSITION_FOLLOWING, 'list comes before the map').to.be.greaterThan(0);
    const troms = items.find((i) => i.textContent?.includes('USHT Troms'))!;
    // Host and area only: the number of municipalities comes with the details (they load on demand).
    expect(seen(troms)).to.contain('Vertskommune: Tromsø Område: Troms');
    expect(seen(troms)).not.to.contain('kommuner');
    // Closed: every centre a button that says so, and none of the details yet.
    expect($$(el, 'button.centre').map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(Array(21).fill('false'));
    expect($$(el, '[part="details"]')).to.have.length(0);
    const hedmark = items.find((i) => i.textContent?.includes('USHT Hedmark'))!;
    expect(seen(hedmark)).not.to.contain('Satellittkommuner');
    centreButton(el, 'USHT Hedmark').focus();
    await sendKeys({press: 'Enter'});
    const details = await openedDetails(el, 'USHT Hedmark');
    expect(opened(el)).to.deep.equal(['USHT Hedmark']);
    expect(details.getAttribute('role')).to.equal('group');
    expect(details.getAttribute('aria-labelledby')).to.equal(centreButton(el, 'USHT Hedmark').id);
    expect(seen(details)).to.contain('Satellittkommuner: Elverum (ikke bekreftet), Stange (ikke bekreftet)');
    await waitUntil(() => seen(details).includes('kommuner hører til senteret:'), 'the details never named the municipalities served');
    expect(seen(details)).to.match(/22 kommuner hører til senteret: .*Hamar, .*Stange/);
    expect(details.querySelector('a')!.getAttribute('href')).to.match(/^https:\/\/www\.hamar\.kommune\.no\//);
    expect(focused(), 'opening from the list leaves focus on its button').to.equal(centreButton(el, 'USHT Hedmark'));
    await expect(el).to.be.accessible();
    // A second centre opens beside it; Space closes the first again.
    centreButton(el, 'USHT Oslo').click();
    await openedDetails(el, 'USHT Oslo');
    expect(opened(el)).to.deep.equal(['USHT Oslo', 'USHT Hedmark']);
    centreButton(el, 'USHT Hedmark').focus();
    await sendKeys({press: 'Space'});
    await el.updateComplete;
    expect(opened(el)).to.deep.equal(['USHT Oslo']);
    expect(detailsOf(el, 'USHT Hedmark')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('renders the list without the municipalities or counties, and asks for them once, when the finder is first focused', async () => {
    const {client, calls} = recordingClient();
    const el = await mount(html`<usht-centre-map .client=${client}></usht-centre-map>`);
    expect($$(el, '[part="item"]')).to.have.length(21);
    expect(markers(el)).to.have.length(20);
    await nextFrame();
    expect(calls, 'nothing the first render shows needs them').to.deep.equal({municipalities: 0, counties: 0});
    const list = summaries(el);
    const input = $<HTMLInputElement>(el, 'input');
    input.focus();
    await waitUntil(() => calls.municipalities === 1, 'focusing the finder did not ask for the municipalities');
    expect(calls.counties).to.equal(1);
    await sendKeys({type: 'tromso'});
    await waitUntil(() => input.getAttribute('aria-expanded') === 'true', 'no suggestions for "tromso"');
    await sendKeys({press: 'Enter'});
    await waitUntil(() => detailsOf(el, 'USHT Troms') && seen(detailsOf(el, 'USHT Troms')!).includes('kommuner hører til senteret:'), 'the details of USHT Troms never named what it serves');
    // Used again, and a centre opened from the list: the municipalities are not asked for twice.
    input.blur();
    input.focus();
    centreButton(el, 'USHT Oslo').click();
    await openedDetails(el, 'USHT Oslo');
    await nextFrame();
    expect(calls).to.deep.equal({municipalities: 1, counties: 1});
    expect(summaries(el), 'nothing in the list changed after its first render').to.deep.equal(list);
  });

  it('names the municipalities a centre serves, and how many, in its opened details, in nb, nn and en', async () => {
    const expected = {
      nb: ['21 kommuner hører til senteret: Balsfjord, Bardu, ', '1 kommune hører til senteret: Oslo'],
      nn: ['21 kommunar høyrer til senteret: Balsfjord, Bardu, ', '1 kommune høyrer til senteret: Oslo'],
      en: ['21 municipalities are served by the centre: Balsfjord, Bardu, ', '1 municipality is served by the centre: Oslo'],
    };
    for (const [lang, [troms, oslo]] of Object.entries(expected)) {
      const el = await mount(html`<usht-centre-map lang=${lang}></usht-centre-map>`);
      const list = summaries(el);
      centreButton(el, 'USHT Troms').click();
      centreButton(el, 'USHT Oslo').click();
      centreButton(el, 'USHT for den samiske befolkningen').click();
      const details = await openedDetails(el, 'USHT Troms');
      await waitUntil(() => seen(details).includes(troms!), `${lang}: the details of USHT Troms say "${seen(details)}"`);
      expect(seen(await openedDetails(el, 'USHT Oslo')), lang).to.contain(oslo);
      // The centre for the Sami population serves no municipality of its own: no line for it.
      expect(seen(await openedDetails(el, 'USHT for den samiske befolkningen')), lang).not.to.match(/senteret:|by the centre:/);
      expect(summaries(el), `${lang}: the list is as it was`).to.deep.equal(list);
      await expect(el).to.be.accessible();
    }
  });

  it('shows what a centre\'s details have while its municipalities load, and then the municipalities', async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const base = clientOn(realSource());
    const client: UshtClient = {...base, municipalities: async (...args) => gate.then(() => base.municipalities(...args))};
    const el = await mount(html`<usht-centre-map .client=${client}></usht-centre-map>`);
    centreButton(el, 'USHT Hedmark').click();
    const details = await openedDetails(el, 'USHT Hedmark');
    expect(seen(details)).to.equal('Satellittkommuner: Elverum (ikke bekreftet), Stange (ikke bekreftet) Nettside: hamar.kommune.no Laster inn …');
    release();
    await waitUntil(() => seen(details).includes('22 kommuner hører til senteret:'), 'the municipalities never showed');
    expect(seen(details)).not.to.contain('Laster inn');
  });

  it('shows a preselected centre\'s municipalities in its first render', async () => {
    const el = await mount(html`<usht-centre-map selected="troms"></usht-centre-map>`);
    expect(seen(detailsOf(el, 'USHT Troms')!)).to.contain('21 kommuner hører til senteret: Balsfjord');
  });

  it('keeps the list, says in words when the municipalities cannot be loaded, and loads them again at the next need', async () => {
    const caught = catchErrors();
    try {
      let failing = true;
      const {client} = recordingClient(() => failing);
      const el = await mount(html`<usht-centre-map .client=${client}></usht-centre-map>`);
      expect($$(el, '[part="item"]')).to.have.length(21);
      // The details show what they have, and say what they could not get.
      centreButton(el, 'USHT Hedmark').click();
      const details = await openedDetails(el, 'USHT Hedmark');
      await waitUntil(() => details.querySelector('[role="alert"]'), 'the details never said the municipalities failed');
      expect(visibleText(details.querySelector('[role="alert"]'))).to.equal('Klarte ikke å hente kommunene som hører til senteret. Prøv igjen');
      expect(seen(details)).to.contain('Satellittkommuner: Elverum');
      expect(seen(details)).not.to.match(/kommuner hører til senteret:/);
      await expect(el).to.be.accessible();
      // The finder says so too, in its answer.
      const input = $<HTMLInputElement>(el, 'input');
      input.focus();
      await sendKeys({type: 'tromso'});
      await waitUntil(() => answer(el) === 'Klarte ikke å hente dataene.', `the finder answered "${answer(el)}"`);
      expect(input.getAttribute('aria-expanded')).to.equal('false');
      // The feed is back: typing asks again, and the finder answers.
      failing = false;
      await sendKeys({type: ' '});
      await sendKeys({press: 'Backspace'});
      await waitUntil(() => input.getAttribute('aria-expanded') === 'true', 'no suggestions once the municipalities loaded');
      expect(answer(el)).to.equal('');
      expect(seen(details)).to.match(/22 kommuner hører til senteret: .*Hamar/);
      expect(details.querySelector('[role="alert"]')).to.equal(null);
      await nextFrame();
      expect(caught.errors, 'no uncaught error or unhandled rejection').to.deep.equal([]);
    } finally {
      caught.restore();
    }
  });

  it('loads the municipalities again from the details\' "try again", keeping focus there, in nn', async () => {
    const caught = catchErrors();
    try {
      let failing = true;
      const {client} = recordingClient(() => failing);
      const el = await mount(html`<usht-centre-map lang="nn" selected="oslo" .client=${client}></usht-centre-map>`);
      const details = detailsOf(el, 'USHT Oslo')!;
      expect(visibleText(details.querySelector('[role="alert"]')), 'a preselected centre says so in its first render').to.equal('Klarte ikkje å hente kommunane som høyrer til senteret. Prøv igjen');
      failing = false;
      details.querySelector<HTMLButtonElement>('button.retry')!.focus();
      await sendKeys({press: 'Enter'});
      await waitUntil(() => seen(details).includes('1 kommune høyrer til senteret: Oslo'), 'try again did not load the municipalities');
      expect(focused(), 'focus stays in the details').to.equal(details);
      await nextFrame();
      expect(caught.errors).to.deep.equal([]);
    } finally {
      caught.restore();
    }
  });

  it('lists contact people with their e-mail and phone links, and no contact row where a centre has none', async () => {
    const el = await mount(html`<usht-centre-map .client=${clientOn(withSampleContactsSource())}></usht-centre-map>`);
    centreButton(el, 'USHT Troms').click();
    centreButton(el, 'USHT Finnmark').click();
    const troms = await openedDetails(el, 'USHT Troms');
    expect(seen(troms)).to.contain('Kontakt: Kari Testperson, rådgiver kari@example.no +47 12 34 56 78 Ola Testperson ola@example.no');
    const links = [...troms.querySelectorAll('a')].filter((a) => a.checkVisibility());
    expect(links.map((a) => a.getAttribute('href'))).to.include.members(['mailto:kari@example.no', 'tel:+4712345678', 'mailto:ola@example.no']);
    expect(links.every((a) => a.hasAttribute('href')), 'every link a reader meets goes somewhere').to.equal(true);
    expect(seen(await openedDetails(el, 'USHT Finnmark'))).not.to.contain('Kontakt');
    await expect(el).to.be.accessible();
  });

  it('says the data cannot be used when no centre in it is valid, in nb, nn and en, and logs where it is broken', async () => {
    const expected = {
      nb: 'Sentrene kan ikke vises: alle 2 oppføringene i datakilden er ugyldige.',
      nn: 'Sentera kan ikkje visast: alle dei 2 oppføringane i datakjelda er ugyldige.',
      en: 'The centres cannot be shown: all 2 records in the data source are invalid.',
    };
    for (const [lang, text] of Object.entries(expected)) {
      const el = await fixture<UshtCentreMap>(html`<usht-centre-map lang=${lang} .client=${clientOn(withInvalidRecordsSource(emptySource(), unusableCentres))}></usht-centre-map>`);
      await waitUntil(() => el.shadowRoot?.querySelector('[part="state"]:not([data-kind="loading"])'), `${lang}: no state shown`);
      const state = $(el, '[part="state"]');
      expect(state.textContent?.trim(), lang).to.equal(text);
      expect(state.getAttribute('role')).to.equal('status');
      expect(seen(el), `${lang}: not "nothing found"`).not.to.match(/Ingen treff|Nothing found/);
      await expect(el).to.be.accessible();
    }
    // Once per page and data: the web team reads which records, and which of their fields, failed.
    expect(output.take()).to.deep.equal([
      '[usht-kit] <usht-centre-map>: none of the 2 centres in the data source is valid, so none is shown: centres[0] (host); centres[1] (id, name).',
    ]);
    // A source with no centres at all is still "nothing found", and says nothing to the console.
    const empty = await fixture<UshtCentreMap>(html`<usht-centre-map .client=${clientOn(emptySource())}></usht-centre-map>`);
    await waitUntil(() => empty.shadowRoot?.querySelector('[part="state"]:not([data-kind="loading"])'));
    expect($(empty, '[part="state"]').textContent?.trim()).to.equal('Ingen treff.');
    expect($(empty, '[part="state"]').hasAttribute('data-kind')).to.equal(false);
  });

  it('puts its headings at the level the host asks for, within what ARIA allows', async () => {
    for (const [attribute, expected] of [[undefined, '2'], ['4', '4'], ['9', '6'], ['1', '2'], ['fire', '2']] as const) {
      const el = await mount(html`<usht-centre-map selected="troms" heading-level=${attribute ?? nothing}></usht-centre-map>`);
      const levels = $$(el, '[role="heading"]').map((h) => h.getAttribute('aria-level'));
      expect(levels, `heading-level=${attribute}: the list's heading`).to.deep.equal([expected]);
    }
  });

  itInChromium('keeps every centre in the accessibility tree, those below the fold too (Chromium only: reads the accessibility tree over CDP)', async () => {
    // A screen reader reads the list from the accessibility tree, not the screen: a centre left out
    // of it until it is scrolled into view (content-visibility, virtual lists) cannot be found.
    const el = await mount(html`<usht-centre-map></usht-centre-map>`);
    const tree = (await a11ySnapshot({})) as unknown as AxNode;
    const names: string[] = [];
    const walk = (node: AxNode) => {
      if (node.role === 'button' && node.name.startsWith('USHT')) names.push(node.name);
      node.children?.forEach(walk);
    };
    walk(tree);
    expect(names).to.have.length(21);
    const last = $$(el, '[part="item"]').at(-1)!;
    expect(last.getBoundingClientRect().top, 'the last centre is below the fold').to.be.greaterThan(window.innerHeight);
    expect(names.at(-1)).to.equal(last.querySelector('button')!.textContent);
  });

  it('says the Østfold host is not confirmed and leaves it off the map', async () => {
    const el = await mount(html`<usht-centre-map></usht-centre-map>`);
    const ostfold = $$(el, '[part="item"]').find((i) => i.textContent?.includes('USHT Østfold'))!;
    expect(seen(ostfold)).to.contain('Vertskommune: ikke bekreftet (kanskje Indre Østfold)');
    expect(seen(ostfold)).to.contain('Ikke vist på kartet.');
    expect(markers(el)).to.have.length(20);
    expect(markers(el).some((m) => accessibleName(m).includes('Østfold'))).to.equal(false);
  });

  it('opens a centre from the list with the keyboard, fires usht-centre-select and syncs the map', async () => {
    const el = await mount(html`<usht-centre-map></usht-centre-map>`);
    centreButton(el, 'USHT Vestfold').focus();
    const event = oneEvent(el, 'usht-centre-select') as Promise<UshtCentreSelectEvent>;
    await sendKeys({press: 'Enter'});
    expect((await event).detail.centreId).to.equal('vestfold');
    await el.updateComplete;
    expect(opened(el)).to.deep.equal(['USHT Vestfold']);
    expect(el.selected).to.equal('vestfold');
    expect(accessibleName(selectedMarker(el)!)).to.equal('USHT Vestfold, Sandefjord');
    expect(seen(await openedDetails(el, 'USHT Vestfold'))).to.contain('Nettside:');
    // The marker of the selection takes the map's tab stop.
    expect(selectedMarker(el)!.getAttribute('tabindex')).to.equal('0');
  });

  it('is one tab stop on the map: arrows, Home and End move, Enter and Space open the centre in the list, Tab leaves', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><usht-centre-map></usht-centre-map><button>after</button></div>`);
    const el = await ready(wrapper.querySelector('usht-centre-map')!);
    expect(markers(el).filter((m) => m.getAttribute('tabindex') === '0')).to.have.length(1);
    $<HTMLAnchorElement>(el, '.skip').focus();
    await sendKeys({press: 'Tab'});
    expect(accessibleName(focused()!)).to.equal('USHT Finnmark, Sør-Varanger');
    await sendKeys({press: 'ArrowDown'});
    await el.updateComplete;
    expect(accessibleName(focused()!)).to.equal('USHT for den samiske befolkningen, Kárášjohka - Karasjok');
    await sendKeys({press: 'ArrowRight'});
    await el.updateComplete;
    expect(accessibleName(focused()!)).to.equal('USHT Troms, Tromsø');
    await sendKeys({press: 'Enter'});
    // The centre's details open in the list, and focus goes there: what a person reads next.
    const troms = await openedDetails(el, 'USHT Troms');
    await el.updateComplete;
    expect(opened(el)).to.deep.equal(['USHT Troms']);
    expect(focused(), 'focus moves to the details').to.equal(troms);
    expect(selectedMarker(el)!.getAttribute('tabindex'), 'the chosen marker keeps the map\'s tab stop').to.equal('0');
    // Back to the map: its one tab stop is the marker chosen last.
    $<HTMLAnchorElement>(el, '.skip').focus();
    await sendKeys({press: 'Tab'});
    expect(accessibleName(focused()!)).to.equal('USHT Troms, Tromsø');
    await sendKeys({press: 'End'});
    await el.updateComplete;
    expect(accessibleName(focused()!)).to.equal('USHT Hedmark, Hamar');
    await sendKeys({press: 'ArrowUp'});
    await el.updateComplete;
    const event = oneEvent(el, 'usht-centre-select') as Promise<UshtCentreSelectEvent>;
    await sendKeys({press: 'Space'});
    expect((await event).detail.centreId).to.equal('oppland');
    await el.updateComplete;
    expect(opened(el)).to.deep.equal(['USHT Troms', 'USHT Oppland']);
    expect(focused()).to.equal(await openedDetails(el, 'USHT Oppland'));
    expect(accessibleName(selectedMarker(el)!)).to.equal('USHT Oppland, Gjøvik');
    $<HTMLAnchorElement>(el, '.skip').focus();
    await sendKeys({press: 'Tab'});
    await sendKeys({press: 'Home'});
    await el.updateComplete;
    expect(accessibleName(focused()!)).to.equal('USHT Finnmark, Sør-Varanger');
    await sendKeys({press: 'Tab'});
    expect(focused()!.classList.contains('marker'), 'Tab leaves the map').to.equal(false);
    await sendKeys({down: 'Shift'});
    await sendKeys({press: 'Tab'});
    await sendKeys({up: 'Shift'});
    expect(accessibleName(focused()!), 'Shift+Tab returns to the marker that had focus').to.equal('USHT Finnmark, Sør-Varanger');
    for (let i = 0; i < 5 && focused()?.textContent !== 'after'; i++) await sendKeys({press: 'Tab'});
    expect(focused()!.textContent, 'no keyboard trap').to.equal('after');
  });

  it('opens a centre clicked on the map in the list and moves focus there', async () => {
    const el = await mount(html`<usht-centre-map></usht-centre-map>`);
    const event = oneEvent(el, 'usht-centre-select') as Promise<UshtCentreSelectEvent>;
    markers(el).find((m) => accessibleName(m).startsWith('USHT Rogaland'))!.dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true}));
    expect((await event).detail.centreId).to.equal('rogaland');
    const details = await openedDetails(el, 'USHT Rogaland');
    await el.updateComplete;
    expect(focused()).to.equal(details);
    expect(details.getBoundingClientRect().top, 'scrolled into view').to.be.lessThan(window.innerHeight);
    await expect(el).to.be.accessible();
  });

  it('has a skip link past the map', async () => {
    const el = await mount(html`<usht-centre-map></usht-centre-map>`);
    const skip = $<HTMLAnchorElement>(el, '.skip');
    expect(skip.textContent).to.equal('Hopp over kartet');
    skip.focus();
    expect(skip.getBoundingClientRect().width, 'visible when focused').to.be.greaterThan(24);
    await sendKeys({press: 'Enter'});
    const after = $(el, '#after-map');
    expect(focused()).to.equal(after);
    expect(after.compareDocumentPosition($(el, 'svg.map')) & Node.DOCUMENT_POSITION_PRECEDING, 'past the map').to.be.greaterThan(0);
  });

  it('leaves arrow keys and scrolling to the page until a marker has focus', async () => {
    const el = await mount(html`<usht-centre-map></usht-centre-map>`);
    const outside = new KeyboardEvent('keydown', {key: 'ArrowDown', bubbles: true, cancelable: true});
    el.dispatchEvent(outside);
    expect(outside.defaultPrevented).to.equal(false);
    const wheel = new WheelEvent('wheel', {deltaY: 100, bubbles: true, cancelable: true});
    $(el, 'svg.map').dispatchEvent(wheel);
    expect(wheel.defaultPrevented).to.equal(false);
  });

  it('finds a municipality typed without diacritics, in old spelling or by a short name, and announces its centre', async () => {
    const el = await mount(html`<usht-centre-map></usht-centre-map>`);
    const input = $<HTMLInputElement>(el, 'input');
    input.focus();
    await sendKeys({type: 'tromso'});
    // The finder's code loads when the input first gets focus; what was typed meanwhile is searched then.
    await waitUntil(() => input.getAttribute('aria-expanded') === 'true', 'no suggestions for "tromso"');
    expect($$(el, 'li[role="option"]')[0]!.textContent).to.contain('Tromsø');
    await expect(el).to.be.accessible();
    const event = oneEvent(el, 'usht-centre-select') as Promise<UshtCentreSelectEvent>;
    await sendKeys({press: 'Enter'});
    expect((await event).detail.centreId).to.equal('troms');
    await el.updateComplete;
    expect(answer(el)).to.equal('Tromsø hører til USHT Troms.');
    expect($(el, '[part="answer"]').getAttribute('role')).to.equal('status');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(opened(el)).to.deep.equal(['USHT Troms']);
    expect(focused(), 'the answer opens the centre and moves focus to its details').to.equal(await openedDetails(el, 'USHT Troms'));

    for (const [typed, expected] of [
      ['aalesund', 'Ålesund hører til USHT Møre og Romsdal.'],
      ['bo', 'Bø hører til USHT Nordland.'],
      ['trondhiem', 'Trondheim - Tråante hører til USHT Sør-Trøndelag.'],
      ['karasjok', 'Kárášjohka - Karasjok hører til USHT Finnmark.'],
    ] as const) {
      input.focus();
      input.select();
      await sendKeys({type: typed});
      await el.updateComplete;
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(answer(el), typed).to.equal(expected);
    }
  });

  it('shows the county beside duplicate names and asks which Herøy is meant', async () => {
    const el = await mount(html`<usht-centre-map></usht-centre-map>`);
    const input = $<HTMLInputElement>(el, 'input');
    input.focus();
    await sendKeys({type: 'Herøy'});
    await waitUntil(() => $$(el, 'li[role="option"]').length > 1, 'no suggestions for "Herøy"');
    const options = $$(el, 'li[role="option"]').map((o) => o.textContent?.replace(/\s+/g, ' ').trim());
    expect(options.slice(0, 2)).to.deep.equal(['Herøy (Møre og Romsdal) 1515', 'Herøy (Nordland) 1818']);
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(answer(el)).to.equal('Flere kommuner heter Herøy. Velg riktig kommune i lista.');
    expect(opened(el), 'nothing is guessed').to.deep.equal([]);
    await sendKeys({press: 'ArrowDown'});
    await el.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).to.equal('municipality-1818');
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(answer(el)).to.equal('Herøy (Nordland) hører til USHT Nordland.');
    expect(opened(el)).to.deep.equal(['USHT Nordland']);
  });

  it('says so when nothing matches, and Escape closes the suggestions and then clears', async () => {
    const el = await mount(html`<usht-centre-map lang="nn"></usht-centre-map>`);
    const input = $<HTMLInputElement>(el, 'input');
    input.focus();
    await sendKeys({type: 'xq'});
    await waitUntil(() => answer(el), 'no answer for "xq"');
    expect(answer(el)).to.equal('Fann ingen kommune som passar til «xq».');
    input.select();
    await sendKeys({type: 'berg'});
    await el.updateComplete;
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({press: 'Escape'});
    await el.updateComplete;
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({press: 'Escape'});
    await el.updateComplete;
    expect(input.value).to.equal('');
  });

  it('resolves every municipality of the embedded data, by number and by name, to its centre', async function () {
    this.timeout(60_000);
    const el = await mount(html`<usht-centre-map></usht-centre-map>`);
    await finderReady(el);
    const {items} = await realSource().municipalities();
    const counties = new Map((await realSource().counties()).items.map((c) => [c.number, c.name]));
    const centres = new Map((await realSource().centres()).items.map((c) => [c.id, c.name]));
    const names = new Map<string, number>();
    for (const m of items) names.set(m.name, (names.get(m.name) ?? 0) + 1);
    expect(items).to.have.length(357);
    const wrong: string[] = [];
    for (const m of items) {
      const label = names.get(m.name)! > 1 ? `${m.name} (${counties.get(m.county)})` : m.name;
      for (const typed of [m.number, label]) {
        await typeAndEnter(el, typed);
        const heard = answer(el);
        if (el.selected !== m.centreId || !heard.startsWith(`${label} hører til ${centres.get(m.centreId)}.`)) wrong.push(`${typed} → ${el.selected}: ${heard}`);
      }
    }
    expect(wrong).to.deep.equal([]);
  });

  it('preselects from attributes without firing events', async () => {
    let events = 0;
    const listener = () => events++;
    document.addEventListener('usht-centre-select', listener);
    try {
      const bySelected = await mount(html`<usht-centre-map selected="helse-fonna"></usht-centre-map>`);
      expect(opened(bySelected)).to.deep.equal(['USHT Helse Fonna']);
      expect(accessibleName(selectedMarker(bySelected)!)).to.equal('USHT Helse Fonna, Haugesund');
      const byMunicipality = await mount(html`<usht-centre-map municipality="1820"></usht-centre-map>`);
      expect(answer(byMunicipality)).to.equal('Alstahaug hører til USHT Nordland.');
      expect($<HTMLInputElement>(byMunicipality, 'input').value).to.equal('Alstahaug');
      expect(opened(byMunicipality)).to.deep.equal(['USHT Nordland']);
      byMunicipality.municipality = 'Karasjok';
      await byMunicipality.updateComplete;
      expect(answer(byMunicipality)).to.equal('Kárášjohka - Karasjok hører til USHT Finnmark.');
      bySelected.selected = 'oslo';
      await bySelected.updateComplete;
      // Each disclosure is the reader's: choosing another centre opens it beside the first.
      expect(opened(bySelected)).to.have.members(['USHT Helse Fonna', 'USHT Oslo']);
      expect(bySelected.selected).to.equal('oslo');
      await expect(bySelected).to.be.accessible();
      expect(events).to.equal(0);
    } finally {
      document.removeEventListener('usht-centre-select', listener);
    }
  });

  it('shows an unknown selected id and warns once, in nb and nn', async () => {
    const el = await mount(html`<usht-centre-map selected="usht-trøms"></usht-centre-map>`);
    expect(visibleText($(el, '[part="note"]'))).to.equal('Fant ikke utviklingssenteret «usht-trøms».');
    const nn = await mount(html`<usht-centre-map lang="nn" selected="usht-trøms"></usht-centre-map>`);
    expect(visibleText($(nn, '[part="note"]'))).to.equal('Fann ikkje utviklingssenteret «usht-trøms».');
    const warnings = output.take();
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('unknown selected="usht-trøms"').and.contain('troms');
    expect(opened(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
    await expect(nn).to.be.accessible();
  });

  it('shows an unknown municipality and warns once', async () => {
    const el = await mount(html`<usht-centre-map municipality="9998"></usht-centre-map>`);
    expect(visibleText($(el, '[part="note"]'))).to.equal('Fant ingen kommune med navnet eller nummeret «9998».');
    const warnings = output.take();
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('municipality="9998"');
    await expect(el).to.be.accessible();
  });

  it('draws a county layer under the markers and marks the selected centre\'s county', async () => {
    const counties = await sampleCounties();
    const el = await mount(html`<usht-centre-map selected="hedmark" .counties=${counties}></usht-centre-map>`);
    const shapes = $$(el, 'svg.map > g > path.county');
    expect(shapes).to.have.length(15);
    expect(shapes.filter((s) => s.hasAttribute('data-current'))).to.have.length(1);
    const layer = $(el, 'svg.map > g[aria-hidden="true"]');
    expect(layer.compareDocumentPosition(markers(el)[0]!) & Node.DOCUMENT_POSITION_FOLLOWING, 'markers are drawn over the layer').to.be.greaterThan(0);
    expect(visibleText($(el, '.attribution'))).to.equal('Kart: Natural Earth · Eksempeldata');
    await expect(el).to.be.accessible();
  });

  it('says when the county GeoJSON is unusable, warns once and keeps the map working', async () => {
    const utm = {type: 'FeatureCollection', features: [{type: 'Feature', id: '03', geometry: {type: 'Polygon', coordinates: [[[261000, 6649000], [270000, 6649000], [270000, 6660000], [261000, 6649000]]]}}]};
    const el = await mount(html`<usht-centre-map lang="nn" .counties=${utm}></usht-centre-map>`);
    expect(visibleText($(el, '[part="note"]'))).to.equal('Fylkesgrensene kan ikkje visast fordi kartdataa for dei er ugyldige.');
    const warnings = output.take();
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('features[0]').and.contain('EPSG:4326');
    expect($$(el, 'path.county')).to.have.length(0);
    expect(markers(el)).to.have.length(20);
    el.counties = {type: 'Topology'};
    await el.updateComplete;
    expect(output.take()[0]).to.contain('FeatureCollection');
    await expect(el).to.be.accessible();
  });

  itExceptIn('webkit')('keeps marker targets at least 24 px and apart at 320 px (not in WebKit: MiniBrowser\'s window is at least 447 px wide)', async () => {
    await setViewport({width: 320, height: 640});
    const el = await mount(html`<usht-centre-map selected="oslo"></usht-centre-map>`);
    await waitUntil(() => {
      const width = $(el, 'svg.map').getBoundingClientRect().width;
      return width < 320 && Math.abs(Number($(el, '.hit').getAttribute('r')) * 2 * (width / 1000) - 28) < 1;
    }, 'markers were not sized for the rendered map');
    const boxes = $$(el, '.hit').map((h) => h.getBoundingClientRect());
    for (const box of boxes) {
      expect(box.width).to.be.at.least(24);
      expect(box.height).to.be.at.least(24);
    }
    const centres = boxes.map((b) => [b.x + b.width / 2, b.y + b.height / 2] as const);
    for (let i = 0; i < centres.length; i++) {
      for (let j = i + 1; j < centres.length; j++) {
        expect(Math.hypot(centres[i]![0] - centres[j]![0], centres[i]![1] - centres[j]![1]), `markers ${i} and ${j}`).to.be.at.least(24);
      }
    }
    expect(document.documentElement.scrollWidth, 'no sideways scrolling at 320 px').to.be.at.most(320);
    await expect(el).to.be.accessible();
  });

  it('marks the selected marker by shape and outline, not colour alone', async () => {
    const el = await mount(html`<usht-centre-map selected="bergen-finnes-ikke"></usht-centre-map>`);
    output.take();
    el.selected = 'hordaland';
    await el.updateComplete;
    const chosen = selectedMarker(el)!;
    const other = markers(el).find((m) => m !== chosen)!;
    // A round dot is drawn with arcs, the diamond with straight lines only.
    const shape = (marker: Element) => (/a/i.test(marker.querySelector('.dot')!.getAttribute('d')!) ? 'round' : 'diamond');
    expect(shape(chosen)).to.equal('diamond');
    expect(shape(other)).to.equal('round');
    const size = (marker: Element) => marker.querySelector<SVGGraphicsElement>('.dot')!.getBBox().width;
    expect(size(chosen)).to.be.greaterThan(size(other) * 1.5);
    const [a, b] = [chosen, other].map((m) => getComputedStyle(m.querySelector('.dot')!).strokeWidth);
    expect(a).to.not.equal(b);
  });

  it('asks nothing of any origin but the page\'s own', async () => {
    const el = await mount(html`<usht-centre-map selected="troms"></usht-centre-map>`);
    expect($$(el, '[part="item"]')).to.have.length(21);
    const foreign = performance.getEntriesByType('resource').map((e) => e.name).filter((url) => new URL(url).origin !== location.origin);
    expect(foreign).to.deep.equal([]);
  });

  it('shows a readable loading state', async () => {
    const el = await fixture<UshtCentreMap>(html`<usht-centre-map .client=${clientOn(neverResolvingSource())}></usht-centre-map>`);
    await el.updateComplete;
    expect(visibleText(el)).to.equal('Laster inn …');
    expect($(el, '[role="status"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  for (const [lang, failed, retry] of [['nb', 'Klarte ikke å hente dataene.', 'Prøv igjen'], ['nn', 'Klarte ikkje å hente dataa.', 'Prøv igjen']] as const) {
    it(`says the data failed to load, and the retry works (${lang})`, async () => {
      const el = await mount(html`<usht-centre-map lang=${lang} .client=${clientOn(failingOnceSource())}></usht-centre-map>`);
      expect(visibleText($(el, '[role="alert"]'))).to.equal(`${failed} ${retry}`);
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, 'button.retry').focus();
      await sendKeys({press: 'Enter'});
      await waitUntil(() => $$(el, '[part="item"]').length === 21, 'retry did not load the centres');
    });
  }

  it('speaks Nynorsk and English', async () => {
    const nn = await mount(html`<usht-centre-map lang="nn" municipality="4640"></usht-centre-map>`);
    expect(visibleText($(nn, '.finder label'))).to.equal('Kva utviklingssenter høyrer kommunen min til?');
    expect(answer(nn)).to.equal('Sogndal høyrer til USHT Sogn og Fjordane.');
    expect($(nn, '#list-heading').textContent).to.equal('21 utviklingssenter');
    expect($(nn, 'svg.map').getAttribute('aria-label')).to.equal('Kart over utviklingssentera');
    await expect(nn).to.be.accessible();
    const en = await mount(html`<usht-centre-map lang="en"></usht-centre-map>`);
    expect($(en, '#list-heading').textContent).to.equal('21 development centres');
    expect($(en, '.skip').textContent).to.equal('Skip the map');
  });

  it('marks Bokmål fallback text lang="nb" in Northern Sami', async () => {
    const el = await mount(html`<usht-centre-map lang="se"></usht-centre-map>`);
    const label = $(el, '.finder label');
    expect(label.querySelector('span[lang="nb"]')!.textContent).to.equal('Hvilket utviklingssenter hører kommunen min til?');
    await expect(el).to.be.accessible();
  });
});
