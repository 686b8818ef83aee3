import type {Plural} from './types.js';

// Strings of <usht-provider>. nb is the reference: nn and en must match its type; se may be partial.
const nb = {
  label: '',
};
export type ProviderMessages = typeof nb;

const nn: ProviderMessages = {
  label: '',
};

const en: ProviderMessages = {
  label: '',
};

const se: Partial<ProviderMessages> = {};

export const provider = {nb, nn, en, se};

/** Keys whose nn text is rightly identical to nb. */
export const providerSameInNynorsk: readonly (keyof ProviderMessages)[] = [];

export type {Plural};
