/**
 * The client: what widgets and host pages call. It answers the questions of the domain ("which
 * centre serves my municipality?") on top of any DataSource; the embedded data is the default.
 */
import {UshtNotFoundError} from './errors.js';
import type {Activity} from './schemas/activity.js';
import type {Centre} from './schemas/centre.js';
import type {Source} from './schemas/common.js';
import type {County} from './schemas/county.js';
import type {Attribution} from './schemas/feed.js';
import type {GrantScheme} from './schemas/grant-scheme.js';
import type {Municipality} from './schemas/municipality.js';
import type {PriorityArea} from './schemas/priority-area.js';
import type {Programme} from './schemas/programme.js';
import type {MunicipalityIndex, MunicipalityMatch} from './search.js';
import {searchKey} from './text-fold.js';
import type {ActivityQuery, DataSource, MunicipalityQuery, RequestOptions, ResultSet} from './sources/data-source.js';
import {embeddedSource, feedSource, httpSource} from './sources/deferred.js';
import type {HttpOptions} from './sources/transport.js';

export interface ClientOptions extends HttpOptions {
  /** Any DataSource; default: the embedded data set. */
  readonly source?: DataSource;
  /** URL of a feed document; collections it leaves out come from the embedded data. */
  readonly feed?: string | URL;
  /** Root of a USHT REST API. */
  readonly baseUrl?: string | URL;
}

/** Which centre serves a municipality. */
export interface CentreLookup {
  readonly municipality: MunicipalityMatch;
  readonly centre: Centre;
}

export interface ProgrammeQuery {
  readonly centreId?: string;
  readonly priorityAreaId?: string;
}

export interface UshtClient {
  readonly source: DataSource;
  centres(options?: RequestOptions): Promise<ResultSet<Centre>>;
  /** @throws UshtNotFoundError when the source holds no centre with this id. */
  centre(id: string, options?: RequestOptions): Promise<Centre>;
  counties(options?: RequestOptions): Promise<ResultSet<County>>;
  /** All municipalities in number order, or the best matches for `query.query` first. */
  municipalities(query?: MunicipalityQuery, options?: RequestOptions): Promise<ResultSet<MunicipalityMatch>>;
  /**
   * The centre serving a municipality given by number ('1820') or name ('Herøy', 'tromso',
   * 'Karasjok', 'Herøy (Nordland)'). Names are not unique: 'Herøy' and 'Våler' give two answers.
   * @throws UshtNotFoundError when no municipality has this number or name.
   */
  centreFor(nameOrNumber: string, options?: RequestOptions): Promise<CentreLookup[]>;
  activities(query?: ActivityQuery, options?: RequestOptions): Promise<ResultSet<Activity>>;
  priorityAreas(options?: RequestOptions): Promise<ResultSet<PriorityArea>>;
  /** @throws UshtNotFoundError */
  priorityArea(id: string, options?: RequestOptions): Promise<PriorityArea>;
  programmes(query?: ProgrammeQuery, options?: RequestOptions): Promise<ResultSet<Programme>>;
  grantSchemes(options?: RequestOptions): Promise<ResultSet<GrantScheme>>;
  /** @throws UshtNotFoundError naming the years the source has. */
  grantScheme(year: number, options?: RequestOptions): Promise<GrantScheme>;
  sources(options?: RequestOptions): Promise<ResultSet<Source>>;
  /** What must be shown next to the data (licences such as CC BY 4.0). */
  attribution(options?: RequestOptions): Promise<readonly Attribution[]>;
}

function pickSource(options: ClientOptions): DataSource {
  const given = [options.source, options.feed, options.baseUrl].filter((x) => x !== undefined).length;
  if (given > 1) throw new TypeError('createClient: pass only one of `source`, `feed` and `baseUrl`');
  if (options.source) return options.source;
  const {source: _source, feed, baseUrl, ...http} = options;
  if (feed !== undefined) return feedSource(feed, {...http, fallback: embeddedSource()});
  if (baseUrl !== undefined) return httpSource({...http, baseUrl});
  return embeddedSource();
}

export function createClient(options: ClientOptions = {}): UshtClient {
  const source = pickSource(options);
  let built: {municipalities: readonly Municipality[]; counties: readonly County[]; index: MunicipalityIndex} | undefined;

  async function municipalityIndex(request?: RequestOptions) {
    // The search code loads with the municipalities, not with the client: a calendar never needs it.
    const [municipalities, counties, {createMunicipalityIndex}] = await Promise.all([
      source.municipalities(request), source.counties(request), import('./search.js'),
    ]);
    // Sources hand back the same arrays while their data is unchanged: build the index once per data set.
    if (built?.municipalities !== municipalities.items || built.counties !== counties.items) {
      built = {
        municipalities: municipalities.items,
        counties: counties.items,
        index: createMunicipalityIndex(municipalities.items, counties.items),
      };
    }
    return {index: built.index, rejected: [...municipalities.rejected, ...counties.rejected]};
  }

  async function find<T>(list: Promise<ResultSet<T>>, match: (item: T) => boolean, notFound: (items: readonly T[]) => Error): Promise<T> {
    const {items} = await list;
    const found = items.find(match);
    if (found === undefined) throw notFound(items);
    return found;
  }

  return {
    source,
    centres: (request) => source.centres(request),
    counties: (request) => source.counties(request),
    centre: (id, request) =>
      find(source.centres(request), (c) => c.id === id, () => new UshtNotFoundError('centre', id)),

    async municipalities(query = {}, request) {
      const {index, rejected} = await municipalityIndex(request);
      let matches: readonly MunicipalityMatch[] = query.query?.trim() ? index.search(query.query, Number.POSITIVE_INFINITY) : index.all;
      if (query.county !== undefined) {
        const county = searchKey(query.county);
        matches = matches.filter((m) => m.county === query.county || searchKey(m.countyName) === county);
      }
      if (query.centreId !== undefined) matches = matches.filter((m) => m.centreId === query.centreId);
      const total = matches.length;
      return {items: query.limit === undefined ? matches : matches.slice(0, query.limit), rejected, total};
    },

    async centreFor(nameOrNumber, request) {
      const [{index}, centres] = await Promise.all([municipalityIndex(request), source.centres(request)]);
      const municipalities = index.lookup(nameOrNumber);
      if (municipalities.length === 0) {
        const close = index.search(nameOrNumber, 3).map((m) => m.label);
        throw new UshtNotFoundError('municipality', nameOrNumber, close.length ? `did you mean ${close.join(', ')}?` : undefined);
      }
      return municipalities.map((municipality) => {
        const centre = centres.items.find((c) => c.id === municipality.centreId);
        if (!centre) {
          throw new UshtNotFoundError('centre', municipality.centreId, `${municipality.label} is served by it, but ${source.description} holds no such centre`);
        }
        return {municipality, centre};
      });
    },

    activities: (query, request) => source.activities(query, request),
    priorityAreas: (request) => source.priorityAreas(request),
    priorityArea: (id, request) =>
      find(source.priorityAreas(request), (p) => p.id === id, () => new UshtNotFoundError('priority area', id)),

    async programmes(query = {}, request) {
      const {items, rejected} = await source.programmes(request);
      const matches = items.filter((p) =>
        (query.centreId === undefined || p.centreId === query.centreId)
        && (query.priorityAreaId === undefined || p.priorityAreaIds.includes(query.priorityAreaId)));
      return {items: matches, rejected, total: matches.length};
    },

    grantSchemes: (request) => source.grantSchemes(request),
    grantScheme: (year, request) =>
      find(source.grantSchemes(request), (g) => g.year === year, (all) => {
        const years = all.map((g) => g.year).sort((a, b) => a - b);
        return new UshtNotFoundError('grant scheme', String(year), years.length ? `the years with a scheme are ${years.join(', ')}` : 'the source holds no grant schemes');
      }),
    sources: (request) => source.sources(request),
    attribution: (request) => source.attribution(request),
  };
}
