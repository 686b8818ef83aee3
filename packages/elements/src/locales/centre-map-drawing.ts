// Strings of <usht-centre-map>'s drawn map (map-drawing.ts). They come with the drawing's code.
// nb is the reference: nn and en must match its type; se may be partial. Small enough that all
// languages travel with the code, which loads on demand anyway.
const nb = {
  mapLabel: 'Kart over utviklingssentrene',
  mapHint: 'Piltastene flytter mellom sentrene på kartet. Enter eller mellomrom åpner senteret i lista.',
  skipMap: 'Hopp over kartet',
  inset: 'Oslofjorden',
  mapAttribution: 'Kart: Natural Earth',
  countiesFailed: 'Fylkesgrensene kan ikke vises fordi kartdataene for dem er ugyldige.',
};
export type CentreMapDrawingMessages = typeof nb;

const nn: CentreMapDrawingMessages = {
  mapLabel: 'Kart over utviklingssentera',
  mapHint: 'Piltastane flyttar mellom sentera på kartet. Enter eller mellomrom opnar senteret i lista.',
  skipMap: 'Hopp over kartet',
  inset: 'Oslofjorden',
  mapAttribution: 'Kart: Natural Earth',
  countiesFailed: 'Fylkesgrensene kan ikkje visast fordi kartdataa for dei er ugyldige.',
};

const en: CentreMapDrawingMessages = {
  mapLabel: 'Map of the development centres',
  mapHint: 'The arrow keys move between the centres on the map. Enter or Space opens the centre in the list.',
  skipMap: 'Skip the map',
  inset: 'Oslofjord',
  mapAttribution: 'Map: Natural Earth',
  countiesFailed: 'The county borders cannot be shown because their map data is invalid.',
};

// Northern Sami: nothing we are sure of yet; every string falls back to nb, marked lang="nb".
const se: Partial<CentreMapDrawingMessages> = {};

export const centreMapDrawing = {nb, nn, en, se};

/** Keys whose nn text is rightly identical to nb. */
export const centreMapDrawingSameInNynorsk: readonly (keyof CentreMapDrawingMessages)[] = ['skipMap', 'inset', 'mapAttribution'];
