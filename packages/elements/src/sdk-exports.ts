// What a page script may import from `usht-kit.js` (the autoloader) and `usht-kit-all.js` (the
// package's main export) besides the elements: the SDK's client, data sources and error guards,
// from the schema-free `@usht/sdk/client` the elements read data with, and the rest on demand.
export {
  createClient,
  embeddedSource,
  feedSource,
  httpSource,
  isUshtError,
  isUshtHttpError,
  isUshtNetworkError,
  isUshtNotFoundError,
  isUshtTimeoutError,
  isUshtValidationError,
  isAbortError,
} from '@usht/sdk/client';
export type * from '@usht/sdk';

/** The whole SDK (schemas, validators, errors), loaded on demand. */
export const loadSdk = (): Promise<typeof import('@usht/sdk')> => import('@usht/sdk');
