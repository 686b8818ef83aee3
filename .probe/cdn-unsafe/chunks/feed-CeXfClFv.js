import { U as UshtValidationError, r as rejectedIssues, f as feedCollectionNames, q as queryActivities, g as abortable, p as parseFeed } from './index-DvdemOKG.js';
import { c as createTransport } from './transport-iTEAX28I.js';

/**
 * A feed: one static JSON document (format 'usht-feed') that a centre publishes on its own site or
 * a CDN. Fetched once, shared by every collection, revalidated with its ETag after `maxAge`.
 */
function index(parsed) {
    const rejectedBy = new Map();
    for (const record of parsed.rejected) {
        const collection = record.path.slice(0, record.path.indexOf('['));
        rejectedBy.set(collection, [...(rejectedBy.get(collection) ?? []), record]);
    }
    return { ...parsed, rejectedBy };
}
/** Data from one feed document at `url`. */
function feedSource(url, options = {}) {
    const href = String(url);
    const transport = createTransport('', options);
    const maxAge = options.maxAge ?? 60_000;
    let current;
    let inflight;
    function load(request) {
        request?.signal?.throwIfAborted();
        if (current && Date.now() - current.at < maxAge)
            return Promise.resolve(current.value);
        // One request serves every collection asked for at once (a map needs centres, counties and
        // municipalities); it runs without any one caller's signal, and each caller may stop waiting.
        inflight ??= transport
            .get(href, { parse: (json, where) => index(parseFeed(json, where)) })
            .then((value) => {
            current = { value, at: Date.now() };
            return value;
        })
            .finally(() => {
            inflight = undefined;
        });
        return abortable(inflight, request?.signal);
    }
    async function collection(name, request) {
        const { feed, rejectedBy } = await load(request);
        if (feed[name] === undefined && options.fallback) {
            return options.fallback[name](request);
        }
        const items = (feed[name] ?? []);
        return { items, rejected: rejectedBy.get(name) ?? [], total: items.length };
    }
    return {
        description: `feed ${href}`,
        centres: (request) => collection('centres', request),
        counties: (request) => collection('counties', request),
        municipalities: (request) => collection('municipalities', request),
        priorityAreas: (request) => collection('priorityAreas', request),
        programmes: (request) => collection('programmes', request),
        grantSchemes: (request) => collection('grantSchemes', request),
        sources: (request) => collection('sources', request),
        async activities(query = {}, request) {
            const { feed, rejectedBy } = await load(request);
            if (feed.activities === undefined && options.fallback)
                return options.fallback.activities(query, request);
            return queryActivities(feed.activities ?? [], query, rejectedBy.get('activities') ?? []);
        },
        async attribution(request) {
            const { feed, rejectedBy } = await load(request);
            // Attribution is what the licence (CC BY) requires us to show: an entry that cannot be shown
            // fails loudly rather than being left out.
            const bad = rejectedBy.get('attribution');
            if (bad?.length)
                throw new UshtValidationError(`feed ${href}`, rejectedIssues(bad));
            const own = feed.attribution ?? [];
            // Data taken from the fallback keeps its own attribution.
            if (!options.fallback || feedCollectionNames.every((name) => feed[name] !== undefined))
                return own;
            const borrowed = await options.fallback.attribution(request);
            return [...own, ...borrowed.filter((b) => !own.some((o) => o.text === b.text))];
        },
    };
}

export { feedSource };
