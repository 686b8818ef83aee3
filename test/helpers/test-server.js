import {crossElementMiddleware, crossElementPlugins} from './cross-element-server.js';

// Middleware for the wtr dev server: pages that must be served with particular headers.
// Each entry: path prefix -> headers. The strict-CSP page is the CSP budgets.md holds us to.
export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";

const headerRules = [{prefix: '/test/csp/', headers: {'Content-Security-Policy': STRICT_CSP}}];

/** Loopback data sources for the cross-element checks (failing, hanging, invalid, hostile feeds). */
export const testServerMiddleware = [...crossElementMiddleware];

export const testServerPlugins = [
  ...crossElementPlugins,
  {
    name: 'usht-test-headers',
    transform(context) {
      for (const rule of headerRules) {
        if (context.path.startsWith(rule.prefix) && context.path.endsWith('.html')) {
          return {headers: rule.headers};
        }
      }
      return undefined;
    },
  },
];
