// `cem analyze` writes packages/elements/custom-elements.json from the elements' JSDoc (style.md
// §11): Storybook's argTypes and docs, and editors' completions, read it.
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
  plugins: [documentedEventsOnly()],
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
