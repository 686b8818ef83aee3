// The packages' command-line files are built, not checked in: npm can only mark them executable
// when they exist at install time, which on a fresh clone they do not. Without this, `npx usht`
// and `npx usht-server` fail with "permission denied" after `npm ci && npm run build`.
import {chmodSync, existsSync} from 'node:fs';

for (const file of ['packages/sdk/dist/cli.js', 'packages/server/out/cli.js']) {
  if (existsSync(file)) chmodSync(file, 0o755);
}
