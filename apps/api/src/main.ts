import 'reflect-metadata';
import path from 'node:path';
import { createKringApp } from './create-app';
import { ConfigError, KringConfig, loadConfig } from './engine/config/kring-config';
import { EmbeddedDatabase, startEmbeddedPostgres } from './engine/database/embedded-postgres';
import { runMigrations } from './engine/database/run-migrations';

/** One readable line and exit code 1: configuration mistakes are not crashes. */
function fail(message: string): never {
  console.error(`Kring kan niet starten / cannot start: ${message}`);
  process.exit(1);
}

/** What a failed start-up step said; a rejection is not always an Error. */
function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The database Kring uses: DATABASE_URL when set, else an embedded PostgreSQL in the data folder. */
export async function openDatabase(config: KringConfig): Promise<{ url: string; embedded: EmbeddedDatabase | null }> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: null };
  const embedded = await startEmbeddedPostgres(path.join(config.dataDir, 'postgres'), 'kring');
  return { url: embedded.url, embedded };
}

async function main(): Promise<void> {
  const startedAt = Date.now();
  let config: KringConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
  const { url, embedded } = await openDatabase(config).catch((error: unknown) => fail(`embedded PostgreSQL: ${reason(error)}`));
  await runMigrations(url).catch(async (error: unknown) => {
    await embedded?.stop();
    fail(`database ${config.databaseUrl ? 'DATABASE_URL' : ''} niet bereikbaar / unreachable (${reason(error)})`);
  });
  const app = await createKringApp(config, url);
  await app.listen(config.port).catch(async (error: unknown) => {
    await app.close();
    await embedded?.stop();
    const inUse = error instanceof Error && 'code' in error && error.code === 'EADDRINUSE';
    fail(inUse ? `poort ${config.port} is al in gebruik / port ${config.port} is in use (zet PORT=…)` : reason(error));
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\nKring stopt (${signal})…`);
    let code = 0;
    try {
      await app.close();
    } catch (error) {
      // With the stack: which part of the app (job queue, live-event bus, database pool) refused to close.
      console.error(`Kring stopte niet netjes / did not stop cleanly: ${(error as Error).stack ?? String(error)}`);
      code = 1;
    }
    await embedded?.stop();
    process.exit(code);
  };
  // embedded-postgres hooks SIGINT/SIGTERM itself (async-exit-hook): it stops PostgreSQL and exits with 130/143 at
  // once, racing the orderly stop above (the app with its live-event bus and job queue first, then the database). This
  // process owns its signals, so only that stop stays.
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
  console.log(
    `\nKring draait op ${config.publicUrl}  (klaar in ${seconds} s, database: ${embedded ? `ingebouwde PostgreSQL in ${path.join(config.dataDir, 'postgres')}` : 'DATABASE_URL'})\n` +
      `Eerste stap: open ${config.publicUrl} en richt je organisatie in, of kies het demo-netwerk.\n` +
      (config.smtpUrl ? '' : `${MAIL_NOT_CONFIGURED}\n`),
  );
}

/**
 * Said plainly at every start without SMTP (production included): nothing is mailed, and password-reset mails are
 * kept for the operator only, never in an organisation's Postvak.
 */
export const MAIL_NOT_CONFIGURED =
  'E-mail is niet ingesteld (SMTP_URL ontbreekt): Kring verstuurt geen e-mail. Uitnodigingen en meldingen staan in het Postvak van de beheerders; ' +
  'mails om een wachtwoord te herstellen alleen hier in het serverlog, voor de beheerder van deze server.\n' +
  'Mail is not configured (SMTP_URL is not set): no e-mail is sent; password-reset mails appear only in this server log, for the operator.';

if (require.main === module) void main();
