import {rollup} from 'rollup';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import {gzipSync} from 'node:zlib';
for (const entry of process.argv.slice(2)) {
  const bundle = await rollup({input: entry, plugins: [nodeResolve({browser: true}), terser({module: true, format: {comments: false}})], onwarn() {}});
  const {output} = await bundle.generate({format: 'esm'});
  const seen = new Set(); let code = '';
  const visit = (f) => { if (seen.has(f)) return; seen.add(f); const c = output.find((o) => o.fileName === f); if (!c || c.type !== 'chunk') return; code += c.code; c.imports.forEach(visit); };
  visit(output.find((o) => o.isEntry).fileName);
  console.log(entry, 'min', code.length, 'gzip', gzipSync(code, {level: 9}).length);
}
