// Three kinds of output, all from tsc's JS in packages/*/out (TypeScript 7 has no JS API for a
// rollup plugin, see toolchain.md):
//  1. ESM per entry for npm (bare imports left external): packages/*/dist
//  2. the `usht` CLI for Node: packages/sdk/dist/cli.js
//  3. one self-contained `usht-kit.js` for a <script type="module"> tag, data as on-demand chunks:
//     packages/elements/cdn
//  4. beside it, the iframe fallback page (embed.html, embed.css, embed.js, which imports
//     ./usht-kit.js), the host's embed-resize.js, and integrity.json: the SRI hash of every script
// plus a size report (gzip -9 and brotli per entry) that fails the build over a budget.
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import {sizeReport} from './scripts/size-report.js';
import {minifyTemplates} from './scripts/minify-templates.js';
import {elementEntries} from './scripts/element-entries.js';

const sdk = 'packages/sdk';
const elements = 'packages/elements';

// Warnings known to be harmless (toolchain.md): tsc's inline decorator helpers use top-level
// `this`, and zod has misplaced pure annotations and a cycle inside zod/v4/core.
function onwarn(warning, warn) {
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  if (warning.code === 'INVALID_ANNOTATION' && /zod/.test(warning.id ?? '')) return;
  if (warning.code === 'CIRCULAR_DEPENDENCY' && (warning.ids ?? []).every((id) => id.includes('node_modules'))) return;
  warn(warning);
}

const isBare = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');

/** Our elements' templates lose their indentation (scripts/minify-templates.js); Lit's own are minified already. */
const templates = () => minifyTemplates({include: (id) => /[\\/]packages[\\/]elements[\\/]out[\\/]/.test(id)});



import {existsSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {createHash} from 'node:crypto';
import {join, resolve, sep} from 'node:path';

const autoloaderEntry = resolve(`${elements}/out/autoloader.js`);
const embedSrc = `${elements}/src/embed`;
const cdn = `${elements}/cdn`;

/** Copies the embed page's static files (kept in src/embed) into the cdn folder. */
function embedPage() {
  const files = ['embed.html', 'embed.css'];
  return {
    name: 'usht-embed-page',
    buildStart() {
      for (const file of files) this.addWatchFile(`${embedSrc}/${file}`);
    },
    generateBundle() {
      for (const file of files) this.emitFile({type: 'asset', fileName: file, source: readFileSync(`${embedSrc}/${file}`)});
    },
  };
}

/**
 * Writes cdn/integrity.json: `sha384-…` (SRI) of every script in the cdn folder, keyed by its path
 * relative to it (`usht-kit.js`, `chunks/…`). Runs after the cdn builds above have written theirs.
 */
function integrityFile() {
  return {
    name: 'usht-integrity',
    writeBundle() {
      const scripts = readdirSync(cdn, {recursive: true})
        .map(String)
        .filter((file) => file.endsWith('.js'))
        .map((file) => file.split(sep).join('/'))
        .sort();
      const files = Object.fromEntries(
        scripts.map((file) => [file, `sha384-${createHash('sha384').update(readFileSync(join(cdn, file))).digest('base64')}`]),
      );
      writeFileSync(join(cdn, 'integrity.json'), `${JSON.stringify({algorithm: 'sha384', files}, null, 2)}\n`);
    },
  };
}
/**
 * V8's explicit compile hint (Chromium 136+; a plain comment elsewhere): every function of the
 * file is compiled while the script is loaded, instead of lazily on its first call. The elements'
 * render code runs as soon as the script has loaded, so lazy compilation put ~8 ms into the first
 * render (centre map, traced as V8.CompileCode). The work moves, it does not go away: on loopback
 * `import()` of usht-kit.js takes about as much longer (56 → 65 ms, median of 11); over a real
 * network the compile overlaps the download.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * Chunk names a web team can read in its network panel: `lit-and-usht-element-…`, `zod-…`, `data-centres-…`, the
 * element a chunk belongs to, never a module that happened to come first (the old main chunk was
 * `counties-….js`, and a badge page asked why it loaded counties).
 */
const inPackage = (id, ...names) => names.some((name) => id.includes(`${sep}node_modules${sep}${name.replace('/', sep)}${sep}`));
// What every element loads, as one chunk each (rollup would otherwise split them by which entries
// share them, into half a dozen files under 1 KiB named after whichever module came first). Only
// modules every element needs: a badge page must not load the calendar's date code.
// Lit goes with it: every element needs both, and one file compresses better than two (0.5 KiB).
// The SDK's client carries the embedded source: a page on the embedded data needs both.
const elementBase = new RegExp(String.raw`[\\/]elements[\\/]out[\\/](?:shared[\\/](?:usht-element|localizer|data-controller|states|tokens\.styles|contexts|define-once|dev-warnings)|locales[\\/](?:common|resolve|lazy-catalog))\.js$`);
// Lit's core and what a consumer of context needs; directives and the context provider go where
// rollup puts them (a badge page has no provider).
const litCore = new RegExp(String.raw`[\\/]node_modules[\\/](?:lit-html[\\/]lit-html|lit-element[\\/]lit-element|@lit[\\/]reactive-element[\\/](?:css-tag|reactive-element|decorators[\\/](?:property|state|base))|@lit[\\/]context[\\/](?:lib[\\/](?:create-context|context-request-event|controllers[\\/]context-consumer|decorators[\\/]consume|context-root)))\.js$`);
const sdkClient = new RegExp(String.raw`[\\/]sdk[\\/]dist[\\/](?:client-entry|client|errors|text-fold|sources[\\/](?:deferred|embedded))\.js$`);
function manualChunks(id) {
  if (litCore.test(id) || elementBase.test(id)) return 'lit-and-usht-element';
  // Named, or rollup pulls them in with the rest of @lit/context (its index re-exports them all).
  if (/[\\/]@lit[\\/]context[\\/]lib[\\/](?:controllers[\\/]context-provider|decorators[\\/]provide|value-notifier)\.js$/.test(id)) return 'lit-context-provider';
  if (sdkClient.test(id)) return 'sdk-client';
  if (inPackage(id, 'zod')) return 'zod';
  if (inPackage(id, 'ky')) return 'ky';
  if (inPackage(id, 'ical.js')) return 'ical';
  return undefined;
}
const manualNames = new Set(['lit-and-usht-element', 'lit-context-provider', 'sdk-client', 'zod', 'ky', 'ical']);
function chunkFileNames(chunk) {
  if (manualNames.has(chunk.name)) return 'chunks/[name]-[hash].js';
  const ids = chunk.moduleIds.map((id) => id.split(sep).join('/'));
  const main = chunk.facadeModuleId?.split(sep).join('/') ?? ids.find((id) => id.endsWith(`/${chunk.name}.js`)) ?? ids.at(-1) ?? '';
  const where = /\/packages\/(sdk|elements)\/(?:out|dist)\/(.+)\.js$/.exec(main);
  if (!where) return 'chunks/[name]-[hash].js';
  const [, pkg, path] = where;
  const parts = path.split('/');
  // sdk: data-centres, sdk-checklist, sdk-schemas-common; elements: the part's own name
  // (map-drawing, activity-calendar.nn), with its folder when one word says too little
  // (centre-map-counties, not counties, which is also a data chunk).
  const file = parts.at(-1);
  let name;
  if (pkg === 'sdk') name = parts[0] === 'data' ? `data-${parts[1]}` : `sdk-${parts.join('-')}`;
  else name = parts.length > 1 && !/[-.]/.test(file) ? `${parts[0]}-${file}` : file;
  return `chunks/${name}-[hash].js`;
}

const cdnTerser = () => terser({module: true, format: {comments: (_node, comment) => /Mozilla Public/.test(comment.value), preamble: COMPILE_HINT}});
function cdnBuild(input, prefix = '') {
  return {
    input,
    onwarn,
    // An element's file may export a little more than its classes (what its on-demand strings
    // import back from it): otherwise it becomes a stub that imports the real chunk, a request more.
    preserveEntrySignatures: 'allow-extension',
    plugins: [templates(), nodeResolve({browser: true}), cdnTerser()],
    output: {
      dir: cdn,
      format: 'esm',
      entryFileNames: '[name].js',
      chunkFileNames: (chunk) => chunkFileNames(chunk).replace('chunks/', `chunks/${prefix}`),
      manualChunks,
      sourcemap: true,
    },
  };
}

const presentElementEntries = Object.fromEntries(
  Object.entries(elementEntries).filter(([, path]) => existsSync(`${elements}/out/${path}.js`)),
);

export default [
  {
    input: {index: `${sdk}/out/index.js`, 'client-entry': `${sdk}/out/client-entry.js`, embedded: `${sdk}/out/embedded.js`, ics: `${sdk}/out/ics.js`, checklist: `${sdk}/out/checklist.js`, wording: `${sdk}/out/wording/index.js`, import: `${sdk}/out/import/index.js`},
    external: isBare,
    onwarn,
    output: {dir: `${sdk}/dist`, format: 'esm', preserveModules: true, preserveModulesRoot: `${sdk}/out`, sourcemap: true},
  },
  {
    input: `${sdk}/out/cli.js`,
    external: (id) => id.startsWith('node:'),
    onwarn,
    plugins: [nodeResolve({exportConditions: ['node']})],
    output: {file: `${sdk}/dist/cli.js`, format: 'esm', banner: '#!/usr/bin/env node', inlineDynamicImports: true},
  },
  {
    input: {index: `${elements}/out/index.js`, autoloader: autoloaderEntry, ...Object.fromEntries(Object.values(presentElementEntries).map((p) => [p, `${elements}/out/${p}.js`]))},
    external: isBare,
    onwarn,
    plugins: [templates()],
    output: {dir: `${elements}/dist`, format: 'esm', preserveModules: true, preserveModulesRoot: `${elements}/out`, sourcemap: true},
  },
  // The CDN folder: usht-kit.js (the autoloader, src/autoloader.ts) and a file per element for hosts
  // who import explicitly, in one build so they share one copy of each chunk. ical.js (MPL-2.0,
  // the editor's .ics import) keeps its licence notice in the chunk it lands in.
  cdnBuild({
    'usht-kit': autoloaderEntry,
    ...Object.fromEntries(Object.entries(presentElementEntries).map(([tag, path]) => [tag, `${elements}/out/${path}.js`])),
  }),
  // The all-in-one usht-kit-all.js (every element and the SDK's client at once), built apart with
  // chunks of its own (`chunks/all-…`): in the build above it would share every element's code,
  // and each element's file would become a stub that imports a chunk, one more request per page.
  cdnBuild({'usht-kit-all': `${elements}/out/index.js`}, 'all-'),
  // The iframe fallback page and the host's resize module. embed.js imports the autoloader as
  // ./usht-kit.js (built above), so the frame loads exactly what a script tag loads.
  {
    input: {embed: `${elements}/out/embed/embed.js`, 'embed-resize': `${elements}/out/embed/embed-resize.js`},
    external: (id, importer) => resolve(importer && id.startsWith('.') ? join(importer, '..', id) : id) === autoloaderEntry,
    onwarn,
    plugins: [embedPage(), terser({module: true, format: {comments: false}}), integrityFile()],
    output: {
      dir: cdn,
      format: 'esm',
      entryFileNames: '[name].js',
      paths: (id) => (resolve(id) === autoloaderEntry ? './usht-kit.js' : id),
      sourcemap: true,
    },
  },
  // Size-report builds: each element alone with Lit (data chunks excluded), measured, not shipped.
  ...sizeReport({elementsOut: `${elements}/out`, sdkOut: `${sdk}/out`, entries: presentElementEntries, onwarn, plugins: [templates()]}),
];
