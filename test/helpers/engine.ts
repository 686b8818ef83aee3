// Which engine runs this test file, for the few tests that can only run in one of them. Such a test
// says so in its name, and why (CONTRIBUTING.md, "Three engines"); everything else runs in all.
export type Engine = 'chromium' | 'firefox' | 'webkit';

/** From the user agent: the runner's own name for the browser is not visible to the page. */
export const engine: Engine = /Firefox\//.test(navigator.userAgent) ? 'firefox'
  : /Chrom(e|ium)\//.test(navigator.userAgent) ? 'chromium' : 'webkit';

/**
 * `it` in Chromium, `it.skip` elsewhere: for tests that read Chromium's accessibility tree
 * (a11ySnapshot), which the runner gets over CDP; Firefox (WebDriver BiDi) and WebKit (WebDriver)
 * have no such view. The skip is counted and shown, never silent.
 */
export const itInChromium: Mocha.TestFunction = engine === 'chromium' ? it : (it.skip as unknown as Mocha.TestFunction);

/** `it` except in the engines named, where it is skipped; the test's name says why. */
export const itExceptIn = (...engines: Engine[]): Mocha.TestFunction =>
  engines.includes(engine) ? (it.skip as unknown as Mocha.TestFunction) : it;

/** `it` only in the engines named, skipped elsewhere; the test's name says why. */
export const itOnlyIn = (...engines: Engine[]): Mocha.TestFunction =>
  engines.includes(engine) ? it : (it.skip as unknown as Mocha.TestFunction);
