// One story per state of <usht-centre-map>. Stories are plain render functions (the tests reuse
// them as fixtures); data comes from the embedded set or a fake source, never the network.
import {html} from 'lit';
import './usht-centre-map.js';
import {clientOn, emptySource, failingOnceSource, networkError, neverResolvingSource, realSource, withInvalidRecordsSource, withSampleContactsSource} from '../../../../stories/shared/fake-sources.js';
import {darkCanvas, designsystemetCanvas, narrow} from '../../../../stories/shared/decorators.js';

export default {
  title: 'Elements/Centre map',
  component: 'usht-centre-map',
  excludeStories: ['sampleCounties'],
  parameters: {
    docs: {
      description: {
        component:
          'The 21 development centres: the list first (the primary content), a municipality finder ("Hvilket ' +
          'utviklingssenter hører kommunen min til?") and an SVG map of Norway generated at build time from Natural Earth. ' +
          'The map is one tab stop: arrow keys, Home and End move between markers, Enter or Space selects. ' +
          'The crowded Oslofjord area is enlarged in an inset. County borders are an optional layer the host supplies.',
      },
    },
  },
};

/** The fallback a host puts inside the tag: shown if the script does not load. */
const fallback = html`<a href="https://www.utviklingssenter.no">Utviklingssentre for sykehjem og hjemmetjenester</a>`;

export const Default = () => html`<usht-centre-map>${fallback}</usht-centre-map>`;

/**
 * A centre chosen by the host (`selected="troms"`): marked on the map, its details open in the list,
 * with the municipalities it serves and how many (the list itself shows host and area only).
 */
export const SelectedCentre = () => html`<usht-centre-map selected="troms"></usht-centre-map>`;

/** `municipality="1820"` (Alstahaug): the finder answers and the serving centre is selected. */
export const PreselectedByMunicipality = () => html`<usht-centre-map municipality="1820"></usht-centre-map>`;

/** A typo in `selected`: a visible message and one console warning naming the ids that exist. */
export const UnknownSelectedId = () => html`<usht-centre-map selected="usht-troms"></usht-centre-map>`;

/** A municipality number that does not exist. */
export const UnknownMunicipality = () => html`<usht-centre-map municipality="9999"></usht-centre-map>`;

/** 'Romsa', the Northern Sami name of Tromsø (sourced in the data): the finder says which name it matched. */
export const FinderSamiName = () => html`<usht-centre-map municipality="Romsa"></usht-centre-map>`;

/** '301', Oslo's number as a spreadsheet writes it (0301): read with its leading zero. */
export const FinderNumberWithoutLeadingZero = () => html`<usht-centre-map municipality="301"></usht-centre-map>`;

/** Two municipalities are called Herøy: the finder asks which one instead of guessing. */
export const FinderDuplicateName = () => html`<usht-centre-map municipality="Herøy"></usht-centre-map>`;

/**
 * Contact people with e-mail and phone links, in the list and the details. No centre of the embedded
 * data names its contact people yet: the two shown for USHT Troms are invented sample people.
 */
export const ContactPeople = () => html`<usht-centre-map selected="troms" .client=${clientOn(withSampleContactsSource())}></usht-centre-map>`;

/** Oslo selected: the Oslofjord centres are drawn in the enlarged inset. */
export const OslofjordInset = () => html`<usht-centre-map selected="oslo"></usht-centre-map>`;

/**
 * A county layer as a host would supply it. These shapes are generated sample data (convex outlines
 * around the municipalities' points, not real borders), so the map says "Eksempeldata".
 */
export const WithCountyLayer = (_args: unknown, {loaded}: {loaded: {counties?: unknown}}) =>
  html`<usht-centre-map selected="hedmark" .counties=${loaded.counties}></usht-centre-map>`;
WithCountyLayer.loaders = [async () => ({counties: await sampleCounties()})];

/** County data in projected metres (UTM 33) instead of degrees: a message, and the map without it. */
export const BadCountyGeoJson = () => html`<usht-centre-map .counties=${utmCounties}></usht-centre-map>`;

export const Loading = () => html`<usht-centre-map .client=${clientOn(neverResolvingSource())}></usht-centre-map>`;

/** The first request fails; "Prøv igjen" loads the data. */
export const Failed = () => html`<usht-centre-map .client=${clientOn(failingOnceSource())}></usht-centre-map>`;

/**
 * The centres load, the municipalities do not (they load apart, on first need): the list and the map
 * work, the opened details say what is missing with "Prøv igjen", and so does the finder when used.
 */
export const MunicipalitiesFailed = () => {
  const client = clientOn(realSource());
  return html`<usht-centre-map selected="hedmark" .client=${{...client, municipalities: () => Promise.reject(networkError('municipalities'))}}></usht-centre-map>`;
};

/** Two centres that failed validation, as a broken feed gives them. */
export const unusableCentres = {
  centres: [
    {path: 'centres[0]', id: 'ugyldig-senter', issues: [{path: 'host', message: 'expected object'}]},
    {path: 'centres[1]', issues: [{path: 'id', message: 'kebab-case id'}, {path: 'name', message: 'expected string'}]},
  ],
};

/** A source with no centres. */
export const Empty = () => html`<usht-centre-map .client=${clientOn(emptySource())}></usht-centre-map>`;

/** A feed with a centre that failed validation: counted, never shown raw. */
export const InvalidRecords = () => html`<usht-centre-map .client=${clientOn(withInvalidRecordsSource())}></usht-centre-map>`;

/** A feed whose every centre failed validation: the data cannot be used, which is not "nothing found". */
export const NoValidCentres = () => html`<usht-centre-map .client=${clientOn(withInvalidRecordsSource(emptySource(), unusableCentres))}></usht-centre-map>`;

export const Nynorsk = () => html`<usht-centre-map lang="nn" municipality="4640"></usht-centre-map>`;

export const English = () => html`<usht-centre-map lang="en" municipality="5501"></usht-centre-map>`;

/** Northern Sami: strings we do not have yet fall back to Bokmål, marked lang="nb". */
export const Sami = () => html`<usht-centre-map lang="se" municipality="5610"></usht-centre-map>`;

export const DarkScheme = () => darkCanvas(html`<usht-centre-map selected="vestfold"></usht-centre-map>`);

/** Under a Designsystemet-like theme (a stand-in token set, see stories/shared/designsystemet-theme.css). */
export const DesignsystemetTheme = () => designsystemetCanvas(html`<usht-centre-map selected="helse-fonna"></usht-centre-map>`);

/** 320 px wide (WCAG 1.4.10): the list reflows, crowded markers move apart with leader lines. */
export const Narrow = () => narrow(html`<usht-centre-map selected="akershus"></usht-centre-map>`);
Narrow.parameters = {viewport: {defaultViewport: 'narrow'}};
Narrow.globals = {viewport: {value: 'narrow', isRotated: false}};

// A county whose coordinates are UTM zone 33 metres, as a host copying Kartverket's EPSG:25833 files would send.
const utmCounties = {
  type: 'FeatureCollection',
  features: [{type: 'Feature', id: '03', properties: {}, geometry: {type: 'Polygon', coordinates: [[[261000, 6649000], [270000, 6649000], [270000, 6660000], [261000, 6649000]]]}}],
};

/**
 * Sample county shapes: the convex hull of small octagons around every municipality point of a
 * county (from the embedded data). Rough on purpose and marked `sample: true`.
 */
export async function sampleCounties(): Promise<unknown> {
  const {items} = await realSource().municipalities();
  const byCounty = new Map<string, [number, number][]>();
  for (const m of items) {
    if (!m.point) continue;
    const [lat, lon] = m.point;
    const points = byCounty.get(m.county) ?? [];
    for (let i = 0; i < 8; i++) {
      const angle = (i * Math.PI) / 4;
      points.push([lon + 0.25 * Math.cos(angle), lat + 0.12 * Math.sin(angle)]);
    }
    byCounty.set(m.county, points);
  }
  return {
    type: 'FeatureCollection',
    sample: true,
    features: [...byCounty].map(([county, points]) => ({
      type: 'Feature',
      id: county,
      properties: {},
      geometry: {type: 'Polygon', coordinates: [hull(points)]},
    })),
  };
}

/** Andrew's monotone chain; the ring is closed (first point repeated). */
function hull(points: [number, number][]): [number, number][] {
  const sorted = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const cross = (o: [number, number], a: [number, number], b: [number, number]) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const half = (list: [number, number][]) => {
    const out: [number, number][] = [];
    for (const p of list) {
      while (out.length >= 2 && cross(out[out.length - 2]!, out[out.length - 1]!, p) <= 0) out.pop();
      out.push(p);
    }
    out.pop();
    return out;
  };
  const ring = [...half(sorted), ...half([...sorted].reverse())];
  return [...ring, ring[0]!];
}
