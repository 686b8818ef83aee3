import {rollup} from 'rollup';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import {minify} from 'terser';
import {gzipSync} from 'node:zlib';
const b = await rollup({input: {e: process.argv[2]}, plugins: [nodeResolve({browser: true})], onwarn(){} });
const {output} = await b.generate({format: 'esm'});
const rows=[];
for (const c of output) if (c.type==='chunk' && c.isEntry) for (const [id,m] of Object.entries(c.modules)) {
  if (!m.code) continue;
  const min = (await minify(m.code, {module:true})).code ?? '';
  rows.push([gzipSync(min,{level:9}).length, min.length, id.replace(/.*node_modules\//,'').replace(process.cwd()+'/','')]);
}
rows.sort((a,b)=>b[0]-a[0]);
for (const r of rows.slice(0,25)) console.log(String(r[0]).padStart(6), String(r[1]).padStart(7), r[2]);
