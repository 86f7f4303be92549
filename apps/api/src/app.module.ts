import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { LoggerModule } from 'nestjs-pino';
import { ViewerService } from './engine/auth/viewer.service';
import { KringConfig } from './engine/config/kring-config';
import { dataSourceOptions } from './engine/database/data-source-options';
import { EngineModule } from './engine/engine.module';
import { graphqlOptions } from './engine/graphql/graphql-options';
import { redactRequest } from './engine/logging/redact';
import { LiveGateway } from './engine/realtime/live.gateway';
import { AccountsModule } from './modules/accounts/accounts.module';
import { CasesModule } from './modules/cases/cases.module';
import { InvitationsModule } from './modules/invitations/invitations.module';
import { MethodsModule } from './modules/methods/methods.module';
import { OrganisationsModule } from './modules/organisations/organisations.module';
import { OutboxModule } from './modules/outbox/outbox.module';
import { SetupModule } from './modules/setup/setup.module';
import { ReflectionSessionsModule } from './modules/reflection-sessions/reflection-sessions.module';
import { MirrorConversationsModule } from './modules/mirror-conversations/mirror-conversations.module';
import { LearningNetworksModule } from './modules/learning-networks/learning-networks.module';
import { PeerVisitsModule } from './modules/peer-visits/peer-visits.module';

import { PracticesModule } from './modules/practices/practices.module';
import { StoriesModule } from './modules/stories/stories.module';
import { LibraryModule } from './modules/library/library.module';
import { PatternsModule } from './modules/patterns/patterns.module';
import { QualityReportModule } from './modules/quality-report/quality-report.module';
import { CalendarModule } from './modules/calendar/calendar.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { PrivacyModule } from './modules/privacy/privacy.module';
import { HomeModule } from './modules/home/home.module';
/** Business modules; the engine below them knows none of them. */
export const FEATURE_MODULES = [
  AccountsModule,
  OrganisationsModule,
  InvitationsModule,
  SetupModule,
  OutboxModule,
  MethodsModule,
  CasesModule,
  ReflectionSessionsModule,
  MirrorConversationsModule,
  LearningNetworksModule,
  PeerVisitsModule,
  PracticesModule,
  StoriesModule,
  LibraryModule,
  PatternsModule,
  QualityReportModule,
  CalendarModule,
  NotificationsModule,
  PrivacyModule,
  HomeModule,
];

@Module({})
export class AppModule {
  static forRoot(config: KringConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            genReqId: (req, res) => {
              const id = (req.headers['x-request-id'] as string | undefined)?.slice(0, 100) || randomUUID();
              res.setHeader('x-request-id', id);
              return id;
            },
            // Tokens out of URLs and Referer, secret headers out; bodies (GraphQL variables) are never logged.
            serializers: { req: redactRequest },
            redact: ['res.headers["set-cookie"]'],
            autoLogging: { ignore: (req) => req.url === '/health' },
          },
        }),
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl)),
        EngineModule.forRoot(config),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [ViewerService],
          useFactory: (viewers: ViewerService) => graphqlOptions(config, viewers),
        }),
        ...FEATURE_MODULES,
      ],
      providers: [LiveGateway],
    };
  }
}
