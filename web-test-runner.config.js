// Browser tests in Debian's Chromium. No tool downloads a browser: scripts/setup.sh installs the
// `chromium` package and chromeLauncher (puppeteer-core) finds /usr/bin/chromium or CHROME_PATH.
import {chromeLauncher} from '@web/test-runner-chrome';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {a11ySnapshotPlugin} from '@web/test-runner-commands/plugins';
import {defaultReporter, summaryReporter} from '@web/test-runner';
import {countingReporter} from './test/helpers/counting-reporter.js';
import {testServerMiddleware, testServerPlugins} from './test/helpers/test-server.js';
import {ushtServerPlugin} from './test/helpers/usht-server-plugin.js';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

export default {
  nodeResolve: {exportConditions: ['browser', 'development']},
  // test/node holds Node tests (static source checks), run by scripts/test.mjs with node --test.
  files: ['packages/elements/src/**/*.test.ts', 'test/**/*.test.ts', '!test/node/**'],
  // Decorators are TypeScript's (experimentalDecorators, tsconfig.base.json): esbuild reads that
  // file, or it applies standard semantics and Lit throws "Unsupported decorator location: field".
  middleware: testServerMiddleware,
  // a11ySnapshot (not a default command): tests read what Chromium exposes to assistive technology.
  plugins: [esbuildPlugin({ts: true, target: 'es2022', tsconfig: 'tsconfig.base.json'}), a11ySnapshotPlugin(), ...testServerPlugins, ushtServerPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
      },
    }),
  ],
  concurrency: 1,
  testFramework: {config: {timeout: 10000}},
  testsFinishTimeout: 300000,
  filterBrowserLogs: ({args}) => !String(args[0] ?? '').includes('Lit is in dev mode'),
  reporters: [process.env.CI ? summaryReporter({flatten: false}) : defaultReporter(), defaultReporter(), countingReporter('.test-results/browser.json')],
};
