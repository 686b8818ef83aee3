// The test commands that @web/test-runner-webdriver 1.0.0 lacks or gets wrong, for WebKit (Debian's
// WebKitGTK through WebKitWebDriver). Chromium and Firefox run through Puppeteer and are left to the
// default commands (this plugin returns undefined for them).
//  - `send-keys`: the launcher supports only `press` and `type`, and its `type` hands the whole
//    string to webdriverio's `keys()`, which presses every key down before releasing any, so a
//    repeated character is lost ("-5 000" arrives as "-5 0"). Here each key is pressed and released
//    in turn through WebDriver actions, and `down`/`up` hold a key (Shift) across commands.
//  - `set-viewport`: sized through the window, corrected by what the page then measures, since the
//    browser's own chrome takes some of the window.
// The launcher keeps its webdriverio client in a field it does not export (`driver`); this reads
// it because no public API carries WebDriver actions.

/** WebDriver's code points for the named keys the tests use (W3C WebDriver, "Keyboard actions"). */
const namedKeys = {
  Backspace: '\uE003', Tab: '\uE004', Enter: '\uE007', Shift: '\uE008', Control: '\uE009', Alt: '\uE00A',
  Escape: '\uE00C', ' ': ' ', Space: ' ', PageUp: '\uE00E', PageDown: '\uE00F', End: '\uE010', Home: '\uE011',
  ArrowLeft: '\uE012', ArrowUp: '\uE013', ArrowRight: '\uE014', ArrowDown: '\uE015', Delete: '\uE017', Meta: '\uE03D',
};

function keyValue(name) {
  if (name in namedKeys) return namedKeys[name];
  if ([...name].length === 1) return name;
  // Puppeteer's KeyboardEvent.code names: 'KeyA' is the a key, 'Digit5' the 5 key.
  const code = /^(?:Key([A-Z])|Digit(\d))$/.exec(name);
  if (code) return code[1]?.toLowerCase() ?? code[2];
  throw new Error(`send-keys (webdriver): no WebDriver code for the key "${name}"; add it to namedKeys`);
}

let lastSession;

const keyActions = (actions) => [{type: 'key', id: 'keyboard', actions}];

/**
 * web-test-runner puts its default command plugins in front of the config's and asks each plugin in
 * turn, so the first answer wins. At server start this plugin moves itself to the front of the list
 * the runner's command API holds (a dev server plugin, found as the one whose
 * `plugins` include this one), to answer WebKit's commands before the defaults refuse them.
 */
export function engineCommandsPlugin() {
  return {
    name: 'usht-engine-commands',
    serverStart({config}) {
      const api = config.plugins?.find((plugin) => Array.isArray(plugin.plugins) && plugin.plugins.includes(this));
      if (!api) throw new Error('usht-engine-commands: the test runner command list was not found (web-test-runner changed?)');
      api.plugins.unshift(...api.plugins.splice(api.plugins.indexOf(this), 1));
    },
    async executeCommand({command, payload, session}) {
      if (session.browser.type !== 'webdriver') return undefined;
      const driver = session.browser.driver;
      if (!driver) throw new Error('usht-engine-commands: the webdriver launcher has no client');
      // One WebDriver session serves every test file in turn, and a key held down by a test that
      // failed before its `up` would stay held in the next file: release all at a file's first command.
      if (session.id !== lastSession) {
        lastSession = session.id;
        await driver.releaseActions();
      }
      if (command === 'send-keys') {
        if ('type' in payload) {
          const actions = [];
          for (const char of String(payload.type)) actions.push({type: 'keyDown', value: keyValue(char)}, {type: 'keyUp', value: keyValue(char)});
          await driver.performActions(keyActions(actions));
        } else if ('press' in payload) {
          const parts = String(payload.press).split(/\+(?=.)/);
          const values = parts.map(keyValue);
          await driver.performActions(keyActions([
            ...values.map((value) => ({type: 'keyDown', value})),
            ...values.reverse().map((value) => ({type: 'keyUp', value})),
          ]));
        } else if ('down' in payload) {
          await driver.performActions(keyActions([{type: 'keyDown', value: keyValue(payload.down)}]));
        } else if ('up' in payload) {
          await driver.performActions(keyActions([{type: 'keyUp', value: keyValue(payload.up)}]));
        } else {
          return undefined;
        }
        return true;
      }
      if (command === 'set-viewport') {
        const {width, height} = payload;
        const inner = () => driver.execute(() => [window.innerWidth, window.innerHeight]);
        let got = await inner();
        // The window resizes asynchronously: set, wait a frame or two, measure, correct, a few times.
        for (let attempt = 0; attempt < 5 && (got[0] !== width || got[1] !== height); attempt++) {
          const {width: outerWidth, height: outerHeight} = await driver.getWindowSize();
          await driver.setWindowSize(outerWidth + width - got[0], outerHeight + height - got[1]);
          await new Promise((resolve) => setTimeout(resolve, 50));
          got = await inner();
        }
        // MiniBrowser's window has a minimum size (447 px wide with its toolbar): say so, rather
        // than let a test check a layout it did not get.
        if (got[0] !== width || got[1] !== height) throw new Error(`set-viewport (webdriver): asked for ${width}×${height}, the window gives ${got[0]}×${got[1]}`);
        return true;
      }
      return undefined;
    },
  };
}
