import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { ViewerService } from './engine/auth/viewer.service';
import { KringConfig } from './engine/config/kring-config';
import { GraphqlExceptionFilter } from './engine/graphql/graphql-exception.filter';
import { inputValidationPipe } from './engine/graphql/validation.pipe';
import { bodyErrors, jsonBody } from './engine/http/body-limits';
import { securityHeaders } from './engine/http/security-headers';
import { webApp } from './engine/http/web-app';
import { QuietFrameworkLogger } from './engine/logging/quiet-framework.logger';
import { openBroadcastBus } from './engine/realtime/broadcast-bus';
import { BroadcastMonitor } from './engine/realtime/broadcast-monitor';
import { DirectSocketEvents } from './engine/realtime/direct-socket-events';
import { KringIoAdapter } from './engine/realtime/kring-io.adapter';

/**
 * Builds the whole Kring server (GraphQL, socket.io, web app, health) on an
 * already migrated database. `main.ts` and the tests both start Kring this way.
 */
export async function createKringApp(config: KringConfig, databaseUrl: string): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl), {
    bodyParser: false,
    bufferLogs: true,
  });
  app.useLogger(new QuietFrameworkLogger(app.get(Logger)));
  app.disable('x-powered-by');
  // Behind a reverse proxy the client's address is in X-Forwarded-For; only trusted when configured (TRUST_PROXY).
  app.set('trust proxy', config.trustProxy);
  app.use(...securityHeaders(config.publicUrl), cookieParser(), jsonBody, bodyErrors, ...webApp(config.webDist));
  app.useGlobalPipes(inputValidationPipe);
  app.useGlobalFilters(new GraphqlExceptionFilter());
  // Live events between API instances: PostgreSQL unless REDIS_URL is set. Opened before listening; closed by the adapter with the app.
  const bus = await openBroadcastBus(config.redisUrl, databaseUrl, app.get(BroadcastMonitor)).catch(async (error: unknown) => {
    await app.close();
    throw error;
  });
  app.useWebSocketAdapter(new KringIoAdapter(app, bus, config.publicUrl, app.get(ViewerService), app.get(DirectSocketEvents)));
  return app;
}
