/**
 * @usht/server: the reference implementation of the USHT data API (openapi.yaml of @usht/sdk).
 *
 *   const store = await openStore({databaseUrl: process.env.DATABASE_URL, dataDir: 'usht-data'});
 *   const app = await startServer({store, port: 8787});
 */
export {buildServer, routesOf, BODY_LIMIT, type RateLimit, type ServerOptions} from './app.js';
export {embeddedFeed} from './embedded-feed.js';
export {changedFields, etagOf, isEmpty, loadFeed, readAudit, revision, type AuditEntry, type LoadReport} from './repository.js';
export {migrate, migrationsDir, openStore, type Queryable, type Store, type StoreOptions} from './store.js';
export {createToken, listTokens, revokeToken, verifyToken, type TokenInfo} from './tokens.js';
export {startServer, type StartOptions, type StartedServer} from './start.js';
