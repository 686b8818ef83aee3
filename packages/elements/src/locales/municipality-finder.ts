// Strings of <usht-centre-map>'s municipality finder (municipality-finder.ts). They come with the finder's code.
// nb is the reference: nn and en must match its type; se may be partial. Small enough that all
// languages travel with the code, which loads on demand anyway.
const nb = {
  finderAnswer: (municipality: string, centre: string) => `${municipality} hører til ${centre}.`,
  finderUncertain: 'Dette er ikke bekreftet av en kilde.',
  finderNoMatch: (query: string) => `Fant ingen kommune som passer til «${query}».`,
  finderAmbiguous: (name: string) => `Flere kommuner heter ${name}. Velg riktig kommune i lista.`,
};
export type MunicipalityFinderMessages = typeof nb;

const nn: MunicipalityFinderMessages = {
  finderAnswer: (municipality, centre) => `${municipality} høyrer til ${centre}.`,
  finderUncertain: 'Dette er ikkje stadfesta av ei kjelde.',
  finderNoMatch: (query) => `Fann ingen kommune som passar til «${query}».`,
  finderAmbiguous: (name) => `Fleire kommunar heiter ${name}. Vel rett kommune i lista.`,
};

const en: MunicipalityFinderMessages = {
  finderAnswer: (municipality, centre) => `${municipality} belongs to ${centre}.`,
  finderUncertain: 'No source confirms this.',
  finderNoMatch: (query) => `No municipality matches “${query}”.`,
  finderAmbiguous: (name) => `Several municipalities are called ${name}. Choose the right one in the list.`,
};

// Northern Sami: nothing we are sure of yet; every string falls back to nb, marked lang="nb".
const se: Partial<MunicipalityFinderMessages> = {};

export const municipalityFinder = {nb, nn, en, se};

/** Keys whose nn text is rightly identical to nb. */
export const municipalityFinderSameInNynorsk: readonly (keyof MunicipalityFinderMessages)[] = [];
