import { U as UshtValidationError, r as rejectedIssues, h as checkActivityQuery, j as attributionSchema, o as object, i as int, _ as _gte, n as nullable, k as array, u as unknown, l as parseCollection, m as activitySchema, s as sourceSchema, t as grantSchemeSchema, v as programmeSchema, w as priorityAreaSchema, x as municipalitySchema, y as countySchema, z as centreSchema, A as safeParse, B as formatIssues } from './index-DvdemOKG.js';
import { c as createTransport } from './transport-iTEAX28I.js';

/**
 * The REST API (openapi.yaml): for centres that run a backend. Each collection is its own
 * resource; `GET /activities` filters and pages on the server with the same semantics as the
 * local filtering of the other sources.
 */
const listSchema = object({ items: array(unknown()) });
const pageSchema = object({
    items: array(unknown()),
    total: int().check(_gte(0)),
    limit: nullable(int().check(_gte(0))),
    offset: int().check(_gte(0)),
});
function envelope(schema, json, where) {
    const result = safeParse(schema, json);
    if (!result.success)
        throw new UshtValidationError(where, formatIssues(result.error.issues, { input: json }));
    return result.data;
}
/** Data from a USHT REST API at `baseUrl`. */
function httpSource(options) {
    const baseUrl = String(options.baseUrl);
    const transport = createTransport(baseUrl, options);
    function list(path, collection, schema, request) {
        return transport.get(path, {
            signal: request?.signal,
            parse: (json, where) => {
                const { items, rejected } = parseCollection(schema, envelope(listSchema, json, where).items, { where, collection });
                return { items, rejected, total: items.length };
            },
        });
    }
    async function activities(query = {}, request) {
        checkActivityQuery(query);
        const params = new URLSearchParams();
        const set = (name, value) => {
            if (value !== undefined && value !== '')
                params.set(name, String(value));
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
                const { items, rejected } = parseCollection(activitySchema, page.items, { where, collection: 'activities' });
                return { items, rejected, total: page.total };
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
            const { items, rejected } = await list('attribution', 'attribution', attributionSchema, request);
            // What the licence requires us to show: an entry that cannot be shown fails loudly.
            if (rejected.length)
                throw new UshtValidationError(`GET ${baseUrl.replace(/\/$/, '')}/attribution`, rejectedIssues(rejected));
            return items;
        },
    };
}

export { httpSource };
