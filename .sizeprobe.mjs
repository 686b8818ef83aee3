import {rollup} from 'rollup';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import {minify} from 'terser';
import {gzipSync} from 'node:zlib';
const entry = process.argv[2];
const b = await rollup({input: entry, plugins: [nodeResolve({browser: true})], onwarn(){}});
const {output} = await b.generate({format: 'esm'});
const chunk = output.find((c) => c.isEntry);
const full = (await minify(chunk.code, {module: true, format: {comments: false}})).code;
console.log('total min', full.length, 'gzip', gzipSync(full, {level: 9}).length);
const rows = [];
for (const [id, m] of Object.entries(chunk.modules)) {
  const r = await minify(m.code ?? '', {module: true, compress: false, mangle: false, format: {comments: false}}).catch(() => ({code: m.code ?? ''}));
  rows.push([id.replace(process.cwd() + '/', ''), (r.code ?? '').length, gzipSync(r.code ?? '', {level: 9}).length]);
}
rows.sort((a, b) => b[2] - a[2]);
for (const [id, raw, gz] of rows) console.log(String(raw).padStart(7), String(gz).padStart(6), id);
