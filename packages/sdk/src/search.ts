/**
 * Municipality search for the finder ("Hvilket utviklingssenter hører kommunen min til?"). People
 * type names the way they say them: without diacritics ("tromso"), with the old "aa" ("aalesund"),
 * one part of a Sami or Kven double name ("karasjok"), a typo ("trondhiem") or a number ("1820").
 * Everything is folded once when the index is built, so a keystroke only compares short strings.
 */
import type {County} from './schemas/county.js';
import type {Municipality} from './schemas/municipality.js';

/** A municipality with what a person needs to tell two of the same name apart. */
export type MunicipalityMatch = Municipality & {
  readonly countyName: string;
  /** 'Herøy (Nordland)' when another municipality has the same name, otherwise the name. */
  readonly label: string;
};

/** Letters that Unicode decomposition leaves alone (they are letters, not letters with marks). */
const standalone: Readonly<Record<string, string>> = {
  'æ': 'ae', 'ø': 'o', 'đ': 'd', 'ŋ': 'n', 'ŧ': 't', 'ß': 'ss', 'œ': 'oe', 'ł': 'l', 'ı': 'i', 'þ': 'th', 'ð': 'd',
};

/**
 * Lower case without diacritics: æ→ae, ø→o, å→a, á→a, č→c, đ→d, ŋ→n, š→s, ŧ→t, ž→z. The same fold
 * is used for activity text and audience filters, so the API and local filtering agree.
 */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[æøđŋŧßœłıþð]/g, (c) => standalone[c] ?? c)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');
}

/** Folded, "aa" read as "å", punctuation and hyphens as single spaces. */
export function searchKey(text: string): string {
  return foldText(text).replace(/aa/g, 'a').replace(/[^a-z0-9]+/g, ' ').trim();
}

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

interface Entry {
  readonly match: MunicipalityMatch;
  /** The whole name, then each part of a double name ("karasjohka karasjok", "karasjohka", "karasjok"). */
  readonly forms: readonly string[];
  /** Forms without spaces, for typo distance. */
  readonly compact: readonly string[];
  readonly words: readonly string[];
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
   * Best matches first: number, exact name (or part of a double name), prefix, word prefix,
   * substring, then names within a typo or two. Empty for an empty query.
   */
  search(query: string, limit?: number): MunicipalityMatch[];
  /**
   * Municipalities whose number or name (or a part of it) is exactly `nameOrNumber`, ignoring case and
   * diacritics; 'Herøy (Nordland)' picks one of two. Several when the name is shared.
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

  const entries: Entry[] = [...municipalities]
    .sort((a, b) => a.number.localeCompare(b.number))
    .map((m) => {
      const countyName = countyNames.get(m.county) ?? m.county;
      const label = (nameCounts.get(m.name) ?? 0) > 1 ? `${m.name} (${countyName})` : m.name;
      const full = searchKey(m.name);
      const parts = m.name.split(/\s+[-–]\s+/).map(searchKey).filter((p) => p && p !== full);
      const forms = [full, ...parts];
      return {
        match: {...m, countyName, label},
        forms,
        compact: forms.map((f) => f.replace(/ /g, '')),
        words: full.split(' '),
        order: 0,
      };
    });
  const collator = new Intl.Collator('nb');
  [...entries].sort((a, b) => collator.compare(a.match.name, b.match.name)).forEach((e, i) => (e.order = i));
  const all = entries.map((e) => e.match);

  function rank(entry: Entry, q: string, qCompact: string, digits: boolean, allowance: number): {tier: Tier; distance: number} | undefined {
    if (digits) {
      if (entry.match.number === q) return {tier: Tier.Number, distance: 0};
      if (q.length < 4 && entry.match.number.startsWith(q)) return {tier: Tier.NumberPrefix, distance: 0};
      return undefined;
    }
    if (entry.forms.includes(q)) return {tier: Tier.Exact, distance: 0};
    if (entry.forms.some((f) => f.startsWith(q))) return {tier: Tier.Prefix, distance: 0};
    if (entry.words.some((w) => w.startsWith(q))) return {tier: Tier.WordPrefix, distance: 0};
    if (q.length >= 2 && entry.forms[0]!.includes(q)) return {tier: Tier.Substring, distance: 0};
    if (allowance === 0) return undefined;
    let best = allowance + 1;
    for (const form of entry.compact) {
      best = Math.min(best, editDistance(qCompact, form, allowance));
      // A typo in what has been typed so far: compare with the start of the name.
      if (form.length > qCompact.length) best = Math.min(best, editDistance(qCompact, form.slice(0, qCompact.length), allowance));
      if (best === 1) break;
    }
    return best <= allowance ? {tier: Tier.Typo, distance: best} : undefined;
  }

  function search(query: string, limit = 10): MunicipalityMatch[] {
    const q = searchKey(query);
    if (!q) return [];
    const digits = /^\d+$/.test(q);
    const qCompact = q.replace(/ /g, '');
    const allowance = typoAllowance(qCompact.length);
    const hits: {entry: Entry; tier: Tier; distance: number}[] = [];
    for (const entry of entries) {
      const r = rank(entry, q, qCompact, digits, allowance);
      if (r) hits.push({entry, ...r});
    }
    hits.sort((a, b) => a.tier - b.tier || a.distance - b.distance || a.entry.order - b.entry.order
      || a.entry.match.number.localeCompare(b.entry.match.number));
    return hits.slice(0, Math.max(0, limit)).map((h) => h.entry.match);
  }

  function lookup(nameOrNumber: string): MunicipalityMatch[] {
    const raw = nameOrNumber.trim();
    if (/^\d{3,4}$/.test(raw)) {
      const number = raw.padStart(4, '0');
      return entries.filter((e) => e.match.number === number).map((e) => e.match);
    }
    // 'Herøy (Nordland)': the label this index gives shared names, so a finder can hand it back.
    const labelled = /^(.*\S)\s*\(([^()]+)\)$/.exec(raw);
    const name = searchKey(labelled ? labelled[1]! : raw);
    const county = labelled ? searchKey(labelled[2]!) : undefined;
    if (!name) return [];
    return entries
      .filter((e) => e.forms.includes(name))
      .filter((e) => county === undefined || searchKey(e.match.countyName) === county || e.match.county === county)
      .map((e) => e.match);
  }

  return {all, search, lookup};
}
