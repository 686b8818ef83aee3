import type {Plural} from './types.js';

// Strings of <usht-provider>. It renders nothing of its own, so it has none: the section stays for
// hosts' overrides and for symmetry with the elements.
const nb = {};
export type ProviderMessages = typeof nb;

const nn: ProviderMessages = {};

const en: ProviderMessages = {};

const se: Partial<ProviderMessages> = {};

export const provider = {nb, nn, en, se};

/** Keys whose nn text is rightly identical to nb. */
export const providerSameInNynorsk: readonly (keyof ProviderMessages)[] = [];

export type {Plural};
