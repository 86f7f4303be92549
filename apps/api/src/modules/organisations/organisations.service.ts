import { ORGANISATION_MANAGER_ROLES, Role } from '@kring/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { TenantAccess } from '../../engine/auth/viewer';
import { UserError } from '../../engine/graphql/user-error';
import { LiveConnections } from '../../engine/realtime/live-connections';
import { CreateLocationInput, CreateTeamInput, SetEscalationProcedureInput, UpdateOrganisationInput } from './dtos/organisation.inputs';
import { InvitationDto, LocationDto, OrganisationDto, TeamDto } from './dtos/organisation.dto';
import { MembershipDto } from './dtos/membership.dto';
import { namedRef } from '../../engine/graphql/named-ref';
import type { LocationProfileRow } from '../../engine/database/profile-rows';
import type { LocationRow, MembershipRow, TeamRow } from '../../engine/database/tables.generated';
import type { InvitationListRow, MemberRow, OrganisationPageRow, TeamListRow } from './organisation-rows';

type LocationItemRow = Pick<LocationProfileRow, 'id' | 'name' | 'kind' | 'place'>;

export function canManage(roles: readonly Role[]): boolean {
  return roles.some((role) => ORGANISATION_MANAGER_ROLES.includes(role));
}

@Injectable()
export class OrganisationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly connections: LiveConnections,
  ) {}

  /** The whole organisation page in five indexed queries, whatever its size. */
  async organisation(access: TenantAccess): Promise<OrganisationDto> {
    const id = access.organisationId;
    const manager = canManage(access.roles);
    const [[org], locations, teams, members, invitations] = await Promise.all([
      this.db.query<OrganisationPageRow[]>(
        `SELECT o.*, n.name AS network_name FROM organisation o LEFT JOIN learning_network n ON n.id = o.network_id WHERE o.id = $1`,
        [id],
      ),
      this.locations(id),
      this.db.query<TeamListRow[]>(
        `SELECT t.id, t.name, l.id AS location_id, l.name AS location_name FROM team t LEFT JOIN location l ON l.id = t.location_id
         WHERE t.organisation_id = $1 ORDER BY t.name`,
        [id],
      ),
      this.members(id),
      manager ? this.invitations(id) : Promise.resolve([]),
    ]);
    return {
      id: org.id,
      name: org.name,
      kind: org.kind,
      clientGroups: org.client_groups,
      financing: org.financing,
      careVision: org.care_vision,
      residentTerm: org.resident_term,
      escalationProcedure: {
        officerName: org.complaints_officer_name,
        officerContact: org.complaints_officer_contact,
        incidentRoute: org.incident_route,
      },
      network: namedRef(org.network_id, org.network_name),
      locations,
      teams: teams.map((t): TeamDto => ({ id: t.id, name: t.name, location: namedRef(t.location_id, t.location_name) })),
      members,
      invitations,
      viewerCanManage: manager,
    };
  }

  private async locations(organisationId: string): Promise<LocationDto[]> {
    return this.db.query<LocationItemRow[]>(`SELECT id, name, kind, place FROM location WHERE organisation_id = $1 ORDER BY name`, [
      organisationId,
    ]);
  }

  async members(organisationId: string): Promise<MembershipDto[]> {
    const rows = await this.db.query<MemberRow[]>(
      `SELECT m.id, m.role, m.created_at, p.id AS person_id, p.display_name, p.email, o.name AS org_name, t.id AS team_id, t.name AS team_name
       FROM membership m JOIN person p ON p.id = m.person_id JOIN organisation o ON o.id = m.organisation_id
       LEFT JOIN team t ON t.id = m.team_id
       WHERE m.organisation_id = $1 ORDER BY p.display_name, m.role`,
      [organisationId],
    );
    return rows.map((r) => ({
      id: r.id,
      role: r.role,
      createdAt: r.created_at,
      person: { id: r.person_id, displayName: r.display_name, email: r.email },
      organisation: { id: organisationId, name: r.org_name },
      network: null,
      team: namedRef(r.team_id, r.team_name),
    }));
  }

  async invitations(organisationId: string): Promise<InvitationDto[]> {
    const rows = await this.db.query<InvitationListRow[]>(
      `SELECT i.*, t.name AS team_name FROM invitation i LEFT JOIN team t ON t.id = i.team_id
       WHERE i.organisation_id = $1 ORDER BY i.created_at DESC`,
      [organisationId],
    );
    return rows.map((r) => ({
      id: r.id,
      email: r.email,
      role: r.role,
      team: namedRef(r.team_id, r.team_name),
      expiresAt: r.expires_at,
      acceptedAt: r.accepted_at,
      revokedAt: r.revoked_at,
      createdAt: r.created_at,
    }));
  }

  async update(access: TenantAccess, input: UpdateOrganisationInput): Promise<OrganisationDto> {
    await this.db.query(
      `UPDATE organisation SET name = $2, kind = $3, client_groups = $4, financing = $5, care_vision = $6, resident_term = $7 WHERE id = $1`,
      [access.organisationId, input.name, input.kind, input.clientGroups, input.financing, input.careVision, input.residentTerm],
    );
    return this.organisation(access);
  }

  async setEscalationProcedure(access: TenantAccess, input: SetEscalationProcedureInput): Promise<OrganisationDto> {
    await this.db.query(
      `UPDATE organisation SET complaints_officer_name = $2, complaints_officer_contact = $3, incident_route = $4 WHERE id = $1`,
      [access.organisationId, input.officerName, input.officerContact, input.incidentRoute],
    );
    return this.organisation(access);
  }

  async createLocation(access: TenantAccess, input: CreateLocationInput): Promise<LocationDto> {
    const [row] = await this.db.query<LocationItemRow[]>(
      `INSERT INTO location (organisation_id, name, kind, place) VALUES ($1, $2, $3, $4) RETURNING id, name, kind, place`,
      [access.organisationId, input.name, input.kind, input.place],
    );
    return row;
  }

  async createTeam(access: TenantAccess, input: CreateTeamInput): Promise<TeamDto> {
    let location = null;
    if (input.locationId) {
      // The location must be the organisation's own: ids of others are "not found".
      const [own] = await this.db.query<Pick<LocationRow, 'id' | 'name'>[]>(
        `SELECT id, name FROM location WHERE id = $1 AND organisation_id = $2`,
        [input.locationId, access.organisationId],
      );
      if (!own) throw new UserError('NOT_FOUND');
      location = namedRef(own.id, own.name);
    }
    const [row] = await this.db.query<Pick<TeamRow, 'id' | 'name'>[]>(
      `INSERT INTO team (organisation_id, location_id, name) VALUES ($1, $2, $3) RETURNING id, name`,
      [access.organisationId, location?.id ?? null, input.name],
    );
    return { id: row.id, name: row.name, location };
  }

  /**
   * Removes a membership, but never the organisation's last administrator.
   * Someone left without any membership of the organisation also leaves its
   * open sessions and conversations (as participant or listener), and every
   * open screen of theirs closes at once, on every API instance: a screen
   * that reconnects is let in again only where the person still belongs.
   */
  async removeMembership(access: TenantAccess, membershipId: string): Promise<boolean> {
    const personId = await this.db.transaction(async (manager) => {
      // Lock the organisation's administrator rows so two removals cannot both pass the check.
      const admins = await manager.query<Pick<MembershipRow, 'id'>[]>(
        `SELECT id FROM membership WHERE organisation_id = $1 AND role = 'administrator' FOR UPDATE`,
        [access.organisationId],
      );
      const [target] = await manager.query<Pick<MembershipRow, 'id' | 'role' | 'person_id'>[]>(
        `SELECT id, role, person_id FROM membership WHERE id = $1 AND organisation_id = $2`,
        [membershipId, access.organisationId],
      );
      if (!target) throw new UserError('NOT_FOUND');
      if (target.role === 'administrator' && admins.length <= 1) throw new UserError('LAST_ADMINISTRATOR');
      await manager.query(`DELETE FROM membership WHERE id = $1`, [membershipId]);
      await manager.query(
        `WITH gone AS (SELECT $2::uuid AS person_id WHERE NOT EXISTS (SELECT 1 FROM membership WHERE organisation_id = $1 AND person_id = $2)),
              sessions AS (DELETE FROM session_participant sp USING reflection_session s, gone
                WHERE sp.person_id = gone.person_id AND sp.role = 'participant' AND s.id = sp.session_id AND s.organisation_id = $1 AND s.status IN ('planned', 'live'))
         DELETE FROM mirror_listener l USING mirror_conversation c, gone
         WHERE l.person_id = gone.person_id AND c.id = l.conversation_id AND c.organisation_id = $1 AND c.status IN ('planned', 'live')`,
        [access.organisationId, target.person_id],
      );
      return target.person_id;
    });
    this.connections.endPerson(personId);
    return true;
  }
}
