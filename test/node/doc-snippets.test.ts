// Issue 13 §4: the docs' examples must work when copied. Every ```ts / ```js block (also typescript,
// javascript, mts, mjs) in the READMEs, docs/ and the Storybook pages is written to a scratch project
// that depends on the workspace packages as a user's project does (node_modules/@usht/* and their
// `exports`, the built `.d.ts` in out/) and type-checked by the project's own `tsc` (TypeScript 7 has
// no JS API, so the binary it is). A block that cannot stand alone says so, visibly, on the line
// right before it: `<!-- not-checked: reason -->` (in .mdx: `{/* not-checked: reason */}`).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {availableParallelism, tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Languages whose blocks are type-checked, and the file extension each is checked as. */
const checkedLanguages: Readonly<Record<string, 'ts' | 'js'>> = {
  ts: 'ts', typescript: 'ts', mts: 'ts', js: 'js', javascript: 'js', mjs: 'js',
};
const optOut = /^(?:<!--\s*not-checked:(.*?)-->|\{\/\*\s*not-checked:(.*?)\*\/\})$/;

/** The documents a user reads: the READMEs, docs/ and the Storybook pages. */
function documents(): string[] {
  const inDir = (dir: string, pattern: RegExp) => existsSync(join(root, dir))
    ? readdirSync(join(root, dir)).filter((name) => pattern.test(name)).map((name) => `${dir}/${name}`).sort()
    : [];
  const readmes = (dir: string) => readdirSync(join(root, dir), {withFileTypes: true})
    .filter((entry) => entry.isDirectory() && existsSync(join(root, dir, entry.name, 'README.md')))
    .map((entry) => `${dir}/${entry.name}/README.md`).sort();
  return ['README.md', 'CONTRIBUTING.md', ...readmes('packages'), ...inDir('docs', /\.md$/), ...readmes('examples'), ...inDir('stories', /\.mdx?$/)];
}

interface Block {
  doc: string;
  /** 1-based, counting every fenced block of the document. */
  index: number;
  language: string;
  /** 1-based line of the opening fence. */
  line: number;
  code: string;
  /** The opt-out's reason, when the line before the block has one. */
  notChecked?: string;
}

/** Fenced blocks (``` or ~~~, indented ones too, as in list items) and problems with their fences. */
function fencedBlocks(doc: string, text: string): {blocks: Block[]; problems: string[]} {
  const lines = text.split(/\r?\n/);
  const blocks: Block[] = [];
  const problems: string[] = [];
  let previous = '';
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([^\s`]*)[^`]*$/.exec(lines[i]!);
    if (!open) {
      if (lines[i]!.trim()) previous = lines[i]!.trim();
      continue;
    }
    const [, indent, fence, info] = open as unknown as [string, string, string, string];
    const start = i;
    const body: string[] = [];
    const close = new RegExp(`^\\s*${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
    for (i++; i < lines.length && !close.test(lines[i]!); i++) body.push(lines[i]!.startsWith(indent) ? lines[i]!.slice(indent.length) : lines[i]!);
    if (i >= lines.length) problems.push(`${doc}:${start + 1}: the block opened here is never closed`);
    const reason = optOut.exec(previous);
    const block: Block = {doc, index: blocks.length + 1, language: info.toLowerCase(), line: start + 1, code: body.join('\n')};
    if (reason) block.notChecked = (reason[1] ?? reason[2] ?? '').trim();
    blocks.push(block);
    previous = '';
  }
  for (const block of blocks) {
    const where = `${block.doc}:${block.line} (block ${block.index})`;
    if (!block.language) problems.push(`${where}: say the block's language (\`\`\`ts, \`\`\`sh, \`\`\`text …) so code is never left unchecked by accident`);
    if (block.notChecked !== undefined && !(block.language in checkedLanguages)) problems.push(`${where}: not-checked on a \`\`\`${block.language || '(none)'} block, which is never checked: remove it`);
    if (block.notChecked !== undefined && block.notChecked.length < 10) problems.push(`${where}: not-checked needs a reason a reader understands`);
  }
  return {blocks, problems};
}

interface Diagnostic {
  /** The document, block number and line the compiler's message is about, or the file it named. */
  where: string;
  doc?: string;
  message: string;
}

const tsc = join(root, 'node_modules/typescript/bin/tsc');

/** What a user's project would say: strict, Node and DOM types, the packages resolved by `exports`. */
const userOptions = {
  target: 'ES2022',
  module: 'NodeNext',
  moduleResolution: 'NodeNext',
  moduleDetection: 'force',
  lib: ['ES2023', 'DOM', 'DOM.Iterable'],
  types: ['node'],
  strict: true,
  noUncheckedSideEffectImports: true,
  allowJs: true,
  checkJs: true,
  noEmit: true,
};

function runTsc(dir: string, project: string): Promise<{status: number | null; output: string}> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [tsc, '-p', project, '--pretty', 'false', '--listFiles'], {cwd: dir});
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    child.on('error', (error) => (output += String(error)));
    child.on('close', (status) => resolve({status, output}));
  });
}

/**
 * Type-checks the blocks in a scratch project whose node_modules is the repository's, so
 * `import … from '@usht/sdk'` resolves as in a user's project: to the workspace package, through its
 * `exports`, to the built `.d.ts`. Each block is its own program, so it must stand alone (no other
 * block's imports or global types help it); then one program over all of them checks every `.d.ts`
 * they reach (no skipLibCheck, a user's default), so our published types compile for users too.
 */
async function typeCheck(blocks: readonly Block[]): Promise<{diagnostics: Diagnostic[]; unchecked: string[]}> {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'usht-doc-snippets-'))); // tsc lists real paths
  try {
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    writeFileSync(join(dir, 'package.json'), JSON.stringify({name: 'doc-snippets', private: true, type: 'module'}));
    const files = new Map<string, Block>();
    for (const block of blocks) {
      const name = `${block.doc.replace(/[^A-Za-z0-9]+/g, '-')}--block-${block.index}`;
      const file = `${name}.${checkedLanguages[block.language]}`;
      files.set(file, block);
      writeFileSync(join(dir, file), `${block.code}\n`);
      writeFileSync(join(dir, `${name}.tsconfig.json`), JSON.stringify({compilerOptions: {...userOptions, skipLibCheck: true}, files: [file]}));
    }
    writeFileSync(join(dir, 'libraries.tsconfig.json'), JSON.stringify({compilerOptions: {...userOptions, skipLibCheck: false}, files: [...files.keys()]}));

    const jobs = [...files.keys()].map((file) => ({file, project: file.replace(/\.[jt]s$/, '.tsconfig.json')}));
    const runs: {file?: string; status: number | null; output: string}[] = [];
    const workers = Array.from({length: Math.min(2, availableParallelism())}, async () => {
      for (let job = jobs.shift(); job; job = jobs.shift()) runs.push({file: job.file, ...await runTsc(dir, job.project)});
    });
    await Promise.all(workers);
    runs.push(await runTsc(dir, 'libraries.tsconfig.json'));

    const diagnostics: Diagnostic[] = [];
    const unchecked: string[] = [];
    for (const run of runs) {
      const lines = run.output.split('\n');
      if (run.file && !lines.some((line) => line.trim() === join(dir, run.file!))) unchecked.push(run.file);
      const own: Diagnostic[] = [];
      for (const line of lines) {
        const match = /^(.+?)\((\d+),(\d+)\): (?:error|warning) (TS\d+: .*)$/.exec(line);
        if (match) {
          const [, file, row, column, message] = match as unknown as [string, string, string, string, string];
          const block = files.get(file);
          own.push(block
            ? {doc: block.doc, where: `${block.doc}, block ${block.index} (\`\`\`${block.language} at line ${block.line}), line ${block.line + Number(row)} column ${column}`, message}
            : {where: `${file}:${row}:${column}`, message});
        } else if (/^\s+\S/.test(line) && own.length > 0) {
          own.at(-1)!.message += `\n  ${line.trim()}`; // the message's continuation lines
        } else if (/^error TS\d+:/.test(line)) { // about the configuration, with no file position
          own.push({where: 'tsc', message: line});
        }
      }
      if (run.status !== 0 && own.length === 0) own.push({where: 'tsc', message: `exit ${run.status}: ${run.output}`});
      // The library check sees the blocks again: their errors are already reported by their own run.
      diagnostics.push(...(run.file ? own : own.filter((d) => d.doc === undefined)));
    }
    return {diagnostics, unchecked};
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

const format = (diagnostics: readonly Diagnostic[]) => diagnostics.map((d) => `${d.where}: ${d.message}`).join('\n');

const docs = documents();
const all = docs.map((doc) => fencedBlocks(doc, readFileSync(join(root, doc), 'utf8')));
const blocks = all.flatMap((found) => found.blocks);
const checked = blocks.filter((block) => block.language in checkedLanguages && block.notChecked === undefined);

test('the docs have code blocks to check, and the packages are built', () => {
  for (const doc of ['README.md', 'packages/sdk/README.md', 'packages/elements/README.md', 'packages/server/README.md']) {
    assert.ok(checked.some((block) => block.doc === doc), `${doc} has a checked TS/JS block`);
  }
  for (const types of ['packages/sdk/out/index.d.ts', 'packages/elements/out/index.d.ts', 'packages/server/out/index.d.ts']) {
    assert.ok(existsSync(join(root, types)), `${types} exists (npm run build:types; npm test builds first)`);
  }
});

test('every fenced block says its language, and every not-checked says why', () => {
  assert.deepEqual(all.flatMap((found) => found.problems), []);
});

// A cap, so that skipping a block stays a decision someone has to argue for in review.
test('opting out is rare', () => {
  const skipped = blocks.filter((block) => block.notChecked !== undefined);
  assert.ok(skipped.length <= 2, `at most two not-checked blocks, found ${skipped.length}:\n${skipped.map((b) => `${b.doc}:${b.line} ${b.notChecked}`).join('\n')}`);
});

const {diagnostics, unchecked} = await typeCheck(checked);

test('tsc checks every block (none silently left out of its program)', () => {
  assert.deepEqual(unchecked, []);
});

for (const doc of docs) {
  if (!checked.some((block) => block.doc === doc)) continue;
  test(`${doc}: its TypeScript and JavaScript blocks type-check against the packages`, () => {
    const own = diagnostics.filter((d) => d.doc === doc);
    assert.equal(own.length, 0, `copied into a project, ${doc}'s examples do not compile:\n${format(own)}`);
  });
}

test('nothing else in the scratch project fails (the packages\' own .d.ts, the configuration)', () => {
  const other = diagnostics.filter((d) => d.doc === undefined);
  assert.equal(other.length, 0, format(other));
});

// The check itself: the SDK README's iCalendar example as it was (toICS imported from the main
// entry, where it is not) must fail with the compiler's words, the document and the block.
test('the check fails on an example that imports what a package does not export', async () => {
  const readme = [
    '# @usht/sdk', '', '```js',
    "import {createClient, toICS, icsFileName, ICS_CONTENT_TYPE} from '@usht/sdk';", '',
    'const client = createClient();',
    "const {items} = await client.activities({centreId: 'some-centre-id'});",
    "const ics = toICS(items, {calendarName: 'USHT-aktiviteter'});", '```', '',
    '```ts', "import '@usht/elements/usht-no-such-element.js';", '```', '',
    '<!-- not-checked: a fragment that needs its surroundings -->', '```ts', 'frobnicate(page);', '```', '',
    '```ts', "import '@usht/elements/usht-provider.js';", "document.querySelector('usht-provider')!.messages = {};", '```', '',
    '```ts', "document.querySelector('usht-provider')!.messages = {}; // the element's types come from block 4 only", '```',
  ].join('\n');
  const {blocks: found, problems} = fencedBlocks('old/README.md', readme);
  assert.deepEqual(problems, []);
  const result = await typeCheck(found.filter((block) => block.notChecked === undefined));
  const text = format(result.diagnostics);
  assert.match(text, /old\/README\.md, block 1 \(```js at line 3\), line 4 column \d+: TS2305: Module '"@usht\/sdk"' has no exported member 'toICS'/);
  assert.match(text, /old\/README\.md, block 2 .*usht-no-such-element/);
  assert.doesNotMatch(text, /frobnicate/);
  assert.doesNotMatch(text, /block 4/, 'the provider typed by its own import');
  assert.match(text, /old\/README\.md, block 5 .*TS2339: Property 'messages' does not exist on type 'Element'/, 'each block stands alone');
  assert.deepEqual(
    fencedBlocks('x.md', '```\nplain\n```\n<!-- not-checked: -->\n```ts\nx\n```').problems.map((p) => p.replace(/:.*?: /, ': ')),
    ["x.md: say the block's language (```ts, ```sh, ```text …) so code is never left unchecked by accident", 'x.md: not-checked needs a reason a reader understands'],
  );
});
