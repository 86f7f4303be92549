import 'reflect-metadata';
import { errorMessage, ROLE_LABELS } from '@kring/domain';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module';
import { ConfigError, loadConfig } from '../engine/config/kring-config';
import { UserError } from '../engine/graphql/user-error';
import { openDatabase } from '../main';
import { runMigrations } from '../engine/database/run-migrations';
import { SetupService } from '../modules/setup/setup.service';

/** `npm run demo`: fills an empty Kring with the Dutch demo network and prints the accounts. */
async function demo(): Promise<number> {
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'warn' });
  const { url, embedded } = await openDatabase(config);
  try {
    await runMigrations(url);
    const app = await NestFactory.createApplicationContext(AppModule.forRoot(config, url), { logger: ['error'] });
    try {
      const { accounts } = await app.get(SetupService).loadDemo();
      console.log('\nHet demo-netwerk staat klaar. Log in op Kring met een van deze accounts:\n');
      console.table(
        accounts.map((a) => ({
          naam: a.displayName,
          rollen: a.roles.map((role) => ROLE_LABELS[role].nl).join(', '),
          organisatie: a.organisationName,
          'e-mail': a.email,
          wachtwoord: a.password,
        })),
      );
      console.log(
        '\nStart Kring met "npm start" en open de getoonde link. Begin bijvoorbeeld als Sanne (sanne@hoeve.demo / welkom-sanne): open de sessie van volgende week.\n',
      );
      return 0;
    } finally {
      await app.close();
    }
  } catch (error) {
    if (error instanceof UserError && error.message === 'DEMO_NOT_EMPTY') {
      console.error(
        `${errorMessage('DEMO_NOT_EMPTY', 'nl', error.extensions.params as Record<string, number>)}\nProbeer een lege Kring ernaast: KRING_DATA_DIR=data-demo npm run demo`,
      );
      return 1;
    }
    throw error;
  } finally {
    await embedded?.stop();
  }
}

demo().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof ConfigError ? `Kring: ${error.message}` : error);
    process.exit(1);
  },
);
