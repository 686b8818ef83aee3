// Puppeteer drives Debian's firefox-esr for the browser tests (web-test-runner.config.js); it must
// never download a browser of its own (no tool may, here). Read by puppeteer's install script.
module.exports = {skipDownload: true};
