// Strings of <usht-provider>. It renders nothing of its own, so it has none: the section stays for
// hosts' overrides and for symmetry with the elements.
const nb = {};
const nn = {};
const en = {};
const se = {};
export const provider = { nb, nn, en, se };
/** Keys whose nn text is rightly identical to nb. */
export const providerSameInNynorsk = [];
//# sourceMappingURL=provider.js.map