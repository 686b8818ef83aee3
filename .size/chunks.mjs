import {rollup} from 'rollup';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import {gzipSync} from 'node:zlib';
const b = await rollup({input: {e: process.argv[2]}, plugins: [nodeResolve({browser: true}), terser({module:true})], onwarn(){} });
const {output} = await b.generate({format: 'esm'});
for (const c of output) if (c.type==='chunk') {
  const mods = Object.entries(c.modules).sort((a,b)=>b[1].renderedLength-a[1].renderedLength).slice(0,6).map(([id,m])=>id.replace(/.*node_modules\//,'').replace(process.cwd()+'/','')+':'+m.renderedLength);
  console.log(c.fileName, c.isEntry?'ENTRY':'', 'imports:', c.imports.join(','), 'gz', (gzipSync(c.code,{level:9}).length/1024).toFixed(1), '\n   ', mods.join('\n    '));
}
