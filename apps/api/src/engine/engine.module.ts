import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuditService } from './audit/audit.service';
import { ViewerService } from './auth/viewer.service';
import { KRING_CONFIG } from './config/config.token';
import { KringConfig } from './config/kring-config';
import { HealthController } from './health/health.controller';
import { MailService } from './mail/mail.service';
import { PolicyGuard } from './policy/policy.guard';
import { TenantLookupService } from './policy/tenant-lookup.service';
import { LiveConnections } from './realtime/live-connections';
import { RetentionPurgeService } from './retention/retention-purge.service';

/** The engine every business module relies on: config, identity, policy, mail, audit, retention purges, health. */
@Global()
@Module({})
export class EngineModule {
  static forRoot(config: KringConfig): DynamicModule {
    return {
      module: EngineModule,
      controllers: [HealthController],
      providers: [
        { provide: KRING_CONFIG, useValue: config },
        ViewerService,
        TenantLookupService,
        MailService,
        AuditService,
        LiveConnections,
        RetentionPurgeService,
        { provide: APP_GUARD, useClass: PolicyGuard },
      ],
      exports: [KRING_CONFIG, ViewerService, TenantLookupService, MailService, AuditService, LiveConnections, RetentionPurgeService],
    };
  }
}
