/**
 * Text folded for comparison, shared by the municipality search, the activity filters and ids.
 * A module of its own so that filtering activities does not load the search index's code.
 */

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
