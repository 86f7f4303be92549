import { FORMER_MEMBER_NAME, formerMemberPseudonym } from '@kring/domain';
import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../../engine/audit/audit.service';
import { TenantAccess, Viewer } from '../../../engine/auth/viewer';
import { UserError } from '../../../engine/graphql/user-error';
import { LiveConnections } from '../../../engine/realtime/live-connections';
import { ThrottleService } from '../../../engine/throttle/throttle.service';
import { ErasePersonInput, ErasureResultDto } from '../dtos/person-data.dto';
import { columnSql, personReferences, rowOfOrganisation } from '../person-data/person-references';
import { ERASURE_RULES, ErasureParam } from './erasure-rules';
import { isMember } from '../../../engine/database/membership-sql';
import type { PersonRow } from '../../../engine/database/tables.generated';

/** Statements that count what they changed as `n` (count(*)::int, so a number). */
type ChangedRow = { n: number };

/** Addresses that can never receive mail or be guessed (RFC 2606 reserves .invalid). */
const standInAddress = (kind: string) => `${kind}-${randomUUID()}@pseudoniem.kring.invalid`;

/**
 * Erasure of a member on request (AVG art. 17), by an administrator of the
 * organisation, in one transaction:
 *
 * 1. What only they could see, what had not happened yet, and what their
 *    consent does not allow keeping is removed (ERASURE_RULES).
 * 2. Everything else they contributed that others' shared content depends
 *    on (session entries, harvests, practices, case chapters, consent they
 *    recorded, the audit log…) stays, re-pointed to a stand-in account with
 *    a stable pseudonym: "Oud-teamlid 3" is the organisation's third erased
 *    member. Every screen that shows an author then shows the pseudonym; an
 *    anonymous contribution stays anonymous. Nothing leads back from the
 *    stand-in to the person.
 * 3. When they belong to no other organisation or network, their account is
 *    deleted; if history elsewhere still refers to it, it is wiped instead
 *    (name, address, password, logins).
 */
@Injectable()
export class ErasureService {
  private readonly logger = new Logger(ErasureService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly connections: LiveConnections,
  ) {}

  async erase(access: TenantAccess, viewer: Viewer, input: ErasePersonInput): Promise<ErasureResultDto> {
    if (input.personId === viewer.personId) throw new UserError('ERASE_SELF');
    const organisationId = access.organisationId;
    const result = await this.db.transaction(async (manager) => {
      // One erasure at a time per organisation, so pseudonym numbers never collide.
      await manager.query(`SELECT id FROM organisation WHERE id = $1 FOR UPDATE`, [organisationId]);
      const [person] = await manager.query<Pick<PersonRow, 'id' | 'email' | 'display_name' | 'preferred_language'>[]>(
        `SELECT p.id, p.email, p.display_name, p.preferred_language FROM person p
         WHERE p.id = $1 AND ${isMember('p.id', '$2')} FOR UPDATE OF p`,
        [input.personId, organisationId],
      );
      if (!person) throw new UserError('NOT_A_MEMBER');
      if (input.confirmation.trim() !== person.display_name.trim()) {
        throw new UserError('ERASE_CONFIRMATION', { name: person.display_name }, [{ field: 'confirmation', rule: 'invalid' }]);
      }

      const [{ number }] = await manager.query<{ number: number }[]>(
        `SELECT coalesce(max(number), 0) + 1 AS number FROM erased_member WHERE organisation_id = $1`,
        [organisationId],
      );
      const pseudonym = formerMemberPseudonym(number);
      const [standIn] = await manager.query<Pick<PersonRow, 'id'>[]>(
        `INSERT INTO person (email, display_name, password_hash, preferred_language) VALUES ($1, $2, '', $3) RETURNING id`,
        [standInAddress('oud-teamlid'), pseudonym, person.preferred_language],
      );
      await manager.query(`INSERT INTO erased_member (organisation_id, number, pseudonym_person_id, erased_by) VALUES ($1, $2, $3, $4)`, [
        organisationId,
        number,
        standIn.id,
        viewer.personId,
      ]);

      const values: Record<ErasureParam, string> = { organisation: organisationId, person: person.id, email: person.email, pseudonym };
      let removed = 0;
      for (const rule of ERASURE_RULES) {
        const [{ n }] = await manager.query<ChangedRow[]>(
          rule.sql,
          rule.params.map((param) => values[param]),
        );
        removed += n;
      }
      const kept = await this.repoint(manager, organisationId, person.id, standIn.id);
      const account = await this.closeAccount(manager, person);

      await this.audit.recordOn(
        'person_erased',
        { organisationId, personId: viewer.personId },
        { type: 'person', id: standIn.id },
        manager,
      );
      return { pseudonym, accountDeleted: account === 'deleted', accountAnonymised: account === 'anonymised', kept, removed };
    });
    // Their open screens were joined to this organisation's rooms as them; once erased here they get nothing more
    // from it (a screen of another organisation of theirs reconnects and is let in afresh).
    this.connections.endPerson(input.personId);
    return result;
  }

  /** Every column in the organisation's rows that still points at the person now points at the stand-in. */
  private async repoint(manager: EntityManager, organisationId: string, personId: string, standInId: string): Promise<number> {
    let kept = 0;
    for (const ref of await personReferences(manager)) {
      if (!ref.tenant) continue;
      const column = columnSql(ref.column);
      const [{ n }] = await manager.query<ChangedRow[]>(
        `WITH moved AS (UPDATE ${ref.table} SET ${column} = $3 WHERE ${rowOfOrganisation(ref.table, '$1')} AND ${column} = $2 RETURNING 1) SELECT count(*)::int AS n FROM moved`,
        [organisationId, personId, standInId],
      );
      kept += n;
    }
    // The audit log names a person it is about by id without a foreign key (subject_id serves every kind of subject),
    // so the catalogue above cannot find it: what was done about them here is now about the stand-in, or the log would
    // keep showing the name of someone who is still a member elsewhere.
    const [{ n }] = await manager.query<ChangedRow[]>(
      `WITH moved AS (UPDATE audit_event SET subject_id = $3 WHERE organisation_id = $1 AND subject_type = 'person' AND subject_id = $2 RETURNING 1)
       SELECT count(*)::int AS n FROM moved`,
      [organisationId, personId, standInId],
    );
    return kept + n;
  }

  /**
   * No memberships left anywhere: the account goes. When rows elsewhere that
   * may not lose their person still refer to it (e.g. a session they led in
   * an organisation they left earlier), it is wiped instead.
   */
  private async closeAccount(manager: EntityManager, person: { id: string; email: string }): Promise<'kept' | 'deleted' | 'anonymised'> {
    const [{ remaining }] = await manager.query<{ remaining: number }[]>(
      `SELECT count(*)::int AS remaining FROM membership WHERE person_id = $1`,
      [person.id],
    );
    if (remaining > 0) return 'kept';
    await manager.query(...ThrottleService.forgetKeyQuery(person.email.toLowerCase()));
    await manager.query(`SAVEPOINT erase_account`);
    try {
      await manager.query(`DELETE FROM person WHERE id = $1`, [person.id]);
      await manager.query(`RELEASE SAVEPOINT erase_account`);
      return 'deleted';
    } catch (err) {
      await manager.query(`ROLLBACK TO SAVEPOINT erase_account`);
      this.logger.log({ err: (err as Error).message }, 'Account still referred to elsewhere; wiping it instead of deleting it');
    }
    await manager.query(`UPDATE person SET email = $2, display_name = $3, password_hash = '' WHERE id = $1`, [
      person.id,
      standInAddress('verwijderd'),
      FORMER_MEMBER_NAME,
    ]);
    for (const table of ['auth_session', 'password_reset', 'calendar_feed', 'notification']) {
      await manager.query(`DELETE FROM ${table} WHERE person_id = $1`, [person.id]);
    }
    return 'anonymised';
  }
}
