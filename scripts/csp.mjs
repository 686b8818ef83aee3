// The Content-Security-Policy the widgets are held to (budgets.md, requirements.md R15), with
// connect-src for the data source (here the page's own origin). One definition for the demo
// server, the test server and the benchmark; README.md documents it for hosts.
export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";

/** The same policy for a host page that frames the iframe fallback page (a host must allow its CDN in frame-src). */
export const HOST_CSP = `${STRICT_CSP}; frame-src 'self'`;
