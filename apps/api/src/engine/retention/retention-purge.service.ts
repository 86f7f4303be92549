import { kindsPurgedAfterPeriod, kindsPurgedOn, RetentionEvent, RetentionKind, retentionRule } from '@kring/domain';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { PrivacySettingRow } from '../database/tables.generated';
import { counted, PURGE_STATEMENTS } from './purge-statements';

interface PurgeCount {
  kind: RetentionKind;
  count: number;
}

/** What an event happened to, and who made it happen (null: Kring itself). */
interface PurgeMoment {
  organisationId: string;
  subjectId: string;
  personId: string | null;
}

/**
 * The one purge mechanism: carries out the retention rules declared in
 * @kring/domain (privacy/retention-rules.ts), nothing else deletes raw
 * material. Services call `onEvent` inside the transaction of the moment
 * itself (approving a harvest, closing a report), so the moment never
 * happens without its purge; the hourly sweep calls `afterPeriod`. Each
 * purge that removed something is audited with its kind and how many,
 * never what it said.
 */
@Injectable()
export class RetentionPurgeService {
  constructor(private readonly audit: AuditService) {}

  onEvent(manager: EntityManager, event: RetentionEvent, moment: PurgeMoment): Promise<PurgeCount[]> {
    return this.purge(manager, kindsPurgedOn(event), 'onEvent', [moment.subjectId], moment);
  }

  /** Everything of one organisation older than `cutoff` that the period rules cover. */
  afterPeriod(manager: EntityManager, organisationId: string, cutoff: Date, personId: string | null): Promise<PurgeCount[]> {
    return this.purge(manager, kindsPurgedAfterPeriod(), 'afterPeriod', [organisationId, cutoff], {
      organisationId,
      personId,
      subjectId: null,
    });
  }

  private async purge(
    manager: EntityManager,
    kinds: RetentionKind[],
    trigger: 'onEvent' | 'afterPeriod',
    params: unknown[],
    moment: { organisationId: string; personId: string | null; subjectId: string | null },
  ): Promise<PurgeCount[]> {
    const counts: PurgeCount[] = [];
    const chosen = await this.chosenBy(manager, moment.organisationId);
    for (const kind of kinds) {
      if (retentionRule(kind).organisationChooses && !chosen.includes(kind)) {
        counts.push({ kind, count: 0 });
        continue;
      }
      const statements: readonly string[] | undefined = PURGE_STATEMENTS[kind][trigger];
      // The types make this impossible; a declaration edited without its statements must fail loudly, not keep text.
      if (!statements?.length) throw new Error(`Retention kind ${kind} has no ${trigger} purge statements`);
      const [{ n }] = await manager.query<{ n: number }[]>(counted(statements), params);
      counts.push({ kind, count: n });
      if (n > 0) {
        await this.audit.record(
          {
            action: 'raw_notes_deleted',
            organisationId: moment.organisationId,
            personId: moment.personId,
            subjectType: kind,
            subjectId: moment.subjectId ?? undefined,
            count: n,
          },
          manager,
        );
      }
    }
    return counts;
  }

  /** The kinds this organisation chose to have purged too (rules with organisationChooses). */
  private async chosenBy(manager: EntityManager, organisationId: string): Promise<string[]> {
    const [row] = await manager.query<Pick<PrivacySettingRow, 'chosen_purges'>[]>(
      `SELECT chosen_purges FROM privacy_setting WHERE organisation_id = $1`,
      [organisationId],
    );
    return row?.chosen_purges ?? [];
  }
}
