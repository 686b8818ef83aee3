import type {FastifyInstance} from 'fastify';
import {buildServer, type ServerOptions} from './app.js';
import {embeddedFeed} from './embedded-feed.js';
import {isEmpty, loadFeed} from './repository.js';

export interface StartOptions extends ServerOptions {
  /** 0 picks a free port. Default 8787. */
  readonly port?: number;
  /** Default 127.0.0.1: listening on every interface is a choice, not a default. */
  readonly host?: string;
  /** Load the embedded data set into an empty database (default true). */
  readonly seed?: boolean;
}

export interface StartedServer {
  readonly app: FastifyInstance;
  /** 'http://127.0.0.1:8787/' */
  readonly url: string;
  close(): Promise<void>;
}

/** Seeds an empty database, then listens. Closing stops the server and the store. */
export async function startServer(options: StartOptions): Promise<StartedServer> {
  if (options.seed !== false && (await isEmpty(options.store))) await loadFeed(options.store, await embeddedFeed(), {action: 'seed'});
  const app = await buildServer(options);
  await app.listen({port: options.port ?? 8787, host: options.host ?? '127.0.0.1'});
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const host = options.host ?? '127.0.0.1';
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}/`;
  return {
    app, url,
    async close() {
      // In-flight responses get a few seconds to finish; a client that stopped reading does not hold the shutdown.
      const grace = setTimeout(() => app.server.closeAllConnections(), 5000);
      await app.close();
      clearTimeout(grace);
      await options.store.close();
    },
  };
}
