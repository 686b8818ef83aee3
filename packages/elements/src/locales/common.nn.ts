import {early, type CommonMessages} from './common.js';

// Nynorsk strings every element shares, loaded when a page shows an element in Nynorsk (budgets.md: an
// element's entry carries only Bokmål). See common.ts for the reference.
export const nn: CommonMessages = {
  loading: early.nn,
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
