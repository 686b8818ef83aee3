/**
 * @usht/sdk: typed data for the USHT development centres. The data set (`embeddedSource`) and the
 * network sources (`feedSource`, `httpSource`, with ky) are loaded on first use, so importing this
 * entry costs only the schemas, the client and the errors. The iCalendar writer and the
 * application-checklist logic have their own entries, `@usht/sdk/ics` and `@usht/sdk/checklist`.
 */
export * from './schemas/index.js';

// The client, the sources and the errors: the same list as the schema-free `@usht/sdk/client`.
export * from './client-entry.js';
export {USHT_ERROR_BRAND} from './errors.js';

export {formatIssues, formatPath, findUnknownKeys, parseCollection, parseFeed, validateFeed} from './validate.js';
export type {FeedReport, ParsedCollection, ParsedFeed, ZodIssueLike} from './validate.js';

export {createMunicipalityIndex, foldText, searchKey, editDistance} from './search.js';
export {hashId, linkSourceId, slug} from './ids.js';
export type {MunicipalityIndex, MunicipalityMatch} from './search.js';

export type {EmbeddedSourceOptions} from './sources/embedded.js';
export type {FeedSourceOptions} from './sources/feed.js';
export type {HttpSourceOptions} from './sources/http.js';
export {matchesActivity, queryActivities} from './sources/filter.js';
export type {HttpOptions} from './sources/transport.js';
export type {
  ActivityQuery,
  DataSource,
  MunicipalityQuery,
  RejectedRecord,
  RequestOptions,
  ResultSet,
} from './sources/data-source.js';

