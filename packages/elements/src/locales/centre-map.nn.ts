import type {CentreMapMessages} from './centre-map.js';

// Nynorsk strings of <usht-centre-map>, loaded when a page shows the map in Nynorsk
// (budgets.md: the map's entry carries only Bokmål). See centre-map.ts for the reference.
export const nn: CentreMapMessages = {
  finderLabel: 'Kva utviklingssenter høyrer kommunen min til?',
  finderHint: 'Skriv namnet eller nummeret på kommunen.',
  finderOptions: 'Kommunar',
  centresHeading: {one: (n) => `${n} utviklingssenter`, other: (n) => `${n} utviklingssenter`},
  host: 'Vertskommune',
  hostCandidate: (name) => `kanskje ${name}`,
  notOnMap: 'Ikkje vist på kartet.',
  area: 'Område',
  unknownCentre: (id) => `Fann ikkje utviklingssenteret «${id}».`,
  unknownMunicipality: (query) => `Fann ingen kommune med namnet eller nummeret «${query}».`,
  unusable: {
    one: () => 'Sentera kan ikkje visast: den einaste oppføringa i datakjelda er ugyldig.',
    other: (n) => `Sentera kan ikkje visast: alle dei ${n} oppføringane i datakjelda er ugyldige.`,
  },
};
