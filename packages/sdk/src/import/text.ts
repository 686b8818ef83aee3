/** Small text helpers shared by the importers: folding for matching, ids, hashes. */

// Letters NFKD does not decompose into a base letter plus a mark (æ, ø …), spelt as Norwegian
// and Sami readers would in ASCII; å, é, á, č, š … lose their marks through NFKD below.
const transliteration: Readonly<Record<string, string>> = {
  æ: 'ae', ø: 'o', đ: 'd', ŋ: 'n', ŧ: 't', ß: 'ss', œ: 'oe', ł: 'l', þ: 'th', ð: 'd',
};

/** Lower-case ASCII letters and digits with single spaces: `«Pårørende-arbeid»` → `parorende arbeid`. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  // ASCII text needs no transliteration or decomposition: skip the costly part.
  if (/^[\x00-\x7f]*$/.test(lower)) return lower.replace(/[^a-z0-9]+/g, ' ').trim();
  return lower
    .replace(/[æøđŋŧßœłþð]/g, (char) => transliteration[char] ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A kebab-case id part (schemas/common.ts `idSchema`), at most `max` characters, cut at a word. */
export function slug(text: string, max = 60): string {
  const words = fold(text).split(' ').filter(Boolean);
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
 * imports and not collide among one centre's events (2^53 values).
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

/** A value from the user's file as a message quotes it: one line, at most 60 characters. */
export function quoted(value: string): string {
  const line = value.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
}

/** Items of a list cell or property: separated by semicolons or line breaks, trimmed, empty ones dropped. */
export function splitList(value: string): string[] {
  return value.split(/[;\r\n]+/).map((item) => item.trim()).filter(Boolean);
}
