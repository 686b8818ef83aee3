/**
 * Typed errors of the SDK. Every failure a caller can meet is one of these five kinds, except a
 * caller's own abort, which is rethrown untouched (an `AbortError` DOMException, or the reason the
 * caller passed to `abort()`).
 *
 * Guards check a brand rather than `instanceof`, because two copies of the SDK on one page (a CDN
 * bundle and an npm build) have two distinct class objects.
 */

/** What kind of failure: lets a widget pick its state (offline, try again, broken data, unknown id). */
export type UshtErrorCode = 'network' | 'timeout' | 'http' | 'invalid-data' | 'not-found';

export type UshtErrorName =
  | 'UshtError'
  | 'UshtNetworkError'
  | 'UshtTimeoutError'
  | 'UshtHttpError'
  | 'UshtValidationError'
  | 'UshtNotFoundError';

/** One bad field: where it is and what was expected there. Never holds the value itself (R16). */
export interface ValidationIssue {
  /** 'activities[3].schedule.start'; empty for the document as a whole. */
  readonly path: string;
  /** 'expected a 4-digit municipality number' */
  readonly message: string;
}

/** Shared across copies of the SDK through the global symbol registry. */
export const USHT_ERROR_BRAND: unique symbol = Symbol.for('usht-error-v1');

const errorNames: ReadonlySet<string> = new Set<UshtErrorName>([
  'UshtError', 'UshtNetworkError', 'UshtTimeoutError', 'UshtHttpError', 'UshtValidationError', 'UshtNotFoundError',
]);

export class UshtError extends Error {
  override readonly name: UshtErrorName = 'UshtError';
  readonly code: UshtErrorCode;
  readonly [USHT_ERROR_BRAND] = true;

  constructor(code: UshtErrorCode, message: string, options?: {cause?: unknown}) {
    super(message, options);
    this.code = code;
  }
}

/** No response at all: offline, DNS failure, connection refused or reset, CORS refusal. */
export class UshtNetworkError extends UshtError {
  override readonly name = 'UshtNetworkError';
  override readonly code = 'network';
  readonly method: string;
  readonly url: string;

  constructor(method: string, url: string, cause: unknown) {
    const detail = describeCause(cause);
    super('network', `${method} ${url} failed: network error${detail ? ` (${detail})` : ''}`, {cause});
    this.method = method;
    this.url = url;
  }
}

/** The server did not answer within `timeoutMs`. Not retried (ky's semantics). */
export class UshtTimeoutError extends UshtError {
  override readonly name = 'UshtTimeoutError';
  override readonly code = 'timeout';
  readonly method: string;
  readonly url: string;
  readonly timeoutMs: number;

  constructor(method: string, url: string, timeoutMs: number) {
    super('timeout', `${method} ${url} failed: no response within ${timeoutMs} ms`);
    this.method = method;
    this.url = url;
    this.timeoutMs = timeoutMs;
  }
}

/** The server answered with an error status (after any retries). */
export class UshtHttpError extends UshtError {
  override readonly name = 'UshtHttpError';
  override readonly code = 'http';
  readonly method: string;
  readonly url: string;
  readonly status: number;
  readonly statusText: string;

  constructor(method: string, url: string, status: number, statusText: string) {
    super('http', `${method} ${url} failed: HTTP ${`${status} ${statusText}`.trim()}`);
    this.method = method;
    this.url = url;
    this.status = status;
    this.statusText = statusText;
  }
}

/** Data that does not match the schemas: a broken document, or our own embedded data. */
export class UshtValidationError extends UshtError {
  override readonly name = 'UshtValidationError';
  override readonly code = 'invalid-data';
  /** 'GET https://…/activities', 'embedded:activities', 'feed https://…/usht.json' */
  readonly where: string;
  readonly issues: readonly ValidationIssue[];

  constructor(where: string, issues: readonly ValidationIssue[]) {
    super('invalid-data', `Invalid data from ${where}: ${summariseIssues(issues)}`);
    this.where = where;
    this.issues = issues;
  }
}

/** A record asked for by id, number or name that the source does not hold. */
export class UshtNotFoundError extends UshtError {
  override readonly name = 'UshtNotFoundError';
  override readonly code = 'not-found';
  /** 'centre', 'municipality', 'grant scheme' */
  readonly what: string;
  readonly id: string;

  constructor(what: string, id: string, detail?: string) {
    super('not-found', `No ${what} '${id}'${detail ? `: ${detail}` : ''}`);
    this.what = what;
    this.id = id;
  }
}

const MAX_ISSUES_IN_MESSAGE = 5;

function summariseIssues(issues: readonly ValidationIssue[]): string {
  if (issues.length === 0) return 'no details';
  const shown = issues.slice(0, MAX_ISSUES_IN_MESSAGE).map((i) => (i.path ? `${i.path}: ${i.message}` : i.message));
  const more = issues.length - shown.length;
  return shown.join('; ') + (more > 0 ? `; and ${more} more` : '');
}

function describeCause(cause: unknown): string {
  if (typeof cause !== 'object' || cause === null) return '';
  // Node's fetch says only "fetch failed"; the system error code (ECONNREFUSED …) is one level down.
  const inner = (cause as {cause?: unknown}).cause;
  const code = typeof inner === 'object' && inner !== null ? (inner as {code?: unknown}).code : undefined;
  const message = (cause as {message?: unknown}).message;
  return [typeof message === 'string' ? message : '', typeof code === 'string' ? code : ''].filter(Boolean).join(': ');
}

function branded(error: unknown): error is UshtError {
  if (typeof error !== 'object' || error === null) return false;
  if ((error as {[USHT_ERROR_BRAND]?: unknown})[USHT_ERROR_BRAND] === true) return true;
  const name = (error as {name?: unknown}).name;
  return typeof name === 'string' && errorNames.has(name) && typeof (error as {code?: unknown}).code === 'string';
}

/** True for any error of this SDK, from this copy or another one on the page. */
export function isUshtError(error: unknown): error is UshtError {
  return branded(error);
}

export function isUshtNetworkError(error: unknown): error is UshtNetworkError {
  return branded(error) && error.name === 'UshtNetworkError';
}

export function isUshtTimeoutError(error: unknown): error is UshtTimeoutError {
  return branded(error) && error.name === 'UshtTimeoutError';
}

export function isUshtHttpError(error: unknown): error is UshtHttpError {
  return branded(error) && error.name === 'UshtHttpError';
}

export function isUshtValidationError(error: unknown): error is UshtValidationError {
  return branded(error) && error.name === 'UshtValidationError';
}

export function isUshtNotFoundError(error: unknown): error is UshtNotFoundError {
  return branded(error) && error.name === 'UshtNotFoundError';
}

/** True for the error a fetch or the SDK rejects with when the caller's signal aborts. */
export function isAbortError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as {name?: unknown}).name === 'AbortError';
}
