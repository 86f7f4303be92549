import {
  AuditAction,
  findIdentifyingDetails,
  IDENTIFYING_DETAIL_LABELS,
  Language,
  nameVariants,
  ORGANISATION_MANAGER_ROLES,
} from '@kring/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { actorIn, AuditService } from '../../engine/audit/audit.service';
import { TenantAccess, Viewer } from '../../engine/auth/viewer';
import type { ResidentRegisterRow } from '../../engine/database/tables.generated';
import { updateReturning } from '../../engine/database/update-returning';
import { isUniqueViolation } from '../../engine/database/utils/unique-violation';
import { UserError } from '../../engine/graphql/user-error';
import { AddResidentRegisterEntryInput, ResidentRegisterEntryDto, UpdateResidentRegisterEntryInput } from './dtos/resident-register.dto';
import { ContentGuardService } from '../../engine/privacy/content-guard.service';

type EntryRow = Pick<ResidentRegisterRow, 'id' | 'pseudonym' | 'watch_names' | 'created_at'>;

/** A refusal of the pseudonym itself is said beside its box, not by the button a phone's screen away from it. */
const PSEUDONYM_FIELD = [{ field: 'pseudonym', rule: 'invalid' }];

/**
 * The organisation's resident pseudonym register (bewonersregister): each
 * resident's pseudonym with the real names and nicknames the guard must catch.
 * Colleagues see the pseudonyms (to use them in cases); only administrators
 * and care entrepreneurs see and keep the names.
 */
@Injectable()
export class ResidentRegisterService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly guard: ContentGuardService,
    private readonly audit: AuditService,
  ) {}

  /** With `withNames`, managers get the watch names (others get null); reading them is recorded. */
  async list(viewer: Viewer, access: TenantAccess, withNames: boolean): Promise<ResidentRegisterEntryDto[]> {
    const names = withNames && access.roles.some((role) => ORGANISATION_MANAGER_ROLES.includes(role));
    const rows = await this.db.query<EntryRow[]>(
      `SELECT id, pseudonym, watch_names, created_at FROM resident_register WHERE organisation_id = $1 ORDER BY lower(pseudonym)`,
      [access.organisationId],
    );
    // The watch names are residents' real names: reading them is recorded.
    if (names) await this.record('resident_register_read', viewer, access);
    return rows.map((r) => ({
      id: r.id,
      pseudonym: r.pseudonym,
      watchNames: names ? r.watch_names : null,
      createdAt: r.created_at,
    }));
  }

  async add(viewer: Viewer, access: TenantAccess, input: AddResidentRegisterEntryInput): Promise<ResidentRegisterEntryDto> {
    await this.assertNothingIdentifying(access.organisationId, input.pseudonym, input.watchNames, viewer.preferredLanguage);
    const [row] = await this.uniquePseudonym(() =>
      this.db.query<EntryRow[]>(
        `INSERT INTO resident_register (organisation_id, pseudonym, watch_names) VALUES ($1, $2, $3) RETURNING id, pseudonym, watch_names, created_at`,
        [access.organisationId, input.pseudonym, input.watchNames],
      ),
    );
    await this.record('resident_register_changed', viewer, access, row.id);
    return { id: row.id, pseudonym: row.pseudonym, watchNames: row.watch_names, createdAt: row.created_at };
  }

  async update(viewer: Viewer, access: TenantAccess, input: UpdateResidentRegisterEntryInput): Promise<ResidentRegisterEntryDto> {
    await this.assertNothingIdentifying(access.organisationId, input.pseudonym, input.watchNames, viewer.preferredLanguage);
    const [row] = await this.uniquePseudonym(() =>
      updateReturning<EntryRow>(
        this.db.manager,
        `UPDATE resident_register SET pseudonym = $3, watch_names = $4 WHERE id = $1 AND organisation_id = $2 RETURNING id, pseudonym, watch_names, created_at`,
        [input.entryId, access.organisationId, input.pseudonym, input.watchNames],
      ),
    );
    if (!row) throw new UserError('NOT_FOUND');
    await this.record('resident_register_changed', viewer, access, row.id);
    return { id: row.id, pseudonym: row.pseudonym, watchNames: row.watch_names, createdAt: row.created_at };
  }

  async remove(viewer: Viewer, access: TenantAccess, entryId: string): Promise<boolean> {
    // TypeORM answers a DELETE with [rows, rowCount].
    const [, count] = await this.db.query<[unknown[], number]>(`DELETE FROM resident_register WHERE id = $1 AND organisation_id = $2`, [
      entryId,
      access.organisationId,
    ]);
    if (count === 0) throw new UserError('NOT_FOUND');
    await this.record('resident_register_changed', viewer, access, entryId);
    return true;
  }

  /** A pseudonym that contains a real name (the resident's own, a colleague's, another resident's) is no pseudonym. */
  private async assertNothingIdentifying(
    organisationId: string,
    pseudonym: string,
    watchNames: readonly string[],
    language: Language,
  ): Promise<void> {
    const knownNames = [...(await this.guard.nameForms([organisationId])), ...watchNames.flatMap(nameVariants)];
    const findings = findIdentifyingDetails(pseudonym, { knownNames });
    if (findings.length > 0) {
      const details = [...new Set(findings.map((f) => IDENTIFYING_DETAIL_LABELS[f.kind][language].toLowerCase()))].join(', ');
      throw new UserError('PSEUDONYM_IDENTIFYING', { details }, PSEUDONYM_FIELD);
    }
  }

  private async uniquePseudonym<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (isUniqueViolation(error)) throw new UserError('PSEUDONYM_TAKEN', {}, PSEUDONYM_FIELD);
      throw error;
    }
  }

  private record(action: AuditAction, viewer: Viewer, access: TenantAccess, subjectId?: string): Promise<void> {
    return this.audit.recordOn(action, actorIn(access, viewer), { type: 'resident_register', id: subjectId });
  }
}
