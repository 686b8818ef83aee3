import {early, type CommonMessages} from './common.js';

// English strings every element shares, loaded when a page shows an element in English (budgets.md: an
// element's entry carries only Bokmål). See common.ts for the reference.
export const en: CommonMessages = {
  loading: early.en,
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
