import { ORGANISATION_MANAGER_ROLES, residentTermTaken, Role } from '@kring/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { TenantAccess } from '../../engine/auth/viewer';
import { UserError } from '../../engine/graphql/user-error';
import { CreateLocationInput, CreateTeamInput, SetEscalationProcedureInput, UpdateOrganisationInput } from './dtos/organisation.inputs';
import { InvitationDto, LedActivityDto, LocationDto, OrganisationDto, TeamDto } from './dtos/organisation.dto';
import { MembershipDto } from './dtos/membership.dto';
import { namedRef } from '../../engine/graphql/named-ref';
import type { LocationProfileRow } from '../../engine/database/profile-rows';
import type { LocationRow, TeamRow } from '../../engine/database/tables.generated';
import type { InvitationListRow, LedActivityRow, MemberRow, OrganisationPageRow, TeamListRow } from './organisation-rows';

type LocationItemRow = Pick<LocationProfileRow, 'id' | 'name' | 'kind' | 'place'>;

export function canManage(roles: readonly Role[]): boolean {
  return roles.some((role) => ORGANISATION_MANAGER_ROLES.includes(role));
}

@Injectable()
export class OrganisationsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The whole organisation page in six indexed queries, whatever its size. */
  async organisation(access: TenantAccess): Promise<OrganisationDto> {
    const id = access.organisationId;
    const manager = canManage(access.roles);
    const [[org], locations, teams, members, invitations, led] = await Promise.all([
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
      manager ? this.openActivitiesLed(id) : Promise.resolve([]),
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
      openActivitiesLed: led,
    };
  }

  private async locations(organisationId: string): Promise<LocationDto[]> {
    return this.db.query<LocationItemRow[]>(`SELECT id, name, kind, place FROM location WHERE organisation_id = $1 ORDER BY name`, [
      organisationId,
    ]);
  }

  /** Who leads which planned or running session or mirror conversation: what a manager changing their role is told. */
  private async openActivitiesLed(organisationId: string): Promise<LedActivityDto[]> {
    const rows = await this.db.query<LedActivityRow[]>(
      `SELECT moderator_id AS person_id, 'reflection_session' AS kind, id, scheduled_at FROM reflection_session
       WHERE organisation_id = $1 AND status IN ('planned', 'live')
       UNION ALL SELECT moderator_id, 'mirror_conversation', id, scheduled_at FROM mirror_conversation
       WHERE organisation_id = $1 AND status IN ('planned', 'live')
       ORDER BY scheduled_at, id`,
      [organisationId],
    );
    return rows.map((row) => ({ personId: row.person_id, kind: row.kind, id: row.id, scheduledAt: row.scheduled_at }));
  }

  /** The organisation's members, or just one membership of it (`membershipId`). */
  async members(organisationId: string, membershipId?: string): Promise<MembershipDto[]> {
    const rows = await this.db.query<MemberRow[]>(
      `SELECT m.id, m.role, m.created_at, p.id AS person_id, p.display_name, p.email, o.name AS org_name, o.resident_term, t.id AS team_id, t.name AS team_name
       FROM membership m JOIN person p ON p.id = m.person_id JOIN organisation o ON o.id = m.organisation_id
       LEFT JOIN team t ON t.id = m.team_id
       WHERE m.organisation_id = $1 AND ($2::uuid IS NULL OR m.id = $2) ORDER BY p.display_name, m.role`,
      [organisationId, membershipId ?? null],
    );
    return rows.map((r) => ({
      id: r.id,
      role: r.role,
      createdAt: r.created_at,
      person: { id: r.person_id, displayName: r.display_name, email: r.email },
      organisation: { id: organisationId, name: r.org_name, residentTerm: r.resident_term },
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
    if (residentTermTaken(input.residentTerm)) throw new UserError('RESIDENT_TERM_TAKEN', {}, [{ field: 'residentTerm', rule: 'invalid' }]);
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

  /**
   * Two locations or teams with one name cannot be told apart in the lists and choices that show only the name, so a
   * name the organisation already uses (in any capitals) is refused beside the name box. The unique index on
   * (organisation_id, lower(name)) decides (migration 1769380000000), so two inserts at the same moment cannot both pass.
   */
  async createLocation(access: TenantAccess, input: CreateLocationInput): Promise<LocationDto> {
    const [row] = await this.db.query<LocationItemRow[]>(
      `INSERT INTO location (organisation_id, name, kind, place)
       VALUES ($1, $2, $3, $4) ON CONFLICT (organisation_id, lower(name)) DO NOTHING
       RETURNING id, name, kind, place`,
      [access.organisationId, input.name, input.kind, input.place],
    );
    if (!row) throw new UserError('LOCATION_NAME_TAKEN', { name: input.name }, [{ field: 'name', rule: 'invalid' }]);
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
    // As for locations (above): a name already in use is refused.
    const [row] = await this.db.query<Pick<TeamRow, 'id' | 'name'>[]>(
      `INSERT INTO team (organisation_id, location_id, name)
       VALUES ($1, $2, $3) ON CONFLICT (organisation_id, lower(name)) DO NOTHING
       RETURNING id, name`,
      [access.organisationId, location?.id ?? null, input.name],
    );
    if (!row) throw new UserError('TEAM_NAME_TAKEN', { name: input.name }, [{ field: 'name', rule: 'invalid' }]);
    return { id: row.id, name: row.name, location };
  }
}
