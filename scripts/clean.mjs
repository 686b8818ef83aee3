// Removes build output, so a build never ships chunks left over from an earlier one.
import {rmSync} from 'node:fs';

const targets = process.argv.includes('--bundles')
  ? ['packages/sdk/dist', 'packages/elements/dist', 'packages/elements/cdn', '.size']
  : ['packages/sdk/dist', 'packages/sdk/out', 'packages/elements/dist', 'packages/elements/out', 'packages/elements/cdn', '.size', 'storybook-static', '.test-results'];
for (const target of targets) rmSync(target, {recursive: true, force: true});
