import { fromTo } from '@kring/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { actorIn, AuditService } from '../../engine/audit/audit.service';
import { TenantAccess, Viewer } from '../../engine/auth/viewer';
import type { MembershipRow } from '../../engine/database/tables.generated';
import { isUniqueViolation } from '../../engine/database/utils/unique-violation';
import { UserError } from '../../engine/graphql/user-error';
import { requireOwnTeam } from '../../engine/policy/own-team';
import { LiveConnections } from '../../engine/realtime/live-connections';
import { MembershipDto } from './dtos/membership.dto';
import { ChangeMembershipInput } from './dtos/membership.inputs';
import { OrganisationsService } from './organisations.service';

type Target = Pick<MembershipRow, 'id' | 'role' | 'person_id' | 'team_id'>;

/**
 * A manager changes who is a member with which role and team. Two rules hold for both changes: an organisation
 * always keeps an administrator, and every open screen of the person closes at once on every API instance (a screen
 * that connects again is let in by a fresh check of what the person may now do; until then each command's own check
 * of the access version, which a membership change moves on, refuses what they may no longer do).
 */
@Injectable()
export class MembershipsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly organisations: OrganisationsService,
    private readonly connections: LiveConnections,
    private readonly audit: AuditService,
  ) {}

  /** Gives a member another role or team in place; the same role and team again changes nothing. */
  async change(access: TenantAccess, viewer: Viewer, input: ChangeMembershipInput): Promise<MembershipDto> {
    const teamId = input.teamId ?? null;
    const changed = await this.db.transaction(async (manager) => {
      const target = await this.lockedTarget(manager, access.organisationId, input.membershipId, input.role !== 'administrator');
      await requireOwnTeam(manager, access.organisationId, teamId);
      if (target.role === input.role && target.team_id === teamId) return null;
      try {
        await manager.query(`UPDATE membership SET role = $2, team_id = $3 WHERE id = $1`, [target.id, input.role, teamId]);
      } catch (error) {
        // membership_uq: the person already holds this role (in this team) through another membership.
        if (isUniqueViolation(error, { constraint: 'membership_uq' })) throw new UserError('ALREADY_MEMBER');
        throw error;
      }
      await this.audit.recordChange(
        'membership_changed',
        actorIn(access, viewer),
        { type: 'person', id: target.person_id },
        { role: fromTo(target.role, input.role), team: fromTo(target.team_id, teamId) },
        manager,
      );
      return target.person_id;
    });
    if (changed) this.connections.endPerson(changed);
    const [member] = await this.organisations.members(access.organisationId, input.membershipId);
    return member;
  }

  /**
   * Removes a membership. Someone left without any membership of the organisation also leaves its open sessions and
   * conversations (as participant or listener).
   */
  async remove(access: TenantAccess, viewer: Viewer, membershipId: string): Promise<boolean> {
    const personId = await this.db.transaction(async (manager) => {
      const target = await this.lockedTarget(manager, access.organisationId, membershipId, true);
      await manager.query(`DELETE FROM membership WHERE id = $1`, [membershipId]);
      await manager.query(
        `WITH gone AS (SELECT $2::uuid AS person_id WHERE NOT EXISTS (SELECT 1 FROM membership WHERE organisation_id = $1 AND person_id = $2)),
              sessions AS (DELETE FROM session_participant sp USING reflection_session s, gone
                WHERE sp.person_id = gone.person_id AND sp.role = 'participant' AND s.id = sp.session_id AND s.organisation_id = $1 AND s.status IN ('planned', 'live'))
         DELETE FROM mirror_listener l USING mirror_conversation c, gone
         WHERE l.person_id = gone.person_id AND c.id = l.conversation_id AND c.organisation_id = $1 AND c.status IN ('planned', 'live')`,
        [access.organisationId, target.person_id],
      );
      await this.audit.recordChange(
        'membership_removed',
        actorIn(access, viewer),
        { type: 'person', id: target.person_id },
        { was: { role: target.role, team: target.team_id } },
        manager,
      );
      return target.person_id;
    });
    this.connections.endPerson(personId);
    return true;
  }

  /**
   * The membership to change, locked with every administrator's so that two changes cannot both pass the check;
   * `leavesAdministration`: the change ends this membership's administration (a removal, another role), which the
   * organisation's last administrator may not.
   */
  private async lockedTarget(
    manager: EntityManager,
    organisationId: string,
    membershipId: string,
    leavesAdministration: boolean,
  ): Promise<Target> {
    const admins = await manager.query<Pick<MembershipRow, 'id'>[]>(
      `SELECT id FROM membership WHERE organisation_id = $1 AND role = 'administrator' FOR UPDATE`,
      [organisationId],
    );
    const [target] = await manager.query<Target[]>(
      `SELECT id, role, person_id, team_id FROM membership WHERE id = $1 AND organisation_id = $2 FOR UPDATE`,
      [membershipId, organisationId],
    );
    if (!target) throw new UserError('NOT_FOUND');
    if (leavesAdministration && target.role === 'administrator' && admins.length <= 1) throw new UserError('LAST_ADMINISTRATOR');
    return target;
  }
}
