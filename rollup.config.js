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

/** Every element's define module: an npm sub-path and a size-report entry each. */
export const elementEntries = {
  'usht-provider': 'provider/usht-provider',
  'usht-priority-badge': 'priority-badge/usht-priority-badge',
  'usht-activity-calendar': 'activity-calendar/usht-activity-calendar',
  'usht-centre-map': 'centre-map/usht-centre-map',
  'usht-application-checklist': 'application-checklist/usht-application-checklist',
  'usht-activity-editor': 'activity-editor/usht-activity-editor',
};

/**
 * Elements with a CDN file of their own instead of a place in usht-kit.js: the activity editor is a
 * coordinator's tool on a page of its own, and every visitor's page would pay for it otherwise.
 */
export const separateCdnEntries = ['usht-activity-editor'];

import {existsSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {createHash} from 'node:crypto';
import {join, resolve, sep} from 'node:path';

const kitEntry = resolve(`${elements}/out/index.js`);
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

const presentElementEntries = Object.fromEntries(
  Object.entries(elementEntries).filter(([, path]) => existsSync(`${elements}/out/${path}.js`)),
);

export default [
  {
    input: {index: `${sdk}/out/index.js`, embedded: `${sdk}/out/embedded.js`, ics: `${sdk}/out/ics.js`, checklist: `${sdk}/out/checklist.js`, wording: `${sdk}/out/wording/index.js`, import: `${sdk}/out/import/index.js`},
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
    input: {index: `${elements}/out/index.js`, ...Object.fromEntries(Object.values(presentElementEntries).map((p) => [p, `${elements}/out/${p}.js`]))},
    external: isBare,
    onwarn,
    plugins: [templates()],
    output: {dir: `${elements}/dist`, format: 'esm', preserveModules: true, preserveModulesRoot: `${elements}/out`, sourcemap: true},
  },
  {
    input: {'usht-kit': `${elements}/out/index.js`},
    onwarn,
    plugins: [templates(), nodeResolve({browser: true}), terser({module: true, format: {comments: false, preamble: COMPILE_HINT}})],
    output: {dir: `${elements}/cdn`, format: 'esm', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: true},
  },
  // Each separate element as one file of its own with Lit inside (a page loads it alone), its
  // on-demand code (the SDK, ical.js, the calendar for the preview) as chunks beside usht-kit's.
  // ical.js (MPL-2.0, the editor's .ics import) keeps its licence notice in the chunk it lands in.
  ...separateCdnEntries.filter((tag) => presentElementEntries[tag]).map((tag) => ({
    input: {[tag]: `${elements}/out/${presentElementEntries[tag]}.js`},
    onwarn,
    plugins: [templates(), nodeResolve({browser: true}), terser({module: true, format: {comments: (_node, comment) => /Mozilla Public/.test(comment.value)}})],
    output: {dir: `${elements}/cdn`, format: 'esm', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: true},
  })),
  // The iframe fallback page and the host's resize module. embed.js imports the kit as
  // ./usht-kit.js (built above), so the frame loads exactly what a script tag loads.
  {
    input: {embed: `${elements}/out/embed/embed.js`, 'embed-resize': `${elements}/out/embed/embed-resize.js`},
    external: (id, importer) => resolve(importer && id.startsWith('.') ? join(importer, '..', id) : id) === kitEntry,
    onwarn,
    plugins: [embedPage(), terser({module: true, format: {comments: false}}), integrityFile()],
    output: {
      dir: cdn,
      format: 'esm',
      entryFileNames: '[name].js',
      paths: (id) => (resolve(id) === kitEntry ? './usht-kit.js' : id),
      sourcemap: true,
    },
  },
  // Size-report builds: each element alone with Lit (data chunks excluded), measured, not shipped.
  ...sizeReport({elementsOut: `${elements}/out`, sdkOut: `${sdk}/out`, entries: presentElementEntries, onwarn, plugins: [templates()]}),
];
