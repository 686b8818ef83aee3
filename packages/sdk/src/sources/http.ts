/**
 * The REST API (openapi.yaml): for centres that run a backend. Each collection is its own
 * resource; `GET /activities` filters and pages on the server with the same semantics as the
 * local filtering of the other sources.
 */
import * as z from 'zod/mini';
import {UshtValidationError} from '../errors.js';
import {activitySchema} from '../schemas/activity.js';
import {centreSchema} from '../schemas/centre.js';
import {sourceSchema} from '../schemas/common.js';
import {countySchema} from '../schemas/county.js';
import {attributionSchema} from '../schemas/feed.js';
import {grantSchemeSchema} from '../schemas/grant-scheme.js';
import {municipalitySchema} from '../schemas/municipality.js';
import {priorityAreaSchema} from '../schemas/priority-area.js';
import {programmeSchema} from '../schemas/programme.js';
import {formatIssues, parseCollection, rejectedIssues, type ZodIssueLike} from '../validate.js';
import type {ActivityQuery, DataSource, RequestOptions, ResultSet} from './data-source.js';
import {checkActivityQuery} from './filter.js';
import {createTransport, type HttpOptions} from './transport.js';

export interface HttpSourceOptions extends HttpOptions {
  /** The API root, e.g. 'https://api.example.no/usht/v1'; resources are resolved under it. */
  readonly baseUrl: string | URL;
}

const listSchema = z.object({items: z.array(z.unknown())});
const pageSchema = z.object({
  items: z.array(z.unknown()),
  total: z.int().check(z.gte(0)),
  limit: z.nullable(z.int().check(z.gte(0))),
  offset: z.int().check(z.gte(0)),
});

function envelope<T>(schema: z.ZodMiniType<T>, json: unknown, where: string): T {
  const result = z.safeParse(schema, json);
  if (!result.success) throw new UshtValidationError(where, formatIssues(result.error.issues as readonly ZodIssueLike[], {input: json}));
  return result.data;
}

/** Data from a USHT REST API at `baseUrl`. */
export function httpSource(options: HttpSourceOptions): DataSource {
  const baseUrl = String(options.baseUrl);
  const transport = createTransport(baseUrl, options);

  function list<T>(path: string, collection: string, schema: z.ZodMiniType<T>, request?: RequestOptions): Promise<ResultSet<T>> {
    return transport.get(path, {
      signal: request?.signal,
      parse: (json, where) => {
        const {items, rejected} = parseCollection(schema, envelope(listSchema, json, where).items, {where, collection});
        return {items, rejected, total: items.length};
      },
    });
  }

  async function activities(query: ActivityQuery = {}, request?: RequestOptions) {
    checkActivityQuery(query);
    const params = new URLSearchParams();
    const set = (name: string, value: string | number | undefined) => {
      if (value !== undefined && value !== '') params.set(name, String(value));
    };
    set('from', query.from);
    set('to', query.to);
    set('centre', query.centreId);
    set('priorityArea', query.priorityAreaId);
    set('mode', query.mode);
    set('audience', query.audience?.trim());
    set('q', query.text?.trim());
    set('limit', query.limit);
    set('offset', query.offset);
    return transport.get('activities', {
      signal: request?.signal,
      searchParams: params,
      parse: (json, where) => {
        const page = envelope(pageSchema, json, where);
        const {items, rejected} = parseCollection(activitySchema, page.items, {where, collection: 'activities'});
        return {items, rejected, total: page.total};
      },
    });
  }

  return {
    description: `http ${baseUrl}`,
    centres: (request) => list('centres', 'centres', centreSchema, request),
    counties: (request) => list('counties', 'counties', countySchema, request),
    municipalities: (request) => list('municipalities', 'municipalities', municipalitySchema, request),
    priorityAreas: (request) => list('priority-areas', 'priorityAreas', priorityAreaSchema, request),
    programmes: (request) => list('programmes', 'programmes', programmeSchema, request),
    grantSchemes: (request) => list('grant-schemes', 'grantSchemes', grantSchemeSchema, request),
    sources: (request) => list('sources', 'sources', sourceSchema, request),
    activities,
    async attribution(request) {
      const {items, rejected} = await list('attribution', 'attribution', attributionSchema, request);
      // What the licence requires us to show: an entry that cannot be shown fails loudly.
      if (rejected.length) throw new UshtValidationError(`GET ${baseUrl.replace(/\/$/, '')}/attribution`, rejectedIssues(rejected));
      return items;
    },
  };
}
