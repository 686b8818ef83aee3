/**
 * A static check of the package sources for what a strict-CSP, Trusted-Types host page blocks or
 * what would let data become markup (requirements R15, R16; budgets.md "Zero budgets"). Runtime
 * tests can only catch what a story happens to exercise; this catches the line that was written.
 */
import {readdirSync, readFileSync} from 'node:fs';
import {join, relative, sep} from 'node:path';

export interface Rule {
  readonly id: string;
  readonly why: string;
  readonly pattern: RegExp;
  /** Only for files whose project-relative path matches (default: every scanned file). */
  readonly only?: RegExp;
}

export interface Finding {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly rule: string;
  readonly why: string;
  readonly text: string;
}

const elementsOnly = /^packages\/elements\//;
const htmlOnly = /\.html$/;

export const rules: readonly Rule[] = [
  {id: 'unsafe-directive', why: 'renders a string as markup or CSS (R16); Trusted Types rejects it', pattern: /\bunsafe(?:HTML|SVG|MathML|CSS|Static)\b/},
  {id: 'html-sink', why: 'parses a string as HTML (R16); Trusted Types rejects it', pattern: /\b(?:innerHTML|outerHTML|insertAdjacentHTML|createContextualFragment|setHTMLUnsafe|parseHTMLUnsafe|parseFromString)\b|\bdocument\.write(?:ln)?\s*\(/},
  {id: 'eval', why: "needs 'unsafe-eval', which the host CSP does not give (R15)", pattern: /\beval\s*\(|\bnew\s+Function\b|(?<![\w.$])Function\s*\(|\bset(?:Timeout|Interval)\s*\(\s*['"`]/},
  {id: 'style-map', why: 'inline styles are off the table under our CSP rules (team rule: classes and css`` only)', pattern: /\bstyleMap\b/},
  {id: 'inline-style', why: "a style attribute needs style-src 'unsafe-inline' (R15)", pattern: /(?:^|[\s<"'`])\.?style=(?:["']|\$\{)|setAttribute\(\s*['"]style['"]/},
  {id: 'style-element', why: "a <style> element in a template needs 'unsafe-inline' or a nonce; use static styles (R15)", pattern: /<style[\s>]/, only: elementsOnly},
  {id: 'inline-handler', why: "an on…= attribute is inline script: blocked without 'unsafe-inline'; use @event bindings", pattern: /(?:^|[\s<"'`])on[a-z]+=["'$]/, only: elementsOnly},
  {id: 'inline-script', why: "an inline <script> needs 'unsafe-inline', a nonce or a hash (R15); load a 'self' file with src", pattern: /<script\b(?![^>]*\bsrc=)[^>]*>/i, only: htmlOnly},
  {id: 'javascript-url', why: 'a javascript: URL is inline script (R15, R16)', pattern: /\b(?:href|src|action|formaction)=["']?\s*javascript:/i, only: elementsOnly},
];

/** Lines that are comments: a comment may name a forbidden API to explain why it is not used. */
const commentLine = /^\s*(?:\/\/|\/\*|\*)/;

export function scanText(file: string, text: string, ruleSet: readonly Rule[] = rules): Finding[] {
  const findings: Finding[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (commentLine.test(line)) return;
    for (const rule of ruleSet) {
      if (rule.only && !rule.only.test(file)) continue;
      const match = rule.pattern.exec(line);
      if (match) {
        findings.push({file, line: index + 1, column: match.index + 1, rule: rule.id, why: rule.why, text: line.trim().slice(0, 160)});
      }
    }
  });
  return findings;
}

/**
 * Source files that ship or render (elements, SDK, stories, the iframe fallback page's HTML) under
 * `packages/<pkg>/src`. Unit tests are left out: they never run on a host page, and reading
 * `innerHTML` there is how some assert.
 */
export function sourceFiles(root: string): string[] {
  const files: string[] = [];
  const packagesDir = join(root, 'packages');
  for (const pkg of readdirSync(packagesDir, {withFileTypes: true})) {
    if (!pkg.isDirectory()) continue;
    const src = join(packagesDir, pkg.name, 'src');
    let entries: string[];
    try {
      entries = readdirSync(src, {recursive: true}) as string[];
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (!/\.(?:ts|js|mjs|html)$/.test(entry) || /\.test\.[jt]s$/.test(entry) || /\.d\.ts$/.test(entry)) continue;
      files.push(join(src, entry));
    }
  }
  return files.sort();
}

export function scanProject(root: string): {files: string[]; findings: Finding[]} {
  const files = sourceFiles(root).map((path) => relative(root, path).split(sep).join('/'));
  const findings = files.flatMap((file) => scanText(file, readFileSync(join(root, file), 'utf8')));
  return {files, findings};
}

/** Stories have ready-made canvases for what inline styles were used for. */
const storyHint = ' (stories: use darkCanvas, designsystemetCanvas or narrow from stories/shared/decorators.ts, or a class in stories/shared/stories.css)';

export function formatFindings(findings: readonly Finding[]): string {
  return findings
    .map((f) => {
      const hint = f.file.endsWith('.stories.ts') && /style/.test(f.rule) ? storyHint : '';
      return `${f.file}:${f.line}:${f.column} ${f.rule}: ${f.why}${hint}\n    ${f.text}`;
    })
    .join('\n');
}
