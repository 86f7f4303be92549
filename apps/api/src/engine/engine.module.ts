import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { AuditService } from './audit/audit.service';
import { ViewerService } from './auth/viewer.service';
import { KRING_CONFIG } from './config/config.token';
import { KringConfig } from './config/kring-config';
import { GroupCommit } from './database/group-commit';
import { HealthController } from './health/health.controller';
import { JobQueue } from './jobs/job-queue';
import { MailDelivery } from './mail/mail-delivery';
import { MailService } from './mail/mail.service';
import { Notifier } from './notifications/notifier';
import { PolicyGuard } from './policy/policy.guard';
import { SocketAccess } from './policy/socket-access';
import { ContentGuardInterceptor } from './privacy/content-guard.interceptor';
import { ContentGuardService } from './privacy/content-guard.service';
import { EscalationService } from './privacy/escalation.service';
import { LinkVisitors } from './privacy/link-visitors';
import { SmallNumbers } from './privacy/small-numbers.service';
import { TenantLookupService } from './policy/tenant-lookup.service';
import { LiveCommandPipeline } from './live/command-pipeline';
import { LiveRooms } from './live/live-rooms';
import { BroadcastMonitor } from './realtime/broadcast-monitor';
import { DirectSocketEvents } from './realtime/direct-socket-events';
import { LiveConnections } from './realtime/live-connections';
import { RetentionPurgeService } from './retention/retention-purge.service';
import { ThrottleService } from './throttle/throttle.service';
import { TokenLinks } from './throttle/token-links';

/** The engine's services that feature modules use: provided once here and exported, so the two lists cannot drift. */
const SHARED_SERVICES = [
  ViewerService,
  TenantLookupService,
  SocketAccess,
  DirectSocketEvents,
  JobQueue,
  MailService,
  Notifier,
  AuditService,
  LiveConnections,
  LiveRooms,
  LiveCommandPipeline,
  BroadcastMonitor,
  RetentionPurgeService,
  ContentGuardService,
  EscalationService,
  LinkVisitors,
  SmallNumbers,
  ThrottleService,
  TokenLinks,
];

/** The engine every business module relies on: config, identity, policy, content guard, job queue, mail, notifications, audit, retention purges, throttles, health. */
@Global()
@Module({})
export class EngineModule {
  static forRoot(config: KringConfig): DynamicModule {
    return {
      module: EngineModule,
      controllers: [HealthController],
      providers: [
        { provide: KRING_CONFIG, useValue: config },
        ...SHARED_SERVICES,
        MailDelivery,
        GroupCommit,
        { provide: APP_GUARD, useClass: PolicyGuard },
        { provide: APP_INTERCEPTOR, useClass: ContentGuardInterceptor },
      ],
      exports: [KRING_CONFIG, ...SHARED_SERVICES],
    };
  }
}
