import type {CentreMapMessages} from './centre-map.js';

// Nynorsk strings of <usht-centre-map>, loaded when a page shows the map in Nynorsk
// (budgets.md: the map's entry carries only Bokmål). See centre-map.ts for the reference.
export const nn: CentreMapMessages = {
  finderLabel: 'Kva utviklingssenter høyrer kommunen min til?',
  finderHint: 'Skriv namnet eller nummeret på kommunen.',
  finderOptions: 'Kommunar',
  finderAnswer: (municipality, centre) => `${municipality} høyrer til ${centre}.`,
  finderUncertain: 'Dette er ikkje stadfesta av ei kjelde.',
  finderNoMatch: (query) => `Fann ingen kommune som passar til «${query}».`,
  finderAmbiguous: (name) => `Fleire kommunar heiter ${name}. Vel rett kommune i lista.`,
  centresHeading: {one: (n) => `${n} utviklingssenter`, other: (n) => `${n} utviklingssenter`},
  host: 'Vertskommune',
  hostCandidate: (name) => `kanskje ${name}`,
  notOnMap: 'Ikkje vist på kartet.',
  area: 'Område',
  municipalityCount: {one: (n) => `${n} kommune`, other: (n) => `${n} kommunar`},
  satellites: 'Satellittkommunar',
  websites: 'Nettstad',
  contacts: 'Kontakt',
  servedMunicipalities: 'Kommunar som høyrer til senteret',
  mapLabel: 'Kart over utviklingssentera',
  mapHint: 'Piltastane flyttar mellom sentera på kartet. Enter eller mellomrom vel.',
  skipMap: 'Hopp over kartet',
  inset: 'Oslofjorden',
  mapAttribution: 'Kart: Natural Earth',
  selectedLabel: 'Valt senter',
  noneSelected: 'Vel eit senter i lista, på kartet eller med kommunesøket for å sjå meir om det.',
  unknownCentre: (id) => `Fann ikkje utviklingssenteret «${id}».`,
  unknownMunicipality: (query) => `Fann ingen kommune med namnet eller nummeret «${query}».`,
  countiesFailed: 'Fylkesgrensene kan ikkje visast fordi kartdataa for dei er ugyldige.',
  unusable: {
    one: () => 'Sentera kan ikkje visast: den einaste oppføringa i datakjelda er ugyldig.',
    other: (n) => `Sentera kan ikkje visast: alle dei ${n} oppføringane i datakjelda er ugyldige.`,
  },
};
