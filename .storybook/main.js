// Storybook 10 with Vite 8 for the Lit elements. Two fixes from toolchain.md: Vite 8 (Oxc) leaves
// standard decorators in place and Chromium cannot parse them, so our own .ts files are lowered by
// esbuild first; and lit/directive-helpers.js is pre-bundled, or the renderer loads a second Lit.
import {transform} from 'esbuild';

/** @type {import('@storybook/web-components-vite').StorybookConfig} */
export default {
  framework: {name: '@storybook/web-components-vite', options: {}},
  stories: ['../stories/**/*.mdx', '../packages/elements/src/**/*.stories.ts', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  core: {disableTelemetry: true},
  async viteFinal(config) {
    const lowerDecorators = {
      name: 'usht-lower-standard-decorators',
      enforce: 'pre',
      async transform(code, id) {
        const file = id.split('?')[0];
        if (!file.endsWith('.ts') || file.includes('/node_modules/')) return null;
        const result = await transform(code, {loader: 'ts', target: 'es2022', sourcemap: true, sourcefile: file});
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
