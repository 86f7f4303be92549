import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import { Logger } from 'nestjs-pino';
import { Pool } from 'pg';
import { AppModule } from './app.module';
import { ViewerService } from './engine/auth/viewer.service';
import { KringConfig } from './engine/config/kring-config';
import { GraphqlExceptionFilter } from './engine/graphql/graphql-exception.filter';
import { inputValidationPipe } from './engine/graphql/validation.pipe';
import { bodyErrors, jsonBody } from './engine/http/body-limits';
import { webApp } from './engine/http/web-app';
import { PostgresIoAdapter } from './engine/realtime/postgres-io.adapter';

/**
 * Builds the whole Kring server (GraphQL, socket.io, web app, health) on an
 * already migrated database. `main.ts` and the tests both start Kring this way.
 */
export async function createKringApp(config: KringConfig, databaseUrl: string): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl), { bodyParser: false, bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.use(cookieParser(), jsonBody, bodyErrors, ...webApp(config.webDist));
  app.useGlobalPipes(inputValidationPipe);
  app.useGlobalFilters(new GraphqlExceptionFilter());
  const socketPool = new Pool({ connectionString: databaseUrl, max: 2 });
  // The adapter's LISTEN connection has no error handler of its own; a database
  // restart must not crash Kring (the adapter reconnects by itself).
  const logger = app.get(Logger);
  socketPool.on('connect', (client) => client.on('error', (error) => logger.warn({ err: error }, 'socket.io database connection lost')));
  socketPool.on('error', (error) => logger.warn({ err: error }, 'socket.io database pool error'));
  app.useWebSocketAdapter(new PostgresIoAdapter(app, socketPool, app.get(ViewerService)));
  app.enableShutdownHooks();
  const close = app.close.bind(app);
  app.close = async () => {
    await close();
    await socketPool.end();
  };
  return app;
}
