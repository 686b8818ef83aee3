import type {Plural} from './types.js';
import {lazyCatalog} from './lazy-catalog.js';

// Strings every element shares. nb is the reference: nn and en must match its type; se may be partial.

const nb = {
  loading: 'Laster inn …',
  loadFailed: 'Klarte ikke å hente dataene.',
  retry: 'Prøv igjen',
  empty: 'Ingen treff.',
  sampleData: 'Eksempeldata',
  sampleDataNote: 'Dette er genererte eksempeldata, ikke virkelige aktiviteter.',
  invalidRecords: {
    one: (n) => `${n} oppføring i datakilden var ugyldig og vises ikke.`,
    other: (n) => `${n} oppføringer i datakilden var ugyldige og vises ikke.`,
  } satisfies Plural,
  sourceLabel: 'Kilde',
  uncertain: 'Usikkert',
  unconfirmed: 'ikke bekreftet',
  dataAttribution: 'Kommunedata © Kartverket, CC BY 4.0',
};
export type CommonMessages = typeof nb;

// Northern Sami: only words we are sure of; the rest falls back to nb, marked lang="nb".
const se: Partial<CommonMessages> = {
  retry: 'Geahččal ođđasit',
  sourceLabel: 'Gáldu',
};

/** The loading state's text, shown before nn or en could have loaded; the nn and en files reuse it. */
export const early = {nn: 'Lastar inn …', en: 'Loading …'};

export const common = lazyCatalog(nb, se, {
  nn: () => import('./common.nn.js').then((m) => m.nn),
  en: () => import('./common.en.js').then((m) => m.en),
}, {nn: {loading: early.nn}, en: {loading: early.en}});

/**
 * Strings that are rightly the same in nb and nn (checked by the locale test, which fails when an
 * nn string equals nb without being listed here).
 */
export const commonSameInNynorsk: readonly (keyof CommonMessages)[] = ['retry', 'empty', 'sampleData', 'uncertain', 'dataAttribution'];
