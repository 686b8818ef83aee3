/**
 * `@usht/sdk/wording`: validation messages in Bokmål, Nynorsk and English, for
 * `formatIssues(issues, {wording})`, `parseCollection(…, {wording})` and `validateFeed(json, where, {wording})`.
 * A separate entry so the browser entry (English only) stays small.
 */
import {en} from './en.js';
import {nb} from './nb.js';
import {nn} from './nn.js';
import type {ValidationWording} from './types.js';

export type {ValidationWording} from './types.js';
export {en, nb, nn};

/** Languages validation messages come in. Northern Sami has none yet: it falls back to Bokmål. */
export const wordingLanguages = ['nb', 'nn', 'en'] as const;
export type WordingLanguage = (typeof wordingLanguages)[number];

export const validationWording: Readonly<Record<WordingLanguage, ValidationWording>> = {nb, nn, en};

/** The wording for a locale tag (`nb`, `nn-NO`, `en-GB`, `se` → nb). */
export function wordingFor(locale: string | undefined): ValidationWording {
  const primary = (locale ?? '').toLowerCase().split(/[-_]/)[0];
  return primary === 'nn' ? nn : primary === 'en' ? en : nb;
}
