/**
 * Municipality search for the finder ("Hvilket utviklingssenter hører kommunen min til?"). People
 * type names the way they say them: without diacritics ("tromso"), with the old "aa" ("aalesund"),
 * one part of a Sami or Kven double name ("karasjok"), a Sami or Kven name outside the official
 * name ("Romsa"), a typo ("trondhiem") or a number, also as a spreadsheet writes it ("301" for 0301).
 * Everything is folded once when the index is built, so a keystroke only compares short strings.
 */
import type {County} from './schemas/county.js';
import type {Municipality, OtherName} from './schemas/municipality.js';

/** A municipality with what a person needs to tell two of the same name apart. */
export type MunicipalityMatch = Municipality & {
  readonly countyName: string;
  /**
   * 'Herøy (Nordland)' when another municipality has the same name, otherwise the name. Found by one
   * of its `otherNames` only, the label names that too: 'Tromsø (Romsa)', so the answer says why it matched.
   */
  readonly label: string;
  /** The other name the query matched, when it matched none of the official name. */
  readonly matchedName?: OtherName;
};

import {foldText, searchKey} from './text-fold.js';

export {foldText, searchKey};

/**
 * Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions), or
 * `max + 1` as soon as the distance is known to exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  let prevPrev: number[] = [];
  let prev = Array.from({length: b.length + 1}, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, prevPrev[j - 2]! + 1);
      row.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** How many typos a query of this many letters may hold (none below 4: "bo" is not a typo of "ål"). */
function typoAllowance(length: number): number {
  if (length < 4) return 0;
  return length <= 6 ? 1 : 2;
}

/** One name of a municipality, folded: its official name, or one of its other names. */
interface Name {
  /** The whole name, then each part of a double name ("karasjohka karasjok", "karasjohka", "karasjok"). */
  readonly forms: readonly string[];
  /** Forms without spaces, for typo distance. */
  readonly compact: readonly string[];
  readonly words: readonly string[];
  /** The match to hand back when this name matched: the official one, or one labelled with this name. */
  readonly match: MunicipalityMatch;
}

interface Entry {
  readonly match: MunicipalityMatch;
  /** The official name first, then the other names. */
  readonly names: readonly Name[];
  /** Position in Norwegian alphabetical order. */
  order: number;
}

/** Ranking, best first. */
const Tier = {Number: 0, NumberPrefix: 1, Exact: 2, Prefix: 3, WordPrefix: 4, Substring: 5, Typo: 6} as const;
type Tier = (typeof Tier)[keyof typeof Tier];

export interface MunicipalityIndex {
  /** Every municipality, with county name and label, in number order. */
  readonly all: readonly MunicipalityMatch[];
  /**
   * Best matches first: number, exact name (or part of a double name, or another name), prefix, word
   * prefix, substring, then names within a typo or two. Three digits are also read as the number with
   * its leading zero ('301' finds 0301 Oslo first). Empty for an empty query.
   */
  search(query: string, limit?: number): MunicipalityMatch[];
  /**
   * Municipalities whose number or name (or a part of it, or another name) is exactly `nameOrNumber`,
   * ignoring case and diacritics; three digits are the number with its leading zero; a label this index
   * gives ('Herøy (Nordland)', 'Tromsø (Romsa)') finds its municipality. Several when the name is shared.
   */
  lookup(nameOrNumber: string): MunicipalityMatch[];
}

/** Build the index once per data set; `search` is then cheap enough to run on every keystroke. */
export function createMunicipalityIndex(
  municipalities: readonly Municipality[],
  counties: readonly County[],
): MunicipalityIndex {
  const countyNames = new Map(counties.map((c) => [c.number, c.name]));
  const nameCounts = new Map<string, number>();
  for (const m of municipalities) nameCounts.set(m.name, (nameCounts.get(m.name) ?? 0) + 1);

  function fold(text: string, match: MunicipalityMatch): Name {
    const full = searchKey(text);
    const parts = text.split(/\s+[-–]\s+/).map(searchKey).filter((p) => p && p !== full);
    const forms = [full, ...parts];
    return {forms, compact: forms.map((f) => f.replace(/ /g, '')), words: full.split(' '), match};
  }

  const entries: Entry[] = [...municipalities]
    .sort((a, b) => a.number.localeCompare(b.number))
    .map((m) => {
      const countyName = countyNames.get(m.county) ?? m.county;
      const shared = (nameCounts.get(m.name) ?? 0) > 1;
      const match: MunicipalityMatch = {...m, countyName, label: shared ? `${m.name} (${countyName})` : m.name};
      const others = (m.otherNames ?? []).map((other) => fold(other.name, {
        ...match,
        // 'Tromsø (Romsa)', 'Herøy (Nordland, …)': the official name first, as every list shows it.
        label: `${m.name} (${shared ? `${countyName}, ` : ''}${other.name})`,
        matchedName: other,
      }));
      return {match, names: [fold(m.name, match), ...others], order: 0};
    });
  const collator = new Intl.Collator('nb');
  [...entries].sort((a, b) => collator.compare(a.match.name, b.match.name)).forEach((e, i) => (e.order = i));
  const all = entries.map((e) => e.match);

  function rankName(name: Name, q: string, qCompact: string, allowance: number): {tier: Tier; distance: number} | undefined {
    if (name.forms.includes(q)) return {tier: Tier.Exact, distance: 0};
    if (name.forms.some((f) => f.startsWith(q))) return {tier: Tier.Prefix, distance: 0};
    if (name.words.some((w) => w.startsWith(q))) return {tier: Tier.WordPrefix, distance: 0};
    if (q.length >= 2 && name.forms[0]!.includes(q)) return {tier: Tier.Substring, distance: 0};
    if (allowance === 0) return undefined;
    let best = allowance + 1;
    for (const form of name.compact) {
      best = Math.min(best, editDistance(qCompact, form, allowance));
      // A typo in what has been typed so far: compare with the start of the name.
      if (form.length > qCompact.length) best = Math.min(best, editDistance(qCompact, form.slice(0, qCompact.length), allowance));
      if (best === 1) break;
    }
    return best <= allowance ? {tier: Tier.Typo, distance: best} : undefined;
  }

  function rank(entry: Entry, q: string, qCompact: string, digits: boolean, allowance: number): {tier: Tier; distance: number; match: MunicipalityMatch} | undefined {
    const {match} = entry;
    if (digits) {
      // A spreadsheet drops the leading zero of 0301: three digits are also the number with it.
      if (match.number === q || (q.length === 3 && match.number === `0${q}`)) return {tier: Tier.Number, distance: 0, match};
      if (q.length < 4 && match.number.startsWith(q)) return {tier: Tier.NumberPrefix, distance: 0, match};
      return undefined;
    }
    let best: {tier: Tier; distance: number; match: MunicipalityMatch} | undefined;
    // The official name first: on a tie it wins, and the label stays the plain name.
    for (const name of entry.names) {
      const r = rankName(name, q, qCompact, allowance);
      if (r && (!best || r.tier < best.tier || (r.tier === best.tier && r.distance < best.distance))) best = {...r, match: name.match};
      if (best?.tier === Tier.Exact) break;
    }
    return best;
  }

  function search(query: string, limit = 10): MunicipalityMatch[] {
    const q = searchKey(query);
    if (!q) return [];
    const digits = /^\d+$/.test(q);
    const qCompact = q.replace(/ /g, '');
    const allowance = typoAllowance(qCompact.length);
    const hits: {entry: Entry; tier: Tier; distance: number; match: MunicipalityMatch}[] = [];
    for (const entry of entries) {
      const r = rank(entry, q, qCompact, digits, allowance);
      if (r) hits.push({entry, ...r});
    }
    hits.sort((a, b) => a.tier - b.tier || a.distance - b.distance || a.entry.order - b.entry.order
      || a.entry.match.number.localeCompare(b.entry.match.number));
    return hits.slice(0, Math.max(0, limit)).map((h) => h.match);
  }

  function lookup(nameOrNumber: string): MunicipalityMatch[] {
    const raw = nameOrNumber.trim();
    if (/^\d{3,4}$/.test(raw)) {
      const number = raw.padStart(4, '0');
      return entries.filter((e) => e.match.number === number).map((e) => e.match);
    }
    // 'Herøy (Nordland)', 'Tromsø (Romsa)': labels this index gives, so a finder can hand them back.
    const labelled = /^(.*\S)\s*\(([^()]+)\)$/.exec(raw);
    const name = searchKey(labelled ? labelled[1]! : raw);
    const qualifiers = labelled ? labelled[2]!.split(',').map(searchKey).filter(Boolean) : [];
    if (!name) return [];
    const found: MunicipalityMatch[] = [];
    for (const entry of entries) {
      const named = entry.names.find((n) => n.forms.includes(name));
      if (!named) continue;
      // Each qualifier is the county or another name of this municipality; the label it makes is the answer.
      let match = named.match;
      const fits = qualifiers.every((qualifier) => {
        if (searchKey(entry.match.countyName) === qualifier || entry.match.county === qualifier) return true;
        const other = entry.names.find((n, i) => i > 0 && n.forms.includes(qualifier));
        if (other) match = other.match;
        return Boolean(other);
      });
      if (fits) found.push(match);
    }
    return found;
  }

  return {all, search, lookup};
}
