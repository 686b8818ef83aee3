// Strings of <usht-provider>. nb is the reference: nn and en must match its type; se may be partial.
const nb = {
    label: '',
};
const nn = {
    label: '',
};
const en = {
    label: '',
};
const se = {};
export const provider = { nb, nn, en, se };
/** Keys whose nn text is rightly identical to nb. */
export const providerSameInNynorsk = [];
