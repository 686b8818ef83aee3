import type {SectionCatalog} from './messages.js';
import type {Locale} from './resolve.js';

/**
 * A section's strings with Bokmål (and the partial Sami) in the element's own bundle and Nynorsk
 * and English loaded on demand: a page pays only for the language it shows (budgets.md). Until a
 * language has loaded, the Localizer falls back to Bokmål and marks it `lang="nb"` (WCAG 3.1.2);
 * an element that uses one awaits `load(locale)` with its data, so the fallback is rarely seen.
 */
export interface LazyCatalog<T> extends SectionCatalog<T> {
  /** Resolves once the locale's strings are there (at once for nb and se). A failed load falls back to nb. */
  load(locale: Locale): Promise<void>;
  /** True when the locale's strings are there. (Tests and tools read every locale from messages.ts.) */
  has(locale: Locale): boolean;
}

/**
 * `early`: the few strings of nn and en shown before any language could have loaded (the loading
 * state, a polite status region): in the entry, so a Nynorsk page never hears "Laster inn …"
 * in Bokmål and then again in Nynorsk.
 */
export function lazyCatalog<T>(
  nb: T,
  se: Partial<T>,
  loaders: {readonly nn: () => Promise<T>; readonly en: () => Promise<T>},
  early: {readonly nn?: Partial<T>; readonly en?: Partial<T>} = {},
): LazyCatalog<T> {
  const loaded: {nn?: T; en?: T} = {};
  const pending: {nn?: Promise<void>; en?: Promise<void>} = {};
  const load = (locale: Locale): Promise<void> => {
    if (locale !== 'nn' && locale !== 'en') return Promise.resolve();
    return (pending[locale] ??= loaders[locale]().then(
      (strings) => {
        loaded[locale] = strings;
      },
      () => {
        // Offline, or the chunk is gone: Bokmål stays, marked as such, and the next call tries again.
        pending[locale] = undefined;
      },
    ));
  };
  const catalog = {
    nb,
    se,
    get nn() {
      return (loaded.nn ?? early.nn) as T;
    },
    get en() {
      return (loaded.en ?? early.en) as T;
    },
    load,
    has: (locale: Locale) => locale === 'nb' || locale === 'se' || loaded[locale] !== undefined,
  };
  return catalog;
}
