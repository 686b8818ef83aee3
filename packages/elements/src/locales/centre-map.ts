import type {Plural} from './types.js';

// Strings of <usht-centre-map>. nb is the reference: nn and en must match its type; se may be partial.
const nb = {
  label: '',
};
export type CentreMapMessages = typeof nb;

const nn: CentreMapMessages = {
  label: '',
};

const en: CentreMapMessages = {
  label: '',
};

const se: Partial<CentreMapMessages> = {};

export const centreMap = {nb, nn, en, se};

/** Keys whose nn text is rightly identical to nb. */
export const centreMapSameInNynorsk: readonly (keyof CentreMapMessages)[] = [];

export type {Plural};
