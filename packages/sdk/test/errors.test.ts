import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {
  UshtError, UshtHttpError, UshtNetworkError, UshtNotFoundError, UshtTimeoutError, UshtValidationError,
  isAbortError, isUshtError, isUshtHttpError, isUshtNetworkError, isUshtNotFoundError, isUshtTimeoutError,
  isUshtValidationError,
} from '../src/errors.js';

const url = 'https://api.example.no/usht/v1/activities';

describe('error messages say what failed and where', () => {
  it('HTTP: method, URL and status', () => {
    const error = new UshtHttpError('GET', url, 503, 'Service Unavailable');
    assert.equal(error.message, `GET ${url} failed: HTTP 503 Service Unavailable`);
    assert.equal(error.code, 'http');
    assert.equal(error.name, 'UshtHttpError');
    assert.equal(error.status, 503);
    assert.equal(error.method, 'GET');
    assert.equal(error.url, url);
  });

  it('HTTP without a status text (HTTP/2) still reads well', () => {
    assert.equal(new UshtHttpError('GET', url, 404, '').message, `GET ${url} failed: HTTP 404`);
  });

  it('timeout: how long was waited', () => {
    const error = new UshtTimeoutError('GET', url, 10_000);
    assert.equal(error.message, `GET ${url} failed: no response within 10000 ms`);
    assert.equal(error.code, 'timeout');
    assert.equal(error.timeoutMs, 10_000);
  });

  it('network: keeps the cause and names the system error', () => {
    const cause = new TypeError('fetch failed', {cause: Object.assign(new Error('connect'), {code: 'ECONNREFUSED'})});
    const error = new UshtNetworkError('GET', url, cause);
    assert.equal(error.cause, cause);
    assert.equal(error.code, 'network');
    assert.match(error.message, /^GET https:\/\/api\.example\.no\/usht\/v1\/activities failed: network error \(fetch failed: ECONNREFUSED\)$/);
  });

  it('validation: where, and the first issues with their paths', () => {
    const issues = Array.from({length: 7}, (_, i) => ({path: `activities[${i}].schedule.start`, message: 'expected a date YYYY-MM-DD'}));
    const error = new UshtValidationError('GET /activities', issues);
    assert.equal(error.code, 'invalid-data');
    assert.equal(error.where, 'GET /activities');
    assert.equal(error.issues.length, 7);
    assert.match(error.message, /^Invalid data from GET \/activities: activities\[0\]\.schedule\.start: expected a date YYYY-MM-DD; /);
    assert.match(error.message, /and 2 more$/);
  });

  it('not found: what and which, with a hint', () => {
    const error = new UshtNotFoundError('grant scheme', '2030', 'the years with a scheme are 2021');
    assert.equal(error.message, "No grant scheme '2030': the years with a scheme are 2021");
    assert.equal(error.what, 'grant scheme');
    assert.equal(error.id, '2030');
    assert.equal(error.code, 'not-found');
  });
});

describe('guards', () => {
  const samples = [
    new UshtNetworkError('GET', url, new TypeError('fetch failed')),
    new UshtTimeoutError('GET', url, 1),
    new UshtHttpError('GET', url, 500, 'Internal Server Error'),
    new UshtValidationError('embedded:centres', []),
    new UshtNotFoundError('centre', 'x'),
  ];
  const guards = [isUshtNetworkError, isUshtTimeoutError, isUshtHttpError, isUshtValidationError, isUshtNotFoundError];

  it('each guard recognises exactly its own kind, and isUshtError all of them', () => {
    samples.forEach((error, i) => {
      assert.ok(isUshtError(error));
      assert.ok(error instanceof UshtError && error instanceof Error);
      guards.forEach((guard, j) => assert.equal(guard(error), i === j, `${guard.name}(${error.name})`));
    });
  });

  it('recognise an error from another copy of the SDK on the page (same brand, different class)', () => {
    // What a second bundle's class looks like from here: same global brand and name, other prototype.
    const brand: unique symbol = Symbol.for('usht-error-v1');
    class OtherCopyHttpError extends Error {
      override readonly name = 'UshtHttpError';
      readonly code = 'http';
      readonly status = 502;
      readonly [brand] = true;
    }
    const foreign = new OtherCopyHttpError('GET x failed: HTTP 502');
    assert.equal(foreign instanceof UshtHttpError, false);
    assert.ok(isUshtError(foreign));
    assert.ok(isUshtHttpError(foreign));
    assert.equal(isUshtTimeoutError(foreign), false);
  });

  it('recognise an older copy that carries only the name and code (no brand)', () => {
    const structured = {name: 'UshtTimeoutError', code: 'timeout', message: 'GET x failed: no response within 5 ms'};
    assert.ok(isUshtError(structured));
    assert.ok(isUshtTimeoutError(structured));
  });

  it('reject look-alikes: plain errors, ky errors, values', () => {
    const kyHttpError = Object.assign(new Error('Request failed with status code 500'), {name: 'HTTPError'});
    for (const value of [new Error('x'), kyHttpError, new TypeError('fetch failed'), null, undefined, 'UshtHttpError', {name: 'UshtHttpError'}]) {
      assert.equal(isUshtError(value), false, String(value));
      assert.equal(isUshtHttpError(value), false, String(value));
    }
  });

  it('isAbortError recognises the DOMException a caller abort produces', () => {
    const controller = new AbortController();
    controller.abort();
    assert.ok(isAbortError(controller.signal.reason));
    assert.equal(isAbortError(new UshtTimeoutError('GET', url, 1)), false);
  });
});
