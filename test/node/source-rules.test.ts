// Fails naming file:line when package source uses something a strict-CSP, Trusted-Types host page
// blocks, or that would turn data into markup (R15, R16). This is what turns CI red on an
// `unsafeHTML` or an inline style binding before any browser runs.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {fileURLToPath} from 'node:url';
import {formatFindings, rules, scanProject, scanText} from './source-scan.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

test('package sources use no HTML sinks, eval, inline styles or inline script', () => {
  const {files, findings} = scanProject(root);
  assert.ok(files.some((f) => f.startsWith('packages/elements/src/')), 'found no element sources to scan');
  assert.ok(files.some((f) => f.startsWith('packages/sdk/src/')), 'found no SDK sources to scan');
  assert.ok(files.includes('packages/elements/src/embed/embed.html'), 'the iframe fallback page is scanned');
  assert.equal(findings.length, 0, `\n${formatFindings(findings)}\n(${findings.length} finding(s) in ${files.length} files)`);
});

// The checker itself: each rule must fire on the code it exists to stop, and stay quiet on the
// safe forms next to it, or a green run above would prove nothing.
const el = 'packages/elements/src/x/x.ts';
const page = 'packages/elements/src/x/x.html';
const cases: ReadonlyArray<readonly [string, string, string?]> = [
  ['unsafe-directive', "import {unsafeHTML} from 'lit/directives/unsafe-html.js';"],
  ['unsafe-directive', 'return html`<p>${unsafeHTML(this.text)}</p>`;'],
  ['unsafe-directive', 'static styles = unsafeCSS(userCss);'],
  ['html-sink', 'this.renderRoot.innerHTML = text;'],
  ['html-sink', "el.insertAdjacentHTML('beforeend', text);"],
  ['html-sink', 'document.write(text);'],
  ['eval', 'const f = new Function("a", body);'],
  ['eval', 'eval(code);'],
  ['eval', "setTimeout('go()', 10);"],
  ['style-map', 'return html`<div style=${styleMap({width})}></div>`;'],
  ['inline-style', 'return html`<div style="width: ${w}px"></div>`;'],
  ['inline-style', 'return html`<div style=${css}></div>`;'],
  ['inline-style', 'return html`<div .style=${css}></div>`;'],
  ['inline-style', "el.setAttribute('style', 'color: red');"],
  ['style-element', 'return html`<style>p { color: red }</style>`;'],
  ['inline-handler', 'return html`<button onclick="go()">Go</button>`;'],
  ['javascript-url', 'return html`<a href="javascript:void(0)">x</a>`;'],
  ['inline-script', '<script>document.title = location.search;</script>', page],
  ['inline-script', '<script type="module">import "./x.js";</script>', page],
  ['inline-style', '<p style="height: 10px">', page],
  ['style-element', '<style>p { color: red }</style>', page],
];

for (const [rule, line, file = el] of cases) {
  test(`rule ${rule} catches: ${line}`, () => {
    const found = scanText(file, line).map((f) => f.rule);
    assert.ok(found.includes(rule), `expected ${rule}, got [${found.join(', ')}]`);
  });
}

test('the safe forms beside them pass', () => {
  const safe = [
    'return html`<button class=${classMap({on})} @click=${this.handleClick}>${this.title}</button>`;',
    'return html`<a href=${safeUrl}>${name}</a>`;',
    'const style = getComputedStyle(el);',
    'static override styles = [tokens, css`:host { display: block; }`];',
    '// We never use unsafeHTML: data is text (R16).',
    ' * innerHTML would parse data as markup, so it is not used.',
    'const retrieval = evaluate(x);',
  ];
  const findings = safe.flatMap((line) => scanText(el, line));
  assert.deepEqual(findings.map((f) => `${f.rule}: ${f.text}`), []);
  const safePage = ['<script type="module" src="embed.js"></script>', '<script src="record.js"></script>', '<link rel="stylesheet" href="embed.css">'];
  assert.deepEqual(safePage.flatMap((line) => scanText(page, line)).map((f) => `${f.rule}: ${f.text}`), []);
});

test('every rule has a case that proves it fires', () => {
  const covered = new Set(cases.map(([rule]) => rule));
  assert.deepEqual(rules.map((r) => r.id).filter((id) => !covered.has(id)), []);
});
