import {rollup} from 'rollup';
import {nodeResolve} from '@rollup/plugin-node-resolve';
const entry = process.argv[2];
const b = await rollup({input: entry, plugins: [nodeResolve({browser: true})], onwarn(){} });
const {output} = await b.generate({format: 'esm'});
const mods = {};
for (const c of output) if (c.type==='chunk') for (const [id, m] of Object.entries(c.modules)) { const key = (c.isEntry?'E ':'D ') + id.replace(/.*node_modules\//,'nm/').replace(process.cwd()+'/',''); mods[key]=(mods[key]||0)+m.renderedLength; }
const groups = {};
for (const [k,v] of Object.entries(mods)) { const g = k.replace(/^(E|D) (nm\/(@[^/]+\/)?[^/]+|packages\/[^/]+\/[^/]+\/[^/]+).*/, '$1 $2'); groups[g]=(groups[g]||0)+v; }
console.log(Object.entries(groups).sort((a,b)=>b[1]-a[1]).slice(0,25).map(([k,v])=>`${(v/1024).toFixed(1).padStart(7)} ${k}`).join('\n'));
