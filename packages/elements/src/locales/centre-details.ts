// Strings of a centre's details in <usht-centre-map>'s list (centre-details.ts). They come with
// the details' code. nb is the reference: nn and en must match its type; se may be partial.
// Small enough that all languages travel with the code, which loads on demand anyway.
import type {Plural} from './types.js';

const nb = {
  satellites: 'Satellittkommuner',
  websites: 'Nettside',
  contacts: 'Kontakt',
  servedMunicipalities: {one: (n) => `${n} kommune hører til senteret`, other: (n) => `${n} kommuner hører til senteret`} satisfies Plural,
  servedFailed: 'Klarte ikke å hente kommunene som hører til senteret.',
};
export type CentreDetailsMessages = typeof nb;

const nn: CentreDetailsMessages = {
  satellites: 'Satellittkommunar',
  websites: 'Nettstad',
  contacts: 'Kontakt',
  servedMunicipalities: {one: (n) => `${n} kommune høyrer til senteret`, other: (n) => `${n} kommunar høyrer til senteret`},
  servedFailed: 'Klarte ikkje å hente kommunane som høyrer til senteret.',
};

const en: CentreDetailsMessages = {
  satellites: 'Satellite municipalities',
  websites: 'Website',
  contacts: 'Contact',
  servedMunicipalities: {one: (n) => `${n} municipality is served by the centre`, other: (n) => `${n} municipalities are served by the centre`},
  servedFailed: 'Could not load the municipalities the centre serves.',
};

// Northern Sami: only words we are sure of; the rest falls back to nb, marked lang="nb".
const se: Partial<CentreDetailsMessages> = {
  websites: 'Neahttasiidu',
};

export const centreDetails = {nb, nn, en, se};

/** Keys whose nn text is rightly identical to nb. */
export const centreDetailsSameInNynorsk: readonly (keyof CentreDetailsMessages)[] = ['contacts'];
