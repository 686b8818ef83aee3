import {crossElementMiddleware, crossElementPlugins} from './cross-element-server.js';
import {HOST_CSP, STRICT_CSP} from '../../scripts/csp.mjs';

// Middleware for the wtr dev server: pages that must be served with particular headers.
// Each entry: which paths -> headers. The strict-CSP page is the CSP budgets.md holds us to.

export const EMBED_PAGE = '/packages/elements/cdn/embed.html';
/** The coordinators' page, tested as served by `npm start`: under the strict policy. */
export const PUBLISH_PAGE = '/examples/publish.html';

const headerRules = [
  {test: (path) => path.startsWith('/test/csp/') && path.endsWith('.html'), headers: {'Content-Security-Policy': STRICT_CSP}},
  {test: (path) => path.startsWith('/test/embed/') && path.endsWith('.html'), headers: {'Content-Security-Policy': HOST_CSP}},
  // The iframe fallback page, with the header a CDN should send (it carries the same policy as a
  // meta element too). Its scripts answer CORS: in <iframe sandbox="allow-scripts"> the page has an
  // opaque origin, so its module scripts are cross-origin requests (README: a CDN must send this).
  {test: (path) => path === EMBED_PAGE, headers: {'Content-Security-Policy': STRICT_CSP}},
  {test: (path) => path === PUBLISH_PAGE, headers: {'Content-Security-Policy': STRICT_CSP}},
  {test: (path) => path.startsWith('/packages/elements/cdn/') && path.endsWith('.js'), headers: {'Access-Control-Allow-Origin': '*'}},
];

/**
 * Tests see into the embed page through one script the test server puts first in its <head>:
 * test/embed/frame-recorder.js records violations and errors and answers the test's messages
 * (a sandboxed frame cannot be reached any other way). The page is otherwise served as built.
 */
const recorderTag = '<script src="/test/embed/frame-recorder.js"></script>';
function withRecorder(body, tag = recorderTag) {
  const text = String(body);
  const at = text.indexOf('<meta charset="utf-8">');
  if (at < 0) throw new Error('the page has no <meta charset="utf-8"> to put the test recorder after');
  const end = at + '<meta charset="utf-8">'.length;
  return `${text.slice(0, end)}${tag}${text.slice(end)}`;
}

/** Loopback data sources for the cross-element checks (failing, hanging, invalid, hostile feeds). */
export const testServerMiddleware = [...crossElementMiddleware];

export const testServerPlugins = [
  ...crossElementPlugins,
  {
    name: 'usht-test-headers',
    transform(context) {
      const rule = headerRules.find((r) => r.test(context.path));
      if (!rule) return undefined;
      if (context.path === EMBED_PAGE) return {headers: rule.headers, body: withRecorder(context.body)};
      // The publish page gets the strict-CSP page's recorder (a classic 'self' script, first in <head>).
      if (context.path === PUBLISH_PAGE) return {headers: rule.headers, body: withRecorder(context.body, '<script src="/test/csp/record-violations.js"></script>')};
      // `?no-trusted-types`: the policy as a browser without Trusted Types applies it, which
      // ignores the two Trusted Types directives (record-violations.js hides window.trustedTypes).
      if ('no-trusted-types' in (context.query ?? {})) {
        return {headers: {'Content-Security-Policy': STRICT_CSP.split('; ').filter((d) => !/trusted-types/.test(d)).join('; ')}};
      }
      return {headers: rule.headers};
    },
  },
];
