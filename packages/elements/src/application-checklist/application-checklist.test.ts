import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {emptyChecklistState, stampChecklistChanges, type ChecklistState} from '@usht/sdk/checklist';
import './usht-application-checklist.js';
import type {UshtApplicationChecklist} from './application-checklist.js';
import type {UshtChecklistChangeEvent} from './application-checklist.events.js';
import {captureConsole, visibleText} from '../../../../test/foundation/helpers.js';
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

const KEY = 'usht-kit:application-checklist:v1:2021:buskerud';
const shadow = (el: Element) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => shadow(el).querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...shadow(el).querySelectorAll<T>(selector)];

async function ready(el: UshtApplicationChecklist): Promise<UshtApplicationChecklist> {
  await waitUntil(() => $(el, '.summary, [data-kind="error"], [data-kind="warning"]'), 'the checklist never loaded');
  await el.updateComplete;
  return el;
}

async function checklist(attrs: {lang?: string; storage?: string; centre?: string; year?: string; state?: unknown} = {}) {
  return ready(await fixture<UshtApplicationChecklist>(html`<usht-application-checklist
    lang=${attrs.lang ?? 'nb'} storage=${attrs.storage ?? ''} centre=${attrs.centre ?? 'buskerud'} year=${attrs.year ?? ''}
    .initialProgress=${attrs.state}></usht-application-checklist>`));
}

/** A record as an older copy or a hand-made file holds it: no stamps per part, so every part counts as changed at `at`. */
function state(change: (s: ChecklistState) => void = () => {}, at = '2021-02-15T09:00:00.000Z'): ChecklistState {
  const s = emptyChecklistState(2021, 'buskerud', new Date(at));
  delete s.changedAt;
  change(s);
  return s;
}

const summary = (el: Element) => $(el, '.summary')!.textContent!.trim();
const row = (el: Element, name: string) => $$(el, '.task').find((li) => li.querySelector('.name')!.textContent!.includes(name))!;
const statusOf = (el: Element, name: string) => row(el, name).querySelector('.status')!.textContent!.trim();
const taskButton = (el: Element, name: string) => row(el, name).querySelector<HTMLButtonElement>('button.name');

async function open(el: UshtApplicationChecklist, name: string): Promise<HTMLElement> {
  const button = taskButton(el, name)!;
  if (button.getAttribute('aria-expanded') !== 'true') button.click();
  await el.updateComplete;
  return row(el, name).querySelector<HTMLElement>('.panel')!;
}

function labelled<T extends HTMLElement>(el: Element, text: string, scope: ParentNode = shadow(el)): T {
  const label = [...scope.querySelectorAll('label')].find((l) => l.textContent!.trim() === text);
  if (!label) throw new Error(`no field labelled "${text}"`);
  return shadow(el).getElementById(label.htmlFor) as T;
}

async function type(el: UshtApplicationChecklist, input: HTMLInputElement, text: string): Promise<void> {
  input.focus();
  input.select();
  await sendKeys({type: text});
  // Leaving the field (its change event) is when the value is checked.
  input.blur();
  await el.updateComplete;
}

async function choose(el: UshtApplicationChecklist, radio: HTMLInputElement): Promise<void> {
  radio.click();
  await el.updateComplete;
}

const stored = (): ChecklistState | null => JSON.parse(localStorage.getItem(KEY) ?? 'null');

describe('usht-application-checklist: tasks from the grant scheme', () => {
  it('lists the 2021 tasks in three groups with the summary line', async () => {
    const el = await checklist();
    const headings = $$(el, '[role="heading"]').map((h) => [h.getAttribute('aria-level'), h.textContent]);
    expect(headings).to.deep.equal([['2', 'Søknad om tilskudd for 2021'], ['3', 'Før du søker'], ['3', 'Søknaden'], ['3', 'Etter vedtak'], ['3', 'Ta med fremdriften']]);
    expect(summary(el)).to.equal('0 av 9 oppgaver fullført');
    expect(statusOf(el, 'Få delegert rollen i Altinn')).to.equal('Ikke påbegynt');
    expect(statusOf(el, 'Send søknaden i Altinn')).to.equal('Kan ikke starte ennå');
  });

  it('puts its headings at the level the host asks for, within what ARIA allows', async () => {
    for (const [attribute, title, groups] of [['4', '4', '5'], ['9', '5', '6'], ['1', '2', '3'], ['fire', '2', '3']] as const) {
      const el = await ready(await fixture<UshtApplicationChecklist>(html`<usht-application-checklist year="2021" centre="buskerud" heading-level=${attribute}></usht-application-checklist>`));
      const levels = [...new Set($$(el, '[role="heading"]').map((h) => h.getAttribute('aria-level')))];
      expect(levels, `heading-level=${attribute}`).to.deep.equal([title, groups]);
    }
  });

  it('gives each task a hint in the rule’s own words, with its source', async () => {
    const el = await checklist({lang: 'en'});
    const hint = row(el, 'Get the role delegated in Altinn').querySelector('.hint')!;
    expect(hint.textContent).to.contain('Helse-, sosial- og velferdstjenester');
    expect(hint.textContent).to.contain('Source: Helsedirektoratet');
    expect(hint.querySelector('[lang="nb"]')!.textContent).to.contain('Øverste ledd i organisasjonen');
    // The hint and the status are what the row's control is described by (GOV.UK task list).
    const button = taskButton(el, 'Get the role delegated in Altinn')!;
    const described = button.getAttribute('aria-describedby')!.split(' ').map((id) => shadow(el).getElementById(id)!.textContent!.trim());
    expect(described[1]).to.equal('Not started');
  });

  it('speaks Nynorsk', async () => {
    const el = await checklist({lang: 'nn'});
    expect(summary(el)).to.equal('0 av 9 oppgåver fullførte');
    expect(visibleText(el)).to.contain('Før du søkjer');
    expect(statusOf(el, 'Send søknaden i Altinn')).to.equal('Kan ikkje starte enno');
    await expect(el).to.be.accessible();
  });

  it('marks a task completed, counts it and tells the page, on user action only', async () => {
    const el = await checklist();
    let events = 0;
    el.addEventListener('usht-checklist-change', () => events++);
    el.initialProgress = state((s) => (s.tasks['read-rules'] = 'completed'));
    await el.updateComplete;
    expect(summary(el)).to.equal('1 av 9 oppgaver fullført');
    expect(events, 'setting a property fires no event').to.equal(0);

    const panel = await open(el, 'Få delegert rollen i Altinn');
    const done = labelled<HTMLInputElement>(el, 'Fullført', panel);
    setTimeout(() => done.click());
    const event = (await oneEvent(el, 'usht-checklist-change')) as UshtChecklistChangeEvent;
    expect(event.detail).to.deep.equal({taskId: 'altinn-role', status: 'completed'});
    await el.updateComplete;
    expect(statusOf(el, 'Få delegert rollen i Altinn')).to.equal('Fullført');
    expect(summary(el)).to.equal('2 av 9 oppgaver fullført');
  });

  it('draws the eye to what is left: "Fullført" is plain text, open tasks are tags, only a problem is red', async () => {
    const el = await checklist({state: state((s) => {
      s.tasks['altinn-role'] = 'completed';
      s.amounts.ownFunding = '-1';
    })});
    const tag = (name: string) => getComputedStyle(row(el, name).querySelector('.tag')!);
    const none = 'rgba(0, 0, 0, 0)';
    expect(tag('Få delegert rollen i Altinn').backgroundColor, 'completed').to.equal(none);
    expect(tag('Les regelverket for tilskuddet').backgroundColor, 'not started').to.not.equal(none);
    expect(tag('Send søknaden i Altinn').backgroundColor, 'cannot start yet').to.equal(none);
    const problem = tag('Sett opp budsjettet med egenfinansiering');
    expect(problem.color).to.equal('rgb(164, 22, 26)');
    expect(new Set([tag('Få delegert rollen i Altinn').color, tag('Les regelverket for tilskuddet').color]).has('rgb(164, 22, 26)')).to.equal(false);
  });

  it('opens "submit" only when everything before it is completed', async () => {
    const ready = state((s) => {
      for (const id of ['altinn-role', 'read-rules', 'action-plan', 'project-description', 'budget', 'earmarked-leve-hele-livet']) s.tasks[id] = 'completed';
      s.answers.hasUnusedFunds = false;
      s.amounts = {newGrant: '2 500 000', ownFunding: '300 000', hostCoFunding: '500 000'};
    });
    const el = await checklist({state: ready});
    expect(summary(el)).to.equal('7 av 9 oppgaver fullført');
    expect(taskButton(el, 'Send søknaden i Altinn'), 'submit is now a control').to.exist;
    expect(statusOf(el, 'Send søknaden i Altinn')).to.equal('Ikke påbegynt');
    expect(statusOf(el, 'Rapporter slik vedtaksbrevet krever')).to.equal('Kan ikke starte ennå');
    expect(taskButton(el, 'Rapporter slik vedtaksbrevet krever')).to.equal(null);
  });

  it('follows the unused-funds answers: carry on, or apply for a transfer', async () => {
    const el = await checklist();
    const panel = await open(el, 'Svar på om dere har ubrukte midler fra i fjor');
    await choose(el, labelled(el, 'Ja', panel.querySelector('fieldset')!));
    expect(statusOf(el, 'Før opp de ubrukte midlene som videreføring')).to.equal('Kan ikke starte ennå');
    expect(statusOf(el, 'Søk om overføring av de ubrukte midlene')).to.equal('Kan ikke starte ennå');
    expect(summary(el)).to.equal('0 av 11 oppgaver fullført');

    const [, again] = panel.querySelectorAll('fieldset');
    expect(again!.querySelector('legend')!.textContent).to.equal('Søker dere om nytt tilskudd for 2021?');
    await choose(el, labelled(el, 'Ja', again!));
    expect(statusOf(el, 'Før opp de ubrukte midlene som videreføring')).to.equal('Ikke påbegynt');
    expect(statusOf(el, 'Søk om overføring av de ubrukte midlene')).to.equal('Ikke aktuelt');
    expect(summary(el)).to.equal('1 av 10 oppgaver fullført');

    await choose(el, labelled(el, 'Nei', again!));
    expect(statusOf(el, 'Søk om overføring av de ubrukte midlene')).to.equal('Ikke påbegynt');
    for (const name of ['Skriv prosjektbeskrivelsen', 'Sett opp budsjettet med egenfinansiering', 'Send søknaden i Altinn']) {
      expect(statusOf(el, name), name).to.equal('Ikke aktuelt');
      expect(taskButton(el, name), `${name} is not a control`).to.equal(null);
    }
    expect(summary(el)).to.equal('1 av 5 oppgaver fullført');
    await expect(el).to.be.accessible();
  });
});

describe('usht-application-checklist: amounts', () => {
  it('computes the total asked (unused + new) in kroner', async () => {
    const el = await checklist({state: state((s) => (s.answers = {hasUnusedFunds: true, applyingAgain: true}))});
    const carry = await open(el, 'Før opp de ubrukte midlene som videreføring');
    await type(el, labelled(el, 'Ubrukte midler fra i fjor', carry), '120 000');
    await type(el, labelled(el, 'Saksnummer for fjorårets tilskudd', carry), '20/12345');
    const budget = await open(el, 'Sett opp budsjettet med egenfinansiering');
    expect(budget.querySelector('.total')!.textContent).to.match(/regnes ut når beløpene er fylt inn riktig/);
    await type(el, labelled(el, 'Nytt tilskudd dere søker om', budget), '2500000');
    expect(budget.querySelector('.total')!.textContent!.replace(/\s+/g, ' ')).to.match(/Totalt søknadsbeløp \(ubrukte midler \+ nytt tilskudd\): 2 620 000 kr/);
    // Kept exactly as typed.
    expect(labelled<HTMLInputElement>(el, 'Nytt tilskudd dere søker om', budget).value).to.equal('2500000');
  });

  it('names the field in a localised inline error and keeps what was typed (WCAG 3.3.1)', async () => {
    const el = await checklist();
    const budget = await open(el, 'Sett opp budsjettet med egenfinansiering');
    const own = labelled<HTMLInputElement>(el, 'Egenfinansiering', budget);
    await type(el, own, '-5 000');
    const error = shadow(el).getElementById('field-error-ownFunding')!;
    expect(error.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Feil: «Egenfinansiering» kan ikke være et negativt beløp');
    expect(own.getAttribute('aria-invalid')).to.equal('true');
    expect(own.getAttribute('aria-describedby')).to.contain('field-error-ownFunding');
    expect(own.value).to.equal('-5 000');
    expect(statusOf(el, 'Sett opp budsjettet med egenfinansiering')).to.equal('Det er et problem');

    await type(el, labelled(el, 'Nytt tilskudd dere søker om', budget), 'to millioner');
    expect(shadow(el).getElementById('field-error-newGrant')!.textContent).to.contain('«Nytt tilskudd dere søker om» må være et beløp i kroner');
    await expect(el).to.be.accessible();

    await type(el, own, '300 000');
    expect(shadow(el).getElementById('field-error-ownFunding')).to.equal(null);
    expect(own.getAttribute('aria-invalid')).to.equal('false');
  });

  it('holds the earmarked Leve hele livet amount to the scheme’s limit, in Nynorsk', async () => {
    const el = await checklist({lang: 'nn'});
    const panel = await open(el, 'Søk om øyremerkte midlar til Leve heile livet');
    expect(panel.textContent!.replace(/\s+/g, ' ')).to.contain('I kroner, inntil 285 000 kr');
    await type(el, labelled(el, 'Øyremerkte midlar til Leve heile livet', panel), '285 001');
    expect(shadow(el).getElementById('field-error-earmarkedLeveHeleLivet')!.textContent!.replace(/\s+/g, ' ')).to.contain(
      '«Øyremerkte midlar til Leve heile livet» kan ikkje vere meir enn 285 000 kr');
    expect(statusOf(el, 'Søk om øyremerkte midlar til Leve heile livet')).to.equal('Det er eit problem');
    await expect(el).to.be.accessible();
  });

  it('shows a returning user’s problems at once', async () => {
    const el = await checklist({state: state((s) => (s.amounts.earmarkedLeveHeleLivet = '300 000'))});
    const error = shadow(el).getElementById('field-error-earmarkedLeveHeleLivet')!;
    expect(error.checkVisibility()).to.equal(true);
    expect(labelled<HTMLInputElement>(el, 'Øremerkede midler til Leve hele livet').value).to.equal('300 000');
  });
});

describe('usht-application-checklist: keyboard', () => {
  it('reaches every available task by Tab, skips tasks that cannot start, and works with keys alone', async () => {
    const el = await checklist();
    const focused = () => shadow(el).activeElement as HTMLElement | null;
    const names: string[] = [];
    $<HTMLInputElement>(el, '#remember')!.focus();
    for (let i = 0; i < 8; i++) {
      await sendKeys({press: 'Tab'});
      names.push(focused()?.textContent?.trim() ?? '');
    }
    expect(names).to.deep.equal([
      'Få delegert rollen i Altinn', 'Les regelverket for tilskuddet',
      'Lag handlingsplan for 2021 som dekker de nasjonale satsingsområdene', 'Skriv prosjektbeskrivelsen',
      'Sett opp budsjettet med egenfinansiering', 'Svar på om dere har ubrukte midler fra i fjor',
      'Søk om øremerkede midler til Leve hele livet',
      // "Send søknaden" and "Rapporter" cannot start yet: not in the tab order.
      'Last ned fremdriften',
    ]);

    await sendKeys({down: 'Shift'});
    await sendKeys({press: 'Tab'});
    await sendKeys({press: 'Tab'});
    await sendKeys({up: 'Shift'});
    expect(focused()!.textContent).to.contain('Svar på om dere har ubrukte midler');
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(focused()!.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({press: 'Tab'});
    expect((focused() as HTMLInputElement).type).to.equal('radio');
    await sendKeys({press: 'Space'});
    await el.updateComplete;
    expect(summary(el)).to.equal('0 av 11 oppgaver fullført');
    // Arrow keys move within a radio group, as in any form.
    await sendKeys({press: 'ArrowRight'});
    await el.updateComplete;
    expect(summary(el)).to.equal('1 av 9 oppgaver fullført');
    expect(localStorage.length, 'nothing stored without consent').to.equal(0);
  });
});

describe('usht-application-checklist: storage only with consent', () => {
  it('stores nothing until the user ticks "Husk fremdriften", then keeps it across a reload', async () => {
    const el = await checklist();
    const panel = await open(el, 'Les regelverket for tilskuddet');
    await choose(el, labelled(el, 'Fullført', panel));
    expect(localStorage.length, 'no storage before consent').to.equal(0);

    const remember = labelled<HTMLInputElement>(el, 'Husk fremdriften i denne nettleseren');
    remember.click();
    await el.updateComplete;
    expect(stored()?.tasks['read-rules']).to.equal('completed');
    expect(visibleText(el)).to.contain('Fremdriften for 2021 lagres i denne nettleseren.');
    await expect(el).to.be.accessible();
    el.remove();

    const again = await checklist();
    expect(summary(again)).to.equal('1 av 9 oppgaver fullført');
    expect(labelled<HTMLInputElement>(again, 'Husk fremdriften i denne nettleseren').checked).to.equal(true);
  });

  it('"Glem fremdriften" deletes the stored copy, keeps what is on screen and keeps focus', async () => {
    localStorage.setItem(KEY, JSON.stringify(state((s) => (s.tasks['read-rules'] = 'completed'))));
    const el = await checklist();
    const forget = $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent === 'Glem fremdriften')!;
    forget.focus();
    await sendKeys({press: 'Enter'});
    await waitUntil(() => shadow(el).activeElement?.id === 'remember', 'focus moves to the checkbox');
    expect(localStorage.getItem(KEY)).to.equal(null);
    expect(summary(el)).to.equal('1 av 9 oppgaver fullført');
    expect($(el, '[role="status"].notice')!.textContent).to.contain('Fremdriften er slettet fra nettleseren');

    const panel = await open(el, 'Få delegert rollen i Altinn');
    await choose(el, labelled(el, 'Pågår', panel));
    expect(localStorage.length, 'forgotten means no longer stored').to.equal(0);
  });

  it('stores without asking when the host says storage="local", with the note and "Glem"', async () => {
    const el = await checklist({storage: 'local'});
    expect($(el, '#remember')).to.equal(null);
    expect(visibleText(el)).to.contain('Fremdriften for 2021 lagres i denne nettleseren.');
    const panel = await open(el, 'Les regelverket for tilskuddet');
    await choose(el, labelled(el, 'Pågår', panel));
    expect(stored()?.tasks['read-rules']).to.equal('in-progress');
    await expect(el).to.be.accessible();
  });

  it('never stores, and hides the offer, with storage="none"', async () => {
    localStorage.setItem(KEY, JSON.stringify(state((s) => (s.tasks['read-rules'] = 'completed'))));
    const el = await checklist({storage: 'none', lang: 'nn'});
    expect($(el, '#remember')).to.equal(null);
    expect(summary(el), 'a stored copy is not even read').to.equal('0 av 9 oppgåver fullførte');
    expect(visibleText(el)).to.contain('Framdrifta blir ikkje lagra.');
    const panel = await open(el, 'Få delegert rolla i Altinn');
    await choose(el, labelled(el, 'Fullført', panel));
    expect(stored()?.tasks['altinn-role']).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('warns once about an unknown storage value and asks, as by default', async () => {
    const el = await checklist({storage: 'session'});
    expect(output.take()).to.deep.equal(['[usht-kit] <usht-application-checklist>: unknown storage="session"; allowed: ask, local, none. Using "ask".']);
    expect($(el, '#remember')).to.exist;
  });

  /** Clicks a button by its text, as a keyboard user would press it. */
  async function press(el: UshtApplicationChecklist, text: string): Promise<void> {
    const button = $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.trim() === text);
    if (!button) throw new Error(`no button "${text}"`);
    button.focus();
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
  }

  /** The file a download offers, caught as its link is clicked (no file lands on the test machine). */
  async function downloaded(el: UshtApplicationChecklist, text: string): Promise<{name: string; text: string}> {
    const click = HTMLAnchorElement.prototype.click;
    const createObjectURL = URL.createObjectURL;
    let link: HTMLAnchorElement | undefined;
    let blob: Blob | undefined;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      link = this;
    };
    URL.createObjectURL = (object: Blob | MediaSource) => {
      blob = object as Blob;
      return createObjectURL(object);
    };
    try {
      await press(el, text);
    } finally {
      HTMLAnchorElement.prototype.click = click;
      URL.createObjectURL = createObjectURL;
    }
    if (!link || !blob) throw new Error('nothing was downloaded');
    return {name: link.download, text: await blob.text()};
  }

  it('keeps progress saved by a newer version untouched, says so, offers it as a file, and replaces it only when asked', async () => {
    const newer = JSON.stringify({...state((s) => (s.tasks['altinn-role'] = 'completed')), version: 2, somethingNew: [1, 2]});
    const texts = {
      nb: ['Fremdriften som er lagret i denne nettleseren, er lagret av en nyere versjon av sjekklisten og kan ikke vises her. Den er ikke endret. Det du gjør nå, lagres ikke før du velger hva som skal skje med den.', 'Last ned den lagrede fremdriften', 'Erstatt den med fremdriften her'],
      nn: ['Framdrifta som er lagra i denne nettlesaren, er lagra av ein nyare versjon av sjekklista og kan ikkje visast her. Ho er ikkje endra. Det du gjer no, blir ikkje lagra før du vel kva som skal skje med henne.', 'Last ned den lagra framdrifta', 'Erstatt henne med framdrifta her'],
      en: ['The progress kept in this browser was saved by a newer version of this checklist and cannot be shown here. It is unchanged. What you do now is not kept until you choose what to do with it.', 'Download the kept progress', 'Replace it with the progress shown here'],
    };
    for (const [lang, [message, download, replace]] of Object.entries(texts)) {
      localStorage.setItem(KEY, newer);
      const el = await checklist({lang});
      const block = $(el, '.storage')!;
      expect(block.querySelector('p')!.textContent!.replace(/\s+/g, ' ').trim(), lang).to.equal(message);
      expect($(el, '#remember'), `${lang}: no consent box while the record is kept`).to.equal(null);
      await expect(el).to.be.accessible();
      // Working on: nothing is written over the newer record, not even after a reload.
      const panel = await open(el, lang === 'en' ? 'Read the rules of the grant' : lang === 'nn' ? 'Les regelverket for tilskotet' : 'Les regelverket for tilskuddet');
      await choose(el, panel.querySelector<HTMLInputElement>('input[type="radio"]')!);
      expect(localStorage.getItem(KEY), `${lang}: the newer record is untouched`).to.equal(newer);
      el.remove();
      const again = await checklist({lang});
      expect(localStorage.getItem(KEY)).to.equal(newer);
      const file = await downloaded(again, download!);
      expect(file.text, `${lang}: the download is the record, byte for byte`).to.equal(newer);
      expect(file.name).to.equal('usht-soknad-lagret-2021.json');
      expect(localStorage.getItem(KEY)).to.equal(newer);
      if (lang !== 'nb') {
        again.remove();
        continue;
      }
      // Only the explicit choice replaces it, and focus stays in the storage block.
      await press(again, replace!);
      expect(stored()?.version).to.equal(1);
      expect(stored()?.tasks).to.deep.equal({});
      expect(shadow(again).activeElement?.id, 'focus moves to the consent box').to.equal('remember');
      expect(visibleText(again)).to.contain('Fremdriften for 2021 lagres i denne nettleseren.');
      again.remove();
    }
  });

  it('keeps a corrupt, foreign or old-version record under its key untouched until the user chooses', async () => {
    for (const value of ['{"format": "usht-application-checklist", "vers', JSON.stringify({hello: 'world'}), JSON.stringify({...state(), version: 0}), JSON.stringify({...state(), schemeYear: 2020})]) {
      localStorage.setItem(KEY, value);
      const el = await checklist({lang: 'nn'});
      expect($(el, '.storage p')!.textContent, value).to.contain('Framdrifta som er lagra i denne nettlesaren, kan ikkje lesast. Ho er ikkje endra.');
      expect(summary(el)).to.equal('0 av 9 oppgåver fullførte');
      const panel = await open(el, 'Les regelverket for tilskotet');
      await choose(el, labelled(el, 'Fullført', panel));
      expect(localStorage.getItem(KEY), value).to.equal(value);
      await expect(el).to.be.accessible();
      el.remove();
    }
  });

  it('recovers what it can from a damaged record', async () => {
    const damaged = {...state((s) => (s.tasks['altinn-role'] = 'completed')), tasks: {'altinn-role': 'completed', 'read-rules': 'done!!'}, amounts: {newGrant: 5}};
    localStorage.setItem(KEY, JSON.stringify(damaged));
    const el = await checklist();
    expect($(el, '.notice')!.textContent).to.contain('Deler av den lagrede fremdriften var skadet.');
    expect(statusOf(el, 'Få delegert rollen i Altinn')).to.equal('Fullført');
    expect(stored()?.tasks).to.deep.equal({'altinn-role': 'completed'});
  });
});

describe('usht-application-checklist: two tabs', () => {
  let frame: HTMLIFrameElement;
  beforeEach(() => {
    // A same-origin frame shares our localStorage: its writes reach us as "storage" events, as another tab's do.
    frame = document.createElement('iframe');
    document.body.append(frame);
  });
  afterEach(() => frame.remove());
  const otherTab = () => frame.contentWindow!.localStorage;

  it('loads newer progress from another tab and says so; ignores older', async () => {
    localStorage.setItem(KEY, JSON.stringify(state()));
    const el = await checklist();
    otherTab().setItem(KEY, JSON.stringify(state((s) => (s.tasks['altinn-role'] = 'completed'), '2021-02-16T09:00:00.000Z')));
    await waitUntil(() => summary(el) === '1 av 9 oppgaver fullført', 'the other tab’s newer progress is shown');
    expect($(el, '.notice')!.textContent).to.contain('Nyere fremdrift fra en annen fane er hentet inn.');

    otherTab().setItem(KEY, JSON.stringify(state((s) => (s.tasks['altinn-role'] = 'in-progress'), '2021-02-10T09:00:00.000Z')));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(statusOf(el, 'Få delegert rollen i Altinn'), 'an older change of the same task is not taken').to.equal('Fullført');
    expect(summary(el)).to.equal('1 av 9 oppgaver fullført');
  });

  /** What the other tab writes: `base` with its user's change, stamped as its checklist stamps it. */
  function otherTabsEdit(base: ChecklistState, at: Date, change: (s: ChecklistState) => void): ChecklistState {
    const next = structuredClone(base);
    change(next);
    next.updatedAt = at.toISOString();
    return stampChecklistChanges(base, next, next.updatedAt);
  }
  const BUDGET = 'Sett opp budsjettet med egenfinansiering';
  const amount = (el: UshtApplicationChecklist, label: string) => labelled<HTMLInputElement>(el, label).value;

  it('keeps both changes when two tabs change different fields at once, neither having seen the other’s', async () => {
    const start = state();
    localStorage.setItem(KEY, JSON.stringify(start));
    const el = await checklist();
    const budget = await open(el, BUDGET);
    await type(el, labelled(el, 'Nytt tilskudd dere søker om', budget), '100000');
    // The other tab wrote its own change a moment later, over the copy it had: without ours.
    otherTab().setItem(KEY, JSON.stringify(otherTabsEdit(start, new Date(Date.now() + 5), (s) => (s.amounts.ownFunding = '50000'))));
    await waitUntil(() => amount(el, 'Egenfinansiering') === '50000', 'the other tab’s field arrives');
    expect(amount(el, 'Nytt tilskudd dere søker om'), 'this tab’s field is kept').to.equal('100000');
    // Written back, so the other tab gets this tab's field too.
    expect(stored()?.amounts).to.deep.equal({newGrant: '100000', ownFunding: '50000'});
    expect($(el, '.notice')!.textContent).to.contain('Nyere fremdrift fra en annen fane er hentet inn.');
    expect($(el, '.notice')!.textContent).not.to.contain('samtidig');
  });

  it('settles the same field changed in two tabs by the later change, and says which was kept, in nb, nn and en', async () => {
    const cases = {
      nb: {task: BUDGET, field: 'Nytt tilskudd dere søker om', said: '«Nytt tilskudd dere søker om» ble endret i en annen fane samtidig. Endringen der er beholdt.'},
      nn: {task: 'Set opp budsjettet med eigenfinansiering', field: 'Nytt tilskot de søkjer om', said: '«Nytt tilskot de søkjer om» vart endra i ei anna fane samstundes. Endringa der er teken vare på.'},
      en: {task: 'Set up the budget with your own funding', field: 'New grant you are applying for', said: '“New grant you are applying for” was changed in another tab at the same time. The change made there was kept.'},
    };
    for (const [lang, {task, field, said}] of Object.entries(cases)) {
      localStorage.clear();
      const start = state();
      localStorage.setItem(KEY, JSON.stringify(start));
      const el = await checklist({lang});
      const budget = await open(el, task);
      await type(el, labelled(el, field, budget), '100000');
      // The other tab changed the same field later: its change is kept, here and in storage.
      otherTab().setItem(KEY, JSON.stringify(otherTabsEdit(start, new Date(Date.now() + 1000), (s) => (s.amounts.newGrant = '250000'))));
      await waitUntil(() => amount(el, field) === '250000', `${lang}: the later change wins`);
      expect($(el, '.notice')!.textContent, lang).to.contain(said);
      expect(stored()?.amounts.newGrant).to.equal('250000');
      await expect(el).to.be.accessible();
      el.remove();
    }
  });

  it('keeps this tab’s later change of a field the other tab changed at the same time, says so, and writes it back', async () => {
    const start = state();
    localStorage.setItem(KEY, JSON.stringify(start));
    const el = await checklist();
    const budget = await open(el, BUDGET);
    await type(el, labelled(el, 'Nytt tilskudd dere søker om', budget), '300000');
    // The other tab changed the same field a moment earlier, over the old copy; its write arrives after ours.
    const ours = Date.parse(stored()!.updatedAt);
    otherTab().setItem(KEY, JSON.stringify(otherTabsEdit(start, new Date(ours - 1), (s) => (s.amounts.newGrant = '275000'))));
    await waitUntil(() => $(el, '.notice')!.textContent!.includes('Endringen her er beholdt'), 'this tab says its change was kept');
    expect($(el, '.notice')!.textContent).to.contain('«Nytt tilskudd dere søker om» ble endret i en annen fane samtidig. Endringen her er beholdt.');
    expect(amount(el, 'Nytt tilskudd dere søker om')).to.equal('300000');
    await waitUntil(() => stored()?.amounts.newGrant === '300000', 'written back for the other tab');
  });

  it('two live checklists in two windows end with the same progress, every change kept', async () => {
    localStorage.setItem(KEY, JSON.stringify(state()));
    const here = await checklist({storage: 'local'});
    frame.srcdoc = `<!doctype html><html lang="nb"><body><script type="module" src="/packages/elements/src/application-checklist/usht-application-checklist.ts"></script>
      <usht-application-checklist centre="buskerud" year="2021" storage="local"></usht-application-checklist></body></html>`;
    let there!: UshtApplicationChecklist;
    await waitUntil(() => {
      there = frame.contentDocument?.querySelector('usht-application-checklist') as UshtApplicationChecklist;
      return there?.shadowRoot?.querySelector('.summary');
    }, 'the other window’s checklist never loaded', {timeout: 8000});
    await open(here, BUDGET);
    await open(there, BUDGET);
    const enter = (el: UshtApplicationChecklist, label: string, text: string) => {
      const input = labelled<HTMLInputElement>(el, label);
      input.value = text;
      input.dispatchEvent(new Event('change', {bubbles: true}));
    };
    // Different fields, in the same moment.
    enter(here, 'Nytt tilskudd dere søker om', '100000');
    enter(there, 'Egenfinansiering', '50000');
    for (const el of [here, there]) {
      await waitUntil(() => amount(el, 'Nytt tilskudd dere søker om') === '100000' && amount(el, 'Egenfinansiering') === '50000', 'both fields in both windows');
    }
    // The same field, in the same moment: the later change wins in both, and both say so.
    enter(here, 'Vertskommunens medfinansiering', '10000');
    enter(there, 'Vertskommunens medfinansiering', '20000');
    for (const el of [here, there]) {
      await waitUntil(() => amount(el, 'Vertskommunens medfinansiering') === '20000', 'the later change in both windows');
    }
    await waitUntil(() => $(here, '.notice')!.textContent!.includes('Endringen der er beholdt'), 'this window says the other’s change was kept');
    expect($(there, '.notice')!.textContent).to.contain('«Vertskommunens medfinansiering» ble endret i en annen fane samtidig. Endringen her er beholdt.');
    expect(stored()?.amounts).to.deep.equal({newGrant: '100000', ownFunding: '50000', hostCoFunding: '20000'});
  });

  it('never overwrites the other tab’s newer change with its own older copy', async () => {
    localStorage.setItem(KEY, JSON.stringify(state()));
    const el = await checklist();
    // The other tab's write lands, but its event has not reached us yet.
    localStorage.setItem(KEY, JSON.stringify(state((s) => (s.tasks['altinn-role'] = 'completed'), new Date(Date.now() + 1000).toISOString())));
    const panel = await open(el, 'Les regelverket for tilskuddet');
    await choose(el, labelled(el, 'Fullført', panel));
    expect(stored()?.tasks).to.deep.equal({'altinn-role': 'completed', 'read-rules': 'completed'});
    expect(summary(el)).to.equal('2 av 9 oppgaver fullført');
  });

  it('stops storing when the other tab forgets', async () => {
    localStorage.setItem(KEY, JSON.stringify(state()));
    const el = await checklist();
    otherTab().removeItem(KEY);
    await waitUntil(() => $(el, '.notice')!.textContent!.includes('Fremdriften ble slettet i en annen fane'));
    const panel = await open(el, 'Les regelverket for tilskuddet');
    await choose(el, labelled(el, 'Fullført', panel));
    expect(localStorage.getItem(KEY)).to.equal(null);
  });
});

describe('usht-application-checklist: export, import, print', () => {
  const file = (text: string) => new File([text], 'fremdrift.json', {type: 'application/json'});
  async function importFile(el: UshtApplicationChecklist, text: string): Promise<void> {
    // The file chooser cannot be driven from a test: give the input its file as the chooser would.
    const input = $<HTMLInputElement>(el, 'input[type="file"]')!;
    const files = new DataTransfer();
    files.items.add(file(text));
    input.files = files.files;
    input.dispatchEvent(new Event('change', {bubbles: true}));
    await waitUntil(() => $(el, '[role="alert"]')!.textContent!.trim() || $(el, '.notice')!.textContent!.trim());
    await el.updateComplete;
  }

  it('downloads the progress as a JSON file the SDK schema accepts', async () => {
    const el = await checklist({state: state((s) => (s.tasks['altinn-role'] = 'completed'))});
    const downloaded = new Promise<{name: string; json: unknown}>((resolve) => {
      shadow(el).addEventListener('click', (event) => {
        const link = event.target as HTMLAnchorElement;
        if (link.localName !== 'a' || !link.download) return;
        event.preventDefault();
        void fetch(link.href).then((r) => r.json()).then((json) => resolve({name: link.download, json}));
      }, {capture: true});
    });
    $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent === 'Last ned fremdriften')!.click();
    const {name, json} = await downloaded;
    expect(name).to.equal('usht-soknad-2021-buskerud.json');
    expect(json).to.deep.include({format: 'usht-application-checklist', version: 1, schemeYear: 2021, centreId: 'buskerud'});
    expect((json as ChecklistState).tasks).to.deep.equal({'altinn-role': 'completed'});
    expect(localStorage.length).to.equal(0);
  });

  it('loads a file back, and tells the page', async () => {
    const el = await checklist();
    const event = oneEvent(el, 'usht-checklist-change');
    await importFile(el, JSON.stringify(state((s) => (s.tasks = {'altinn-role': 'completed', 'read-rules': 'completed'}))));
    expect((await event).detail).to.deep.equal({});
    expect(summary(el)).to.equal('2 av 9 oppgaver fullført');
    expect($(el, '.notice')!.textContent).to.contain('Fremdriften fra filen er hentet inn.');
    expect(localStorage.length, 'importing is not consent to store').to.equal(0);
  });

  it('refuses a tampered file with a message and keeps the current progress', async () => {
    const el = await checklist({state: state((s) => (s.tasks['altinn-role'] = 'completed'))});
    const tampered = {...state(), tasks: {'altinn-role': 'completed', 'read-rules': 'done!!', submit: 'completed'}};
    await importFile(el, JSON.stringify(tampered));
    expect($(el, '[role="alert"]')!.textContent).to.contain('Filen kan ikke brukes');
    expect(summary(el)).to.equal('1 av 9 oppgaver fullført');
    await expect(el).to.be.accessible();

    expect(el.importProgress('not json at all')).to.equal(false);
    expect(el.importProgress(JSON.stringify({...state(), schemeYear: 2020}))).to.equal(false);
    await el.updateComplete;
    expect($(el, '[role="alert"]')!.textContent).to.contain('Filen gjelder søknaden for 2020.');
    expect(summary(el)).to.equal('1 av 9 oppgaver fullført');
  });

  it('has a print button and a print view that hides the controls', async () => {
    const el = await checklist();
    expect($$<HTMLButtonElement>(el, 'button').some((b) => b.textContent === 'Skriv ut')).to.equal(true);
    const printRules = [...shadow(el).adoptedStyleSheets].flatMap((sheet) => [...sheet.cssRules])
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText === 'print');
    expect(printRules.map((r) => r.cssText).join(' ')).to.match(/\.tools/);
  });
});

describe('usht-application-checklist: years, loading and failure', () => {
  it('says clearly when the SDK has no scheme for the year', async () => {
    const el = await checklist({year: '2030'});
    expect(visibleText(el)).to.equal('Sjekklisten har ikke reglene for tilskuddet for 2030. Den finnes for: 2021.');
    await expect(el).to.be.accessible();
    el.setAttribute('lang', 'nn');
    await el.updateComplete;
    expect(visibleText(el)).to.equal('Sjekklista har ikkje reglane for tilskotet for 2030. Ho finst for: 2021.');
    await expect(el).to.be.accessible();
  });

  it('shows a localised loading state', async () => {
    for (const [lang, text] of [['nb', 'Henter reglene for tilskuddet …'], ['nn', 'Hentar reglane for tilskotet …']]) {
      const el = await fixture<UshtApplicationChecklist>(html`<usht-application-checklist lang=${lang!} .client=${clientOn(neverResolvingSource())}></usht-application-checklist>`);
      await waitUntil(() => $(el, '[role="status"]'));
      expect($(el, '[role="status"]')!.textContent!.trim()).to.equal(text);
      await expect(el).to.be.accessible();
    }
  });

  it('shows a failure in Nynorsk with a retry that works', async () => {
    const el = await fixture<UshtApplicationChecklist>(html`<usht-application-checklist lang="nn" .client=${clientOn(failingOnceSource())}></usht-application-checklist>`);
    await ready(el);
    expect($(el, '[role="alert"]')!.textContent).to.contain('Klarte ikkje å hente reglane for tilskotet.');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, 'button.retry')!.click();
    await waitUntil(() => $(el, '.summary'), 'loads after retry');
    expect(summary(el)).to.equal('0 av 9 oppgåver fullførte');
  });
});
