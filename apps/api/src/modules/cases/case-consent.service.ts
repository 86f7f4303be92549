import { todayInNetherlands, visibilityAfterWithdrawal } from '@kring/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { actorIn, AuditService } from '../../engine/audit/audit.service';
import { TenantAccess, Viewer } from '../../engine/auth/viewer';
import { UserError } from '../../engine/graphql/user-error';
import type { CaseConsentRow } from '../../engine/database/tables.generated';
import { CONSENT_SELECT, ConsentRow, toConsent } from './case-rows';
import { CasesService } from './cases.service';
import { CaseConsentDto } from './dtos/case.dto';
import { RecordCaseConsentInput, WithdrawCaseConsentInput } from './dtos/consent.inputs';

/** Consent records (toestemming) of cases: recorded with scope, giver, form and date; withdrawn, never deleted. */
@Injectable()
export class CaseConsentService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cases: CasesService,
    private readonly audit: AuditService,
  ) {}

  async record(viewer: Viewer, access: TenantAccess, input: RecordCaseConsentInput): Promise<CaseConsentDto> {
    assertNotInFuture('givenOn', input.givenOn);
    return this.db.transaction(async (manager) => {
      await this.cases.editableCase(viewer, access, input.caseId, manager);
      // The note may name the legal representative: it is declared @GuardedText and passed the content guard before this runs.
      const [{ id }] = await manager.query<Pick<CaseConsentRow, 'id'>[]>(
        `INSERT INTO case_consent (organisation_id, case_id, scope, given_by, form, given_on, note, recorded_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [access.organisationId, input.caseId, input.scope, input.givenBy, input.form, input.givenOn, input.note, viewer.personId],
      );
      // What it covers and who gave it (codes); the note stays out of the log.
      await this.audit.recordChange(
        'case_consent_recorded',
        actorIn(access, viewer),
        { type: 'case_consent', id },
        { caseConsent: { scope: input.scope, givenBy: input.givenBy } },
        manager,
      );
      return this.consent(id, manager);
    });
  }

  /**
   * Withdrawal takes effect everywhere at once (domain guide §8): when the
   * remaining consent no longer allows the case's visibility, the case
   * narrows in the same transaction to the widest level still allowed.
   */
  async withdraw(viewer: Viewer, access: TenantAccess, input: WithdrawCaseConsentInput): Promise<CaseConsentDto> {
    const withdrawnOn = input.withdrawnOn ?? todayInNetherlands();
    assertNotInFuture('withdrawnOn', withdrawnOn);
    return this.db.transaction(async (manager) => {
      const [ref] = await manager.query<Pick<CaseConsentRow, 'case_id'>[]>(
        `SELECT case_id FROM case_consent WHERE id = $1 AND organisation_id = $2`,
        [input.consentId, access.organisationId],
      );
      if (!ref) throw new UserError('NOT_FOUND');
      const caseId = ref.case_id;
      const { row } = await this.cases.editableCase(viewer, access, caseId, manager);
      // Read once the case is locked, so two withdrawals of one consent cannot both pass.
      const consent = await this.consent(input.consentId, manager);
      if (!consent.active) throw new UserError('CONSENT_ALREADY_WITHDRAWN');
      // Both are YYYY-MM-DD, so comparing the text compares the dates.
      if (withdrawnOn < consent.givenOn)
        throw new UserError('BAD_USER_INPUT', {}, [{ field: 'withdrawnOn', rule: 'notBefore', value: consent.givenOn }]);
      await manager.query(`UPDATE case_consent SET withdrawn_on = $2 WHERE id = $1`, [input.consentId, withdrawnOn]);
      await this.audit.recordChange(
        'case_consent_withdrawn',
        actorIn(access, viewer),
        { type: 'case_consent', id: input.consentId },
        { caseConsent: { scope: consent.scope, givenBy: consent.givenBy } },
        manager,
      );
      const narrowed = visibilityAfterWithdrawal(row.visibility, await this.cases.activeScopes(caseId, manager));
      if (narrowed !== row.visibility) {
        await manager.query(`UPDATE case_file SET visibility = $2, updated_at = now() WHERE id = $1`, [caseId, narrowed]);
        await this.audit.recordChange(
          'case_visibility_changed',
          actorIn(access, viewer),
          { type: 'case', id: caseId },
          { visibility: [row.visibility, narrowed] },
          manager,
        );
      }
      return this.consent(input.consentId, manager);
    });
  }

  private async consent(id: string, manager: EntityManager): Promise<CaseConsentDto> {
    const [row] = await manager.query<ConsentRow[]>(`${CONSENT_SELECT} WHERE id = $1`, [id]);
    return toConsent(row);
  }
}

/** Consent is recorded when it was given or withdrawn, which cannot be later than today. */
function assertNotInFuture(field: string, date: string): void {
  if (date > todayInNetherlands()) throw new UserError('BAD_USER_INPUT', {}, [{ field, rule: 'notInFuture' }]);
}
