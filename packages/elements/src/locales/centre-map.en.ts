import type {CentreMapMessages} from './centre-map.js';

// English strings of <usht-centre-map>, loaded when a page shows the map in English
// (budgets.md: the map's entry carries only Bokmål). See centre-map.ts for the reference.
export const en: CentreMapMessages = {
  finderLabel: 'Which development centre does my municipality belong to?',
  finderHint: 'Type the name or number of the municipality.',
  finderOptions: 'Municipalities',
  centresHeading: {one: (n) => `${n} development centre`, other: (n) => `${n} development centres`},
  host: 'Host municipality',
  hostCandidate: (name) => `possibly ${name}`,
  notOnMap: 'Not shown on the map.',
  area: 'Area',
  unknownCentre: (id) => `The development centre “${id}” was not found.`,
  unknownMunicipality: (query) => `No municipality has the name or number “${query}”.`,
  unusable: {
    one: () => 'The centres cannot be shown: the only record in the data source is invalid.',
    other: (n) => `The centres cannot be shown: all ${n} records in the data source are invalid.`,
  },
};
