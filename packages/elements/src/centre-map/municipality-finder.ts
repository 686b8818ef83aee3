import {html, type TemplateResult} from 'lit';
import {createMunicipalityIndex, type Centre, type County, type Municipality, type MunicipalityIndex, type MunicipalityMatch} from '@usht/sdk';
import type {Localizer} from '../shared/localizer.js';
import {warnOnce} from '../shared/dev-warnings.js';

export {finderStyles as styles} from './municipality-finder.styles.js';
export {municipalityFinder as strings} from '../locales/municipality-finder.js';

/**
 * The municipality finder's behaviour (the APG combobox with a list popup): the index, the
 * suggestions and the keys. Loaded when a person first reaches the finder (or a `municipality`
 * attribute asks for a lookup), not with the element: the input itself is the element's, so the
 * page shows it at once, and a visitor who only reads the list never pays for this code.
 */

export const FINDER_LIMIT = 8;

/** The finder's part of the element's view. */
export interface FinderView {
  readonly query: string;
  /** Suggestions; the popup is open while there are any. */
  readonly options: readonly MunicipalityMatch[];
  /** Highlighted suggestion (aria-activedescendant), -1 for none. */
  readonly active: number;
  /** The finder's answer, spoken by the polite live region. */
  readonly answer: string;
}

export const createIndex = (municipalities: readonly Municipality[], counties: readonly County[]): MunicipalityIndex =>
  createMunicipalityIndex(municipalities, counties);

/** What typing `query` shows: the suggestions, or "nothing matches" in the answer. */
export function finderInput(query: string, index: MunicipalityIndex, i18n: Localizer): Partial<FinderView> {
  const options = index.search(query, FINDER_LIMIT);
  const answer = query.trim() && !options.length ? i18n.text('municipalityFinder', 'finderNoMatch', query.trim()) : '';
  return {query, options, active: -1, answer};
}

/**
 * What a key does in the finder: a change to the view, the municipality chosen, or undefined for a
 * key the finder leaves alone (the input and the page keep it).
 */
export function finderKey(key: string, view: FinderView, index: MunicipalityIndex, i18n: Localizer): Partial<FinderView> | MunicipalityMatch | undefined {
  const {query, options, active} = view;
  switch (key) {
    case 'ArrowDown': {
      const list = options.length ? options : index.search(query, FINDER_LIMIT);
      return {options: list, active: Math.min(active + 1, list.length - 1)};
    }
    case 'ArrowUp':
      return options.length ? {active: Math.max(active - 1, 0)} : undefined;
    case 'Enter': {
      const exact = index.lookup(query);
      // Two municipalities share the name (Herøy, Våler): ask which, never guess.
      if (active < 0 && exact.length > 1) return {options: exact, active: 0, answer: i18n.text('municipalityFinder', 'finderAmbiguous', exact[0]!.name)};
      const pick = options[active] ?? (exact.length ? exact : index.search(query, 1))[0];
      if (pick) return pick;
      return query.trim() ? {answer: i18n.text('municipalityFinder', 'finderNoMatch', query.trim())} : undefined;
    }
    case 'Escape':
      if (options.length) return {options: [], active: -1};
      return query ? {query: ''} : undefined;
    default:
      return undefined;
  }
}

/**
 * What the finder says about a municipality chosen: its centre, and that the link is not confirmed
 * where our data marks it so.
 */
export function answer(match: MunicipalityMatch, centre: Centre | undefined, i18n: Localizer): string {
  if (!centre) return i18n.text('centreMap', 'unknownCentre', match.centreId);
  const text = i18n.text('municipalityFinder', 'finderAnswer', match.label, centre.name);
  return match.uncertain ? `${text} ${i18n.text('municipalityFinder', 'finderUncertain')}` : text;
}

/**
 * A host's `municipality` value: the one municipality it names, a question when several share the
 * name (never a guess), or undefined when none has it (and the host's console says so).
 */
export function preselect(value: string, index: MunicipalityIndex, i18n: Localizer): MunicipalityMatch | Partial<FinderView> | undefined {
  const matches = index.lookup(value);
  if (!matches.length) warnOnce(`usht-centre-map:municipality:${value}`, `<usht-centre-map>: no municipality has the name or number municipality="${value}".`);
  if (matches.length > 1) return {query: value, answer: i18n.text('municipalityFinder', 'finderAmbiguous', matches[0]!.name)};
  return matches[0];
}

/** The suggestions; `choose` runs on a click (the input keeps focus: mousedown is cancelled). */
export function renderOptions(view: FinderView, choose: (match: MunicipalityMatch) => void): TemplateResult[] {
  return view.options.map((m, i) => html`<li id="municipality-${m.number}" role="option" aria-selected=${i === view.active ? 'true' : 'false'}
    @mousedown=${(e: Event) => e.preventDefault()} @click=${() => choose(m)}>${m.label} <span class="number">${m.number}</span></li>`);
}
