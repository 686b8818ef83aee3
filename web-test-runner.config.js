// Browser tests in Debian's Chromium. No tool downloads a browser: scripts/setup.sh installs the
// `chromium` package and chromeLauncher (puppeteer-core) finds /usr/bin/chromium or CHROME_PATH.
import {chromeLauncher} from '@web/test-runner-chrome';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {defaultReporter, summaryReporter} from '@web/test-runner';
import {countingReporter} from './test/helpers/counting-reporter.js';
import {testServerPlugins} from './test/helpers/test-server.js';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

export default {
  nodeResolve: {exportConditions: ['browser', 'development']},
  files: ['packages/elements/src/**/*.test.ts', 'test/**/*.test.ts'],
  // Standard decorators must be lowered: Chromium cannot parse them yet (toolchain.md).
  plugins: [esbuildPlugin({ts: true, target: 'es2022'}), ...testServerPlugins],
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
