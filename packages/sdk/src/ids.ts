/**
 * Ids the SDK makes for records that come without one (an imported event, a new activity in the
 * editor): kebab-case as `idSchema` requires, stable for the same input.
 */
import {foldText} from './text-fold.js';

/** A kebab-case id part (schemas/common.ts `idSchema`), at most `max` characters, cut at a word. */
export function slug(text: string, max = 60): string {
  const words = foldText(text).split(/[^a-z0-9]+/).filter(Boolean);
  let out = '';
  for (const word of words) {
    const next = out ? `${out}-${word}` : word;
    if (next.length > max) break;
    out = next;
  }
  return out || (words[0] ?? '').slice(0, max);
}

/**
 * cyrb53 (bryc, public domain: github.com/bryc/code/blob/master/jshash/experimental/cyrb53.js):
 * a fast, well-mixed 53-bit string hash. Not cryptographic: ids only need to be stable across
 * imports and not collide among one centre's records (2^53 values).
 */
export function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The hash in base 36, the shortest form an id may hold (a-z, 0-9). */
export function hashId(text: string): string {
  return hash53(text).toString(36);
}

/** The id of the source record for a page that announces activities: the same from an import and from the editor. */
export function linkSourceId(centreId: string, url: string): string {
  return `${centreId}-link-${hashId(url)}`;
}
