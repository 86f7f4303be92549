import { DEFAULT_RETENTION_DAYS, fromTo } from '@kring/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { actorIn, AuditService } from '../../../engine/audit/audit.service';
import { TenantAccess, Viewer } from '../../../engine/auth/viewer';
import { RetentionPurgeService } from '../../../engine/retention/retention-purge.service';
import { PrivacySettingsDto, RawNotePurgeDto, RetentionInput } from '../dtos/retention.dto';
import { retentionCutoff } from './retention-cutoff';
import type { OrganisationRow, PrivacySettingRow } from '../../../engine/database/tables.generated';

/** These columns have no CHECK in the table; they are written only from RetentionInput, checked against the domain's options and kinds. */
type SettingRow = Pick<PrivacySettingRow, 'last_purge_at' | 'last_purge_count'> & {
  raw_note_retention_days: PrivacySettingsDto['rawNoteRetentionDays'];
  chosen_purges: PrivacySettingsDto['chosenPurges'];
};

/**
 * The retention period (bewaartermijn) for raw notes, per organisation, and
 * the clean-up that purges what is older (the period rules of
 * @kring/domain's RETENTION_RULES, carried out by the engine's one purge
 * mechanism, which audits them). The clean-up is safe to run in several API
 * processes at once: a row deleted by one is simply not found by the other.
 */
@Injectable()
export class RetentionService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly purges: RetentionPurgeService,
  ) {}

  async settings(organisationId: string): Promise<PrivacySettingsDto> {
    const [row] = await this.db.query<SettingRow[]>(
      `SELECT raw_note_retention_days, last_purge_at, last_purge_count, chosen_purges FROM privacy_setting WHERE organisation_id = $1`,
      [organisationId],
    );
    return {
      rawNoteRetentionDays: row?.raw_note_retention_days ?? DEFAULT_RETENTION_DAYS,
      lastPurgeAt: row?.last_purge_at ?? null,
      lastPurgeCount: row?.last_purge_count ?? 0,
      chosenPurges: row?.chosen_purges ?? [],
    };
  }

  async update(access: TenantAccess, viewer: Viewer, input: RetentionInput): Promise<PrivacySettingsDto> {
    // The settings before, read by the same statement (a CTE reads the table as it was), for the audit log.
    const [previous] = await this.db.query<{ days: number | null; purges: string[] | null; chosen: string[] }[]>(
      `WITH old AS (SELECT raw_note_retention_days, chosen_purges FROM privacy_setting WHERE organisation_id = $1)
       INSERT INTO privacy_setting (organisation_id, raw_note_retention_days, updated_by, chosen_purges) VALUES ($1, $2, $3, coalesce($4::text[], '{}'))
       ON CONFLICT (organisation_id) DO UPDATE SET raw_note_retention_days = EXCLUDED.raw_note_retention_days, updated_by = EXCLUDED.updated_by, updated_at = now(),
         chosen_purges = coalesce($4::text[], privacy_setting.chosen_purges)
       RETURNING (SELECT raw_note_retention_days FROM old) AS days, (SELECT chosen_purges FROM old) AS purges, chosen_purges AS chosen`,
      [access.organisationId, input.rawNoteRetentionDays, viewer.personId, input.chosenPurges ?? null],
    );
    await this.audit.recordChange(
      'retention_changed',
      actorIn(access, viewer),
      { type: 'organisation', id: access.organisationId },
      {
        retentionDays: fromTo(previous.days ?? DEFAULT_RETENTION_DAYS, input.rawNoteRetentionDays),
        purges: fromTo<readonly string[]>(previous.purges ?? [], previous.chosen),
      },
    );
    return this.settings(access.organisationId);
  }

  /** Cleans up every organisation as of `now` (the scheduled job; tests pass a date). */
  async purgeAll(now: Date = new Date()): Promise<Map<string, RawNotePurgeDto>> {
    const organisations = await this.db.query<Pick<OrganisationRow, 'id'>[]>(`SELECT id FROM organisation ORDER BY id`);
    const results = new Map<string, RawNotePurgeDto>();
    for (const { id } of organisations) results.set(id, await this.purge(id, now, null));
    return results;
  }

  /** One organisation, in one transaction; `personId` is who asked for it, null for the scheduled job. */
  async purge(organisationId: string, now: Date, personId: string | null): Promise<RawNotePurgeDto> {
    return this.db.transaction(async (manager) => {
      const [setting] = await manager.query<Pick<PrivacySettingRow, 'raw_note_retention_days'>[]>(
        `SELECT raw_note_retention_days FROM privacy_setting WHERE organisation_id = $1`,
        [organisationId],
      );
      const kinds = await this.purges.afterPeriod(
        manager,
        organisationId,
        retentionCutoff(now, setting?.raw_note_retention_days),
        personId,
      );
      const total = kinds.reduce((sum, k) => sum + k.count, 0);
      await manager.query(
        `INSERT INTO privacy_setting (organisation_id, last_purge_at, last_purge_count) VALUES ($1, $2, $3)
         ON CONFLICT (organisation_id) DO UPDATE SET last_purge_at = EXCLUDED.last_purge_at, last_purge_count = EXCLUDED.last_purge_count`,
        [organisationId, now, total],
      );
      return { total, kinds };
    });
  }
}
