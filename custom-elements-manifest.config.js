// `cem analyze` writes packages/elements/custom-elements.json from the elements' JSDoc (style.md
// §11): Storybook's argTypes and docs, and editors' completions, read it.
import {readFileSync} from 'node:fs';
import {elementEntries} from './scripts/element-entries.js';

export default {
  globs: ['packages/elements/src/**/*.ts'],
  exclude: [
    'packages/elements/src/**/*.test.ts',
    'packages/elements/src/**/*.stories.ts',
    'packages/elements/src/index.ts',
    // The iframe fallback page's scripts (cdn/embed.js), not an element.
    'packages/elements/src/embed/**',
  ],
  outdir: 'packages/elements',
  litelement: true,
  // Run from the root, the analyzer would otherwise write `customElements` into the root
  // package.json; the elements' package.json names the manifest by hand (toolchain.md).
  packagejson: false,
  plugins: [documentedEventsOnly(), cdnFiles()],
};

/**
 * The analyzer also reads `this.dispatchEvent(new UshtCentreSelectEvent(id))` as an event named by
 * the constructor's first argument ("id"), or unnamed. Our events are the ones each element
 * documents with `@fires`, so the guessed ones go.
 */
function documentedEventsOnly() {
  return {
    name: 'usht-documented-events-only',
    packageLinkPhase({customElementsManifest}) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.name?.startsWith('usht-'));
        }
      }
    },
  };
}

/**
 * Says in each define module which file of the CDN folder holds it, and that `usht-kit.js` (the
 * autoloader) loads it when its tag first appears: a tool reading the manifest (an editor, a CMS
 * integration) learns what to load for a tag without reading the README.
 */
function cdnFiles() {
  const files = new Map(Object.entries(elementEntries).map(([file, path]) => [`packages/elements/src/${path}.ts`, `${file}.js`]));
  return {
    name: 'usht-cdn-files',
    packageLinkPhase({customElementsManifest}) {
      for (const module of customElementsManifest.modules) {
        if (module.path === 'packages/elements/src/autoloader.ts') {
          module.summary = 'usht-kit.js on the CDN: the autoloader. Loads each element\'s own file when its tag first appears on the page (also tags added later), once per page.';
          continue;
        }
        const file = files.get(module.path);
        if (!file) continue;
        // defineOnce(), not customElements.define(): the analyzer does not see the tags, the source does.
        const tags = [...readFileSync(module.path, 'utf8').matchAll(/defineOnce\('([a-z-]+)'/g)].map((m) => `<${m[1]}>`);
        module.summary = `Defines ${tags.join(' and ')}. CDN file: ${file} (usht-kit.js loads it when the tag first appears; import it yourself to load it explicitly).`;
      }
    },
  };
}
