import type { Plural } from './types.js';
declare const nb: {};
export type ProviderMessages = typeof nb;
export declare const provider: {
    nb: {};
    nn: {};
    en: {};
    se: Partial<{}>;
};
/** Keys whose nn text is rightly identical to nb. */
export declare const providerSameInNynorsk: readonly (keyof ProviderMessages)[];
export type { Plural };
//# sourceMappingURL=provider.d.ts.map