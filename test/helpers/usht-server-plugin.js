// The reference server (@usht/server, built to packages/server/out) for browser tests: started on
// the first `executeServerCommand('usht-server', …)` of the run, on PGlite in memory with the
// embedded data, on its own loopback port (so widgets read it cross-origin, as from a municipal
// page), and stopped with the test run. Payloads:
//   {}                      → {url}
//   {token: 'telemark'}     → {url, token}: a live token for that centre
//   {requests: true}        → {url, requests}: the requests answered since the last such call
//   {limited: true}         → the same for a second server that allows 2 reads per 1.5 s (429s)
import {buildServer, createToken, embeddedFeed, isEmpty, loadFeed, openStore} from '../../packages/server/out/index.js';

export function ushtServerPlugin() {
  let started;
  let limited;
  async function start(options = {}) {
    const store = await openStore();
    if (await isEmpty(store)) await loadFeed(store, await embeddedFeed(), {action: 'seed'});
    const app = await buildServer({store, ...options});
    const requests = [];
    app.addHook('onResponse', async (request, reply) => {
      requests.push({method: request.method, url: request.url, status: reply.statusCode, ifNoneMatch: request.headers['if-none-match'] ?? null});
    });
    await app.listen({port: 0, host: '127.0.0.1'});
    return {store, app, requests, url: `http://127.0.0.1:${app.server.address().port}/`};
  }
  return {
    name: 'usht-server',
    async executeCommand({command, payload}) {
      if (command !== 'usht-server') return undefined;
      const server = payload?.limited
        ? await (limited ??= start({readLimit: {max: 2, windowMs: 1500}}))
        : await (started ??= start());
      const answer = {url: server.url};
      if (payload?.token) answer.token = (await createToken(server.store, payload.token, 'browser test')).token;
      if (payload?.requests) answer.requests = server.requests.splice(0);
      return answer;
    },
    async serverStop() {
      for (const pending of [started, limited]) {
        if (!pending) continue;
        const server = await pending;
        server.app.server.closeAllConnections();
        await server.app.close();
        await server.store.close();
      }
    },
  };
}
