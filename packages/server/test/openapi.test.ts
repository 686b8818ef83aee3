// openapi.yaml (of @usht/sdk) is the contract: every route the server answers is documented there,
// and every documented operation is a route of the server.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {test} from 'node:test';
import {parse} from 'yaml';
import {buildServer, routesOf} from '../src/app.js';
import {openStore} from '../src/store.js';

const require = createRequire(import.meta.url);
const spec = parse(readFileSync(require.resolve('@usht/sdk/package.json').replace(/package\.json$/, 'openapi.yaml'), 'utf8')) as {
  paths: Record<string, Record<string, unknown>>;
};
const methods = ['get', 'put', 'post', 'delete', 'patch'];

test('openapi.yaml documents every route, and every documented operation is served', async () => {
  const store = await openStore();
  const app = await buildServer({store});
  await app.ready();
  try {
    // HEAD is every GET's (Fastify adds it); OPTIONS is CORS's preflight.
    const served = routesOf(app)
      .filter((r) => r.method !== 'HEAD' && r.method !== 'OPTIONS')
      .map((r) => `${r.method} ${r.url.replace(/:(\w+)/g, '{$1}')}`)
      .sort();
    const documented = Object.entries(spec.paths)
      .flatMap(([path, item]) => Object.keys(item).filter((key) => methods.includes(key)).map((method) => `${method.toUpperCase()} ${path}`))
      .sort();
    assert.ok(served.length >= 15, served.join('\n'));
    assert.deepEqual(served, documented);
  } finally {
    await app.close();
    await store.close();
  }
});
