// Storybook 10 with Vite 8 for the Lit elements. Two fixes from toolchain.md: our own .ts files are
// compiled by esbuild with the same decorator settings as tsc (TypeScript's experimentalDecorators,
// tsconfig.base.json), so no tool's default decorator semantics decide how Lit properties behave;
// and lit/directive-helpers.js is pre-bundled, or the renderer loads a second Lit.
import {readFileSync} from 'node:fs';
import {transform} from 'esbuild';

const {experimentalDecorators, useDefineForClassFields} = JSON.parse(readFileSync(new URL('../tsconfig.base.json', import.meta.url), 'utf8')).compilerOptions;
const decoratorOptions = {experimentalDecorators, useDefineForClassFields};

/** @type {import('@storybook/web-components-vite').StorybookConfig} */
export default {
  framework: {name: '@storybook/web-components-vite', options: {}},
  stories: ['../stories/**/*.mdx', '../packages/elements/src/**/*.stories.ts', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  core: {disableTelemetry: true},
  async viteFinal(config) {
    const lowerDecorators = {
      name: 'usht-typescript-decorators',
      enforce: 'pre',
      async transform(code, id) {
        const file = id.split('?')[0];
        if (!file.endsWith('.ts') || file.includes('/node_modules/')) return null;
        const result = await transform(code, {loader: 'ts', target: 'es2022', sourcemap: true, sourcefile: file, tsconfigRaw: {compilerOptions: decoratorOptions}});
        return {code: result.code, map: result.map};
      },
    };
    return {
      ...config,
      plugins: [lowerDecorators, ...(config.plugins ?? [])],
      optimizeDeps: {...config.optimizeDeps, include: [...(config.optimizeDeps?.include ?? []), 'lit/directive-helpers.js']},
    };
  },
};
