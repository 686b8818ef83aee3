/**
 * `@usht/sdk/client`: the client, the data sources and the errors, without the schemas and
 * validators (zod). What a web component needs to read data: on the embedded data a page then
 * never loads zod; a feed or REST source loads it with its own code, on first request.
 */
export {createClient} from './client.js';
export type {CentreLookup, ClientOptions, ProgrammeQuery, UshtClient} from './client.js';
export {embeddedSource, feedSource, httpSource} from './sources/deferred.js';
export {
  UshtError,
  UshtNetworkError,
  UshtTimeoutError,
  UshtHttpError,
  UshtValidationError,
  UshtNotFoundError,
  isUshtError,
  isUshtNetworkError,
  isUshtTimeoutError,
  isUshtHttpError,
  isUshtValidationError,
  isUshtNotFoundError,
  isAbortError,
} from './errors.js';
export type {UshtErrorCode, UshtErrorName, ValidationIssue} from './errors.js';
export type {DataSource, RequestOptions, ResultSet} from './sources/data-source.js';
