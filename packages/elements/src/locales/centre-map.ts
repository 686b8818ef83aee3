import type {Plural} from './types.js';
import {lazyCatalog} from './lazy-catalog.js';

// Strings of <usht-centre-map>. nb is the reference: nn and en must match its type; se may be partial.
const nb = {
  finderLabel: 'Hvilket utviklingssenter hører kommunen min til?',
  finderHint: 'Skriv navnet eller nummeret på kommunen.',
  finderOptions: 'Kommuner',
  centresHeading: {one: (n) => `${n} utviklingssenter`, other: (n) => `${n} utviklingssentre`} satisfies Plural,
  host: 'Vertskommune',
  hostCandidate: (name: string) => `kanskje ${name}`,
  notOnMap: 'Ikke vist på kartet.',
  area: 'Område',
  unknownCentre: (id: string) => `Fant ikke utviklingssenteret «${id}».`,
  unknownMunicipality: (query: string) => `Fant ingen kommune med navnet eller nummeret «${query}».`,
  unusable: {
    one: () => 'Sentrene kan ikke vises: den eneste oppføringen i datakilden er ugyldig.',
    other: (n) => `Sentrene kan ikke vises: alle ${n} oppføringene i datakilden er ugyldige.`,
  } satisfies Plural,
};
export type CentreMapMessages = typeof nb;

// Northern Sami: only words we are sure of; the rest falls back to nb, marked lang="nb".
const se: Partial<CentreMapMessages> = {};

export const centreMap = lazyCatalog(nb, se, {
  nn: () => import('./centre-map.nn.js').then((m) => m.nn),
  en: () => import('./centre-map.en.js').then((m) => m.en),
});

/** Keys whose nn text is rightly identical to nb. */
export const centreMapSameInNynorsk: readonly (keyof CentreMapMessages)[] = [
  'host', 'hostCandidate', 'area',
];

export type {Plural};
