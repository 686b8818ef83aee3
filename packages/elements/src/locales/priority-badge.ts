import type {Plural} from './types.js';
import {lazyCatalog} from './lazy-catalog.js';

// Strings of <usht-priority-badge> and <usht-priority-badges>. nb is the reference: nn and en must
// match its type; se may be partial. Priority-area names and summaries come from the data (nb) and
// are never translated here.
const nb = {
  /** Screen-reader prefix before the name; the visible cue is the category's shape. */
  categoryStanding: 'Varig satsingsområde',
  categoryNational: (years: string) => (years ? `Nasjonalt satsingsområde ${years}` : 'Nasjonalt satsingsområde'),
  categoryLeveHeleLivet: 'Innsatsområde i Leve hele livet',
  /** Accessible name of the disclosure button beside a badge. */
  about: (name: string) => `Om satsingsområdet ${name}`,
  officialName: 'Offisielt navn',
  noSummary: 'Kilden gir ingen beskrivelse av dette satsingsområdet.',
  listLabel: 'Satsingsområder',
  unknownArea: (id: string) => `Ukjent satsingsområde: ${id}`,
  invalidArea: (id: string) => `Satsingsområdet ${id} har ugyldige data og vises ikke.`,
  loading: 'Henter satsingsområde …',
  loadFailed: 'Klarte ikke å hente satsingsområdet.',
};
export type PriorityBadgeMessages = typeof nb;

// Northern Sami: nothing we are sure of yet; every string falls back to nb, marked lang="nb".
const se: Partial<PriorityBadgeMessages> = {};

/** The loading state's text, shown before nn or en could have loaded; the nn and en files reuse it. */
export const early = {nn: 'Hentar satsingsområde …', en: 'Loading priority area …'};

export const priorityBadge = lazyCatalog(nb, se, {
  nn: () => import('./priority-badge.nn.js').then((m) => m.nn),
  en: () => import('./priority-badge.en.js').then((m) => m.en),
}, {nn: {loading: early.nn}, en: {loading: early.en}});

/**
 * Keys whose nn text is rightly identical to nb: "varig", "nasjonalt", "satsingsområde" and "ukjent"
 * are spelt the same in both written standards (Norsk Ordbok / Bokmålsordboka).
 */
export const priorityBadgeSameInNynorsk: readonly (keyof PriorityBadgeMessages)[] = [
  'categoryStanding',
  'categoryNational',
  'about',
  'unknownArea',
];

export type {Plural};
