// Browser tests in the engines Debian ships, none downloaded by a tool (scripts/setup.sh installs
// the packages). USHT_BROWSER picks one engine per run; scripts/test.mjs runs each in turn:
//  - chromium (default): Debian's `chromium`, through puppeteer-core over CDP (chromeLauncher);
//  - firefox: Debian's `firefox-esr`, through Puppeteer over WebDriver BiDi (puppeteerLauncher);
//  - webkit: Debian's WebKitGTK MiniBrowser, through WebKitWebDriver (webdriverLauncher); the
//    driver and its X display are started by scripts/webkit-driver.mjs, whose port is WEBKIT_DRIVER_PORT.
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {chromeLauncher} from '@web/test-runner-chrome';
import {puppeteerLauncher} from '@web/test-runner-puppeteer';
import {webdriverLauncher} from '@web/test-runner-webdriver';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {a11ySnapshotPlugin} from '@web/test-runner-commands/plugins';
import {defaultReporter, summaryReporter} from '@web/test-runner';
import {countingReporter} from './test/helpers/counting-reporter.js';
import {testServerMiddleware, testServerPlugins} from './test/helpers/test-server.js';
import {ushtServerPlugin} from './test/helpers/usht-server-plugin.js';
import {engineCommandsPlugin} from './test/helpers/engine-commands.js';

const engine = process.env.USHT_BROWSER || 'chromium';

const launchers = {
  chromium: () => chromeLauncher({
    launchOptions: {
      executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    },
  }),
  firefox: () => puppeteerLauncher({
    launchOptions: {
      browser: 'firefox',
      executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
      headless: true,
      // No update checks, telemetry or remote settings: this machine's network is closed.
      extraPrefsFirefox: {
        'app.update.enabled': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'toolkit.telemetry.enabled': false,
        'network.captive-portal-service.enabled': false,
        'browser.safebrowsing.update.enabled': false,
        // Downloads (.ics, the checklist's file) go to a folder without opening the downloads
        // panel, which otherwise takes focus from every page that follows.
        'browser.download.alwaysOpenPanel': false,
        'browser.download.folderList': 2,
        'browser.download.dir': join(tmpdir(), 'usht-test-downloads'),
        'browser.download.useDownloadDir': true,
      },
    },
  }),
  webkit: () => webdriverLauncher({
    automationProtocol: 'webdriver',
    hostname: '127.0.0.1',
    port: Number(process.env.WEBKIT_DRIVER_PORT || 4444),
    path: '/',
    logLevel: 'error',
    capabilities: {
      // webdriverio 9 asks for BiDi by default, which WebKitWebDriver does not offer ("Failed to
      // match capabilities").
      'wdio:enforceWebDriverClassic': true,
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': {
        binary: process.env.WEBKIT_BROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
        args: ['--automation'],
      },
    },
  }),
};
if (!launchers[engine]) throw new Error(`USHT_BROWSER=${engine}: use one of ${Object.keys(launchers).join(', ')}`);

// engineCommandsPlugin answers the commands WebKit's launcher lacks, ahead of the defaults.
// a11ySnapshot (not a default command): tests read what Chromium exposes to assistive technology.
const plugins = [engineCommandsPlugin(), esbuildPlugin({ts: true, target: 'es2022', tsconfig: 'tsconfig.base.json'}), a11ySnapshotPlugin(), ...testServerPlugins, ushtServerPlugin()];

export default {
  nodeResolve: {exportConditions: ['browser', 'development']},
  // test/node holds Node tests (static source checks), run by scripts/test.mjs with node --test.
  files: ['packages/elements/src/**/*.test.ts', 'test/**/*.test.ts', '!test/node/**'],
  // Decorators are TypeScript's (experimentalDecorators, tsconfig.base.json): esbuild reads that
  // file, or it applies standard semantics and Lit throws "Unsupported decorator location: field".
  middleware: testServerMiddleware,
  plugins,
  browsers: [launchers[engine]()],
  concurrency: 1,
  testFramework: {config: {timeout: 10000}},
  testsFinishTimeout: 300000,
  filterBrowserLogs: ({args}) => !String(args[0] ?? '').includes('Lit is in dev mode'),
  reporters: [process.env.CI ? summaryReporter({flatten: false}) : defaultReporter(), defaultReporter(), countingReporter(`.test-results/browser-${engine}.json`)],
};
