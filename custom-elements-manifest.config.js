// `cem analyze` writes packages/elements/custom-elements.json from the elements' JSDoc (style.md
// §11): Storybook's argTypes and docs, and editors' completions, read it.
export default {
  globs: ['packages/elements/src/**/*.ts'],
  exclude: [
    'packages/elements/src/**/*.test.ts',
    'packages/elements/src/**/*.stories.ts',
    'packages/elements/src/index.ts',
  ],
  outdir: 'packages/elements',
  litelement: true,
  // Run from the root, the analyzer would otherwise write `customElements` into the root
  // package.json; the elements' package.json names the manifest by hand (toolchain.md).
  packagejson: false,
};
