import {rollup} from 'rollup';
import {nodeResolve} from '@rollup/plugin-node-resolve';
const [input, dir] = process.argv.slice(2);
const b = await rollup({input: {'usht-kit': input}, plugins: [nodeResolve({browser: true})], onwarn() {}});
await b.write({dir, format: 'esm', chunkFileNames: 'chunks/[name]-[hash].js'});
