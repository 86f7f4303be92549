import { Module } from '@nestjs/common';
import { AuditLogResolver } from './audit-log/audit-log.resolver';
import { AuditLogService } from './audit-log/audit-log.service';
import { ContentGuardNamesResolver } from './content-guard/content-guard-names.resolver';
import { EscalationPromptResolver } from './content-guard/escalation-prompt.resolver';
import { ErasureService } from './erasure/erasure.service';
import { PersonDataResolver } from './person-data/person-data.resolver';
import { PersonExportService } from './person-data/person-export.service';
import { RetentionResolver } from './retention/retention.resolver';
import { RetentionScheduler } from './retention/retention.scheduler';
import { RetentionService } from './retention/retention.service';

/** Privacy operations (AVG): the audit-log view, export and erasure of a person's data, the retention of raw notes, and the names screens check on the device. */
@Module({
  providers: [
    AuditLogService,
    AuditLogResolver,
    PersonExportService,
    ErasureService,
    PersonDataResolver,
    RetentionService,
    RetentionResolver,
    RetentionScheduler,
    ContentGuardNamesResolver,
    EscalationPromptResolver,
  ],
  exports: [RetentionService],
})
export class PrivacyModule {}
