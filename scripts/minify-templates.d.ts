// Types for scripts/minify-templates.js, for test/node/minify-templates.test.ts.
import type {Plugin} from 'rollup';

export function minifyTemplates(options: {include: (id: string) => boolean}): Plugin;
