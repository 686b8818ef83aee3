// A throwaway PostgreSQL for the test run and the bench: a new cluster in a temporary directory,
// listening on a free loopback port, trust authentication (nothing but this machine can reach it),
// removed when stopped. Uses Debian's `postgresql` package (scripts/setup.sh installs it). initdb
// refuses to run as root, so as root the cluster is created and run as the `postgres` user.
import {execFileSync, spawnSync} from 'node:child_process';
import {chownSync, existsSync, mkdtempSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {freePort} from './free-port.mjs';

/** The directory of initdb and pg_ctl: Debian keeps them out of PATH, under /usr/lib/postgresql/<major>/bin. */
export function postgresBinDir() {
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const majors = readdirSync(root).filter((name) => /^\d+$/.test(name)).sort((a, b) => Number(b) - Number(a));
    for (const major of majors) if (existsSync(join(root, major, 'bin', 'initdb'))) return join(root, major, 'bin');
  }
  const found = spawnSync('sh', ['-c', 'command -v initdb'], {encoding: 'utf8'}).stdout.trim();
  if (found) return found.replace(/\/initdb$/, '');
  throw new Error('PostgreSQL is not installed: run scripts/setup.sh (Debian package "postgresql")');
}


/** Starts a cluster; resolves to its connection URL and a stop function that removes it. */
export async function startPostgres() {
  const bin = postgresBinDir();
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'usht-pg-'));
  const run = (command, args) => {
    const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, command), ...args]] : [join(bin, command), args];
    return execFileSync(file, argv, {stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8'});
  };
  if (asRoot) {
    const ids = execFileSync('id', ['-u', 'postgres'], {encoding: 'utf8'}).trim();
    const gid = execFileSync('id', ['-g', 'postgres'], {encoding: 'utf8'}).trim();
    chownSync(dir, Number(ids), Number(gid));
  }
  const data = join(dir, 'data');
  const port = await freePort();
  run('initdb', ['-D', data, '-U', 'usht', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8', '--no-sync']);
  // fsync off: a test cluster is thrown away, and durability would only slow the run.
  const options = `-h 127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300`;
  run('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'server.log'), '-w', '-t', '60', 'start']);
  const url = `postgres://usht@127.0.0.1:${port}/postgres`;
  let stopped = false;
  return {
    url,
    port,
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, {recursive: true, force: true});
      }
    },
  };
}
