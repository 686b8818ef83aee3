// The build's template minifier (scripts/minify-templates.js): css`` loses what CSS does not read,
// keeps what it does (quoted text, a descendant combinator or `and (` across a line break), and
// every transformed file keeps its line count, so rollup's line-by-line source maps stay right.
// Parsed with rollup's own parser, as in the build.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {parseAst} from 'rollup/parseAst';
import {minifyTemplates} from '../../scripts/minify-templates.js';

function minify(code: string): string {
  const plugin = minifyTemplates({include: () => true}) as {transform(this: unknown, code: string, id: string): {code: string} | null};
  const result = plugin.transform.call({parse: (c: string) => parseAst(c)}, code, 'x.js');
  return result ? result.code : code;
}
const cssOf = (code: string) => /css`([^`]*)`/.exec(minify(code))![1]!.replace(/\$\{\s*/g, '${');

test('css: spaces, last semicolons, leading zeros and long hex go; quoted text stays', () => {
  const code = "const s = css`\n  .a {\n    color: #ffffff !important;\n    margin: 0.5em 10.5em 0 -0.25em;\n    content: '⚠ 0.5, #ffffff';\n  }\n`;\n";
  assert.equal(cssOf(code), ".a{color:#fff!important;margin:.5em 10.5em 0 -.25em;content:'⚠ 0.5, #ffffff'}");
});

test('css: a line break between two words stays a space (descendant combinator, media query)', () => {
  const code = "const s = css`\n  :host([x])\n    .y,\n  .z {\n    transition: opacity 1s\n      ease;\n  }\n  @media (forced-colors: active) and\n    (min-width: 40em) {\n    .q { color: red; }\n  }\n`;\n";
  assert.equal(cssOf(code), ':host([x]) .y,.z{transition:opacity 1s ease}@media (forced-colors:active) and (min-width:40em){.q{color:red}}');
});

test('every line stays where it was: css line breaks move out of the template', () => {
  const code = "const s = css`\n  .a { color: red; }\n  /* a comment\n     on two lines */\n  ${other}\n  .b { color: blue; }\n`;\nconst t = html`\n  <p>\n    x\n  </p>\n`;\nfoo();\n";
  const out = minify(code);
  assert.equal(out.split('\n').length, code.split('\n').length);
  assert.equal(out.split('\n').findIndex((l) => l.includes('foo()')), code.split('\n').findIndex((l) => l.includes('foo()')));
  assert.match(out, /html`\n<p>\nx\n<\/p>\n`/, 'html keeps its line breaks');
  assert.doesNotMatch(out, /comment/);
});
