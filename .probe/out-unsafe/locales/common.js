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
    },
    sourceLabel: 'Kilde',
    uncertain: 'Usikkert',
    unconfirmed: 'ikke bekreftet',
    dataAttribution: 'Kommunedata © Kartverket, CC BY 4.0',
};
const nn = {
    loading: 'Lastar inn …',
    loadFailed: 'Klarte ikkje å hente dataa.',
    retry: 'Prøv igjen',
    empty: 'Ingen treff.',
    sampleData: 'Eksempeldata',
    sampleDataNote: 'Dette er genererte eksempeldata, ikkje verkelege aktivitetar.',
    invalidRecords: {
        one: (n) => `${n} oppføring i datakjelda var ugyldig og blir ikkje vist.`,
        other: (n) => `${n} oppføringar i datakjelda var ugyldige og blir ikkje viste.`,
    },
    sourceLabel: 'Kjelde',
    uncertain: 'Usikkert',
    unconfirmed: 'ikkje stadfesta',
    dataAttribution: 'Kommunedata © Kartverket, CC BY 4.0',
};
const en = {
    loading: 'Loading …',
    loadFailed: 'Could not load the data.',
    retry: 'Try again',
    empty: 'Nothing found.',
    sampleData: 'Sample data',
    sampleDataNote: 'This is generated sample data, not real activities.',
    invalidRecords: {
        one: (n) => `${n} record in the data source was invalid and is not shown.`,
        other: (n) => `${n} records in the data source were invalid and are not shown.`,
    },
    sourceLabel: 'Source',
    uncertain: 'Uncertain',
    unconfirmed: 'not confirmed',
    dataAttribution: 'Municipality data © Kartverket, CC BY 4.0',
};
// Northern Sami: only words we are sure of; the rest falls back to nb, marked lang="nb".
const se = {
    retry: 'Geahččal ođđasit',
    sourceLabel: 'Gáldu',
};
export const common = { nb, nn, en, se };
/**
 * Strings that are rightly the same in nb and nn (checked by the locale test, which fails when an
 * nn string equals nb without being listed here).
 */
export const commonSameInNynorsk = ['retry', 'empty', 'sampleData', 'uncertain', 'dataAttribution'];
//# sourceMappingURL=common.js.map