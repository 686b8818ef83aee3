/** Small text helpers shared by the importers: folding for matching, quoting values in messages. */
import {foldText} from '../text-fold.js';

export {hash53, hashId, slug} from '../ids.js';

/** Lower-case ASCII letters and digits with single spaces: `«Pårørende-arbeid»` → `parorende arbeid`. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  // ASCII text needs no transliteration or decomposition (search.ts): skip the costly part.
  return (/^[\x00-\x7f]*$/.test(lower) ? lower : foldText(lower)).replace(/[^a-z0-9]+/g, ' ').trim();
}

/** A value from the user's file as a message quotes it: one line, at most 60 characters. */
export function quoted(value: string): string {
  const line = value.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
}

/** Items of a list cell or property: separated by semicolons or line breaks, trimmed, empty ones dropped. */
export function splitList(value: string): string[] {
  return value.split(/[;\r\n]+/).map((item) => item.trim()).filter(Boolean);
}
