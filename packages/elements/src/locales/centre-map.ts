import type {Plural} from './types.js';

// Strings of <usht-centre-map>. nb is the reference: nn and en must match its type; se may be partial.
const nb = {
  finderLabel: 'Hvilket utviklingssenter hører kommunen min til?',
  finderHint: 'Skriv navnet eller nummeret på kommunen.',
  finderOptions: 'Kommuner',
  finderAnswer: (municipality: string, centre: string) => `${municipality} hører til ${centre}.`,
  finderUncertain: 'Dette er ikke bekreftet av en kilde.',
  finderNoMatch: (query: string) => `Fant ingen kommune som passer til «${query}».`,
  finderAmbiguous: (name: string) => `Flere kommuner heter ${name}. Velg riktig kommune i lista.`,
  centresHeading: {one: (n) => `${n} utviklingssenter`, other: (n) => `${n} utviklingssentre`} satisfies Plural,
  host: 'Vertskommune',
  hostCandidate: (name: string) => `kanskje ${name}`,
  notOnMap: 'Ikke vist på kartet.',
  area: 'Område',
  municipalityCount: {one: (n) => `${n} kommune`, other: (n) => `${n} kommuner`} satisfies Plural,
  satellites: 'Satellittkommuner',
  websites: 'Nettside',
  contacts: 'Kontakt',
  servedMunicipalities: 'Kommuner som hører til senteret',
  mapLabel: 'Kart over utviklingssentrene',
  mapHint: 'Piltastene flytter mellom sentrene på kartet. Enter eller mellomrom velger.',
  skipMap: 'Hopp over kartet',
  inset: 'Oslofjorden',
  mapAttribution: 'Kart: Natural Earth',
  selectedLabel: 'Valgt senter',
  noneSelected: 'Velg et senter i lista, på kartet eller med kommunesøket for å se mer om det.',
  unknownCentre: (id: string) => `Fant ikke utviklingssenteret «${id}».`,
  unknownMunicipality: (query: string) => `Fant ingen kommune med navnet eller nummeret «${query}».`,
  countiesFailed: 'Fylkesgrensene kan ikke vises fordi kartdataene for dem er ugyldige.',
};
export type CentreMapMessages = typeof nb;

const nn: CentreMapMessages = {
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
};

const en: CentreMapMessages = {
  finderLabel: 'Which development centre does my municipality belong to?',
  finderHint: 'Type the name or number of the municipality.',
  finderOptions: 'Municipalities',
  finderAnswer: (municipality, centre) => `${municipality} belongs to ${centre}.`,
  finderUncertain: 'No source confirms this.',
  finderNoMatch: (query) => `No municipality matches “${query}”.`,
  finderAmbiguous: (name) => `Several municipalities are called ${name}. Choose the right one in the list.`,
  centresHeading: {one: (n) => `${n} development centre`, other: (n) => `${n} development centres`},
  host: 'Host municipality',
  hostCandidate: (name) => `possibly ${name}`,
  notOnMap: 'Not shown on the map.',
  area: 'Area',
  municipalityCount: {one: (n) => `${n} municipality`, other: (n) => `${n} municipalities`},
  satellites: 'Satellite municipalities',
  websites: 'Website',
  contacts: 'Contact',
  servedMunicipalities: 'Municipalities served by the centre',
  mapLabel: 'Map of the development centres',
  mapHint: 'The arrow keys move between the centres on the map. Enter or Space selects.',
  skipMap: 'Skip the map',
  inset: 'Oslofjord',
  mapAttribution: 'Map: Natural Earth',
  selectedLabel: 'Selected centre',
  noneSelected: 'Choose a centre in the list, on the map or with the municipality search to see more about it.',
  unknownCentre: (id) => `The development centre “${id}” was not found.`,
  unknownMunicipality: (query) => `No municipality has the name or number “${query}”.`,
  countiesFailed: 'The county borders cannot be shown because their map data is invalid.',
};

// Northern Sami: only words we are sure of; the rest falls back to nb, marked lang="nb".
const se: Partial<CentreMapMessages> = {
  websites: 'Neahttasiidu',
};

export const centreMap = {nb, nn, en, se};

/** Keys whose nn text is rightly identical to nb. */
export const centreMapSameInNynorsk: readonly (keyof CentreMapMessages)[] = [
  'host', 'hostCandidate', 'area', 'contacts', 'skipMap', 'inset', 'mapAttribution',
];

export type {Plural};
