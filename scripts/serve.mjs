// Serves the repository read-only for the demo site (`npm start`): examples/ and the built
// packages/elements/cdn/ bundle, node:http on 127.0.0.1 only. Under /api/ it also answers the
// reference server's API (@usht/server, built to packages/server/out) on PGlite in memory, so the
// coordinators' page can publish to a server from the same origin under its strict policy; the
// demo data starts from the embedded set on every start and is never written to disk.
// examples/strict-csp.html is sent with the strict Content-Security-Policy the widgets are held to
// (budgets.md), so a violation shows in the browser console and in test/csp.
import {createServer} from 'node:http';
import {createReadStream} from 'node:fs';
import {realpath, stat} from 'node:fs/promises';
import {extname, join, sep} from 'node:path';
import {fileURLToPath} from 'node:url';
import {HOST_CSP, STRICT_CSP} from './csp.mjs';

const HOST = '127.0.0.1';
const root = await realpath(fileURLToPath(new URL('..', import.meta.url)));


/** Pages served with the strict policy (URL paths) and the policy each gets. */
const strictPages = new Map([
  ['/examples/strict-csp.html', STRICT_CSP],
  ['/examples/publish.html', STRICT_CSP],
  ['/examples/embed.html', HOST_CSP],
  ['/packages/elements/cdn/embed.html', STRICT_CSP],
]);

/** Only what the demo needs is served: never node_modules, sources of other tools, or dotfiles. */
const servedPrefixes = ['/examples/', '/packages/elements/cdn/', '/packages/sdk/feed.schema.json'];

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
};

function send(response, status, body, headers = {}) {
  response.writeHead(status, {'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', ...headers});
  response.end(body);
}

/** The file for a URL path, or undefined when it is outside what we serve (traversal included). */
async function resolveFile(urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (path.includes('\0') || path.includes('\\')) return undefined;
  if (path === '/' || path === '/examples') path = '/examples/';
  if (path.endsWith('/')) path += 'index.html';
  if (!servedPrefixes.some((prefix) => path === prefix || path.startsWith(prefix))) return undefined;
  if (path.split('/').some((segment) => segment === '..' || segment.startsWith('.'))) return undefined;
  try {
    // realpath: a symlink inside the tree must not lead out of it either.
    const file = await realpath(join(root, path));
    if (!file.startsWith(root + sep)) return undefined;
    const info = await stat(file);
    return info.isFile() ? {file, size: info.size, path} : undefined;
  } catch {
    return undefined;
  }
}

/** The demo API: the reference server in this process, answering under /api/. */
async function startApi() {
  try {
    const server = await import('../packages/server/out/index.js');
    const store = await server.openStore();
    await server.loadFeed(store, await server.embeddedFeed(), {action: 'seed'});
    const app = await server.buildServer({store});
    await app.ready();
    const {token} = await server.createToken(store, 'buskerud', 'demo');
    return {app, token};
  } catch (error) {
    console.log(`The demo API (/api/) is off: ${error.message}`);
    return undefined;
  }
}
const api = await startApi();

async function handle(request, response) {
  if (api && (request.url === '/api' || request.url?.startsWith('/api/'))) {
    request.url = request.url.slice('/api'.length) || '/';
    api.app.routing(request, response);
    return;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    send(response, 405, 'Method not allowed\n', {Allow: 'GET, HEAD'});
    return;
  }
  const url = new URL(request.url ?? '/', `http://${HOST}`);
  if (url.pathname === '/') {
    send(response, 302, 'Found\n', {Location: '/examples/'});
    return;
  }
  const found = await resolveFile(url.pathname);
  if (!found) {
    send(response, 404, 'Not found\n');
    return;
  }
  const headers = {
    'Content-Type': types[extname(found.file)] ?? 'application/octet-stream',
    'Content-Length': String(found.size),
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
  const policy = strictPages.get(found.path);
  if (policy) headers['Content-Security-Policy'] = policy;
  // The iframe fallback page in <iframe sandbox="allow-scripts"> has an opaque origin: its module
  // scripts are then cross-origin requests and need this (README, "Embedding without scripts").
  if (found.path.startsWith('/packages/elements/cdn/')) headers['Access-Control-Allow-Origin'] = '*';
  response.writeHead(200, headers);
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(found.file).on('error', () => response.destroy()).pipe(response);
}

function listen(port) {
  return new Promise((resolve, reject) => {
    const server = createServer((request, response) => {
      handle(request, response).catch(() => send(response, 500, 'Internal error\n'));
    });
    server.once('error', reject);
    server.listen(port, HOST, () => resolve(server));
  });
}

const wanted = Number.parseInt(process.env.PORT ?? '8080', 10);
let server;
try {
  server = await listen(Number.isInteger(wanted) && wanted >= 0 ? wanted : 8080);
} catch (error) {
  if (error?.code !== 'EADDRINUSE' && error?.code !== 'EACCES') throw error;
  console.log(`Port ${wanted} is taken; using a free port instead.`);
  server = await listen(0);
}
const {port} = server.address();
console.log(`usht-kit demo (${HOST} only):
  Demo site:          http://${HOST}:${port}/examples/
  Strict CSP page:    http://${HOST}:${port}/examples/strict-csp.html
  iframe fallback:    http://${HOST}:${port}/examples/embed.html
  Publish activities: http://${HOST}:${port}/examples/publish.html
  CDN bundle:         http://${HOST}:${port}/packages/elements/cdn/usht-kit.js${api ? `
  Demo API:           http://${HOST}:${port}/api/centres (@usht/server, in memory: reset on every start)
  Demo key for USHT Buskerud (publish.html, "Publiser til senterets server"):
    ${api.token}` : ''}
Press Ctrl+C to stop.`);
