import { Language, NETHERLANDS_TIME_ZONE, todayInNetherlands } from '@kring/domain';
import { DataSource } from 'typeorm';
import { NetworkAccess, TenantAccess, Viewer } from '../../engine/auth/viewer';
import { DEMO_ORGANISATIONS } from './demo-network.data';
import type { LearningNetworkRow, OrganisationRow, TeamRow } from '../../engine/database/tables.generated';

const DAY_MS = 24 * 3600_000;

/** A demo person as the policy layer sees them after logging in, with their access per organisation and in the network. */
export interface Who {
  viewer: Viewer;
  access: (organisationId: string) => TenantAccess;
  network: NetworkAccess;
}

/** Everyone and everything of the seeded demo network, by the keys of demo-network.data.ts. */
export interface DemoCast {
  networkId: string;
  who: (email: string) => Who;
  /** A person acting in one of their organisations (by its key): the usual first step of writing something as them. */
  member: (email: string, organisation: string) => [Who, TenantAccess];
  orgId: (key: string) => string;
  teamId: (organisation: string, team: string) => string;
}

/** A moment `days` days from now (negative: in the past). */
export function daysFromNow(days: number): Date {
  return new Date(Date.now() + days * DAY_MS);
}

/**
 * `days` days from now at a Dutch time of day ("14:00"), whenever the demo is loaded: a session planned for next
 * week is in the afternoon, not at the minute someone happened to load the demo (23:15 when loaded late at night).
 */
export function daysFromNowAt(days: number, time: string): Date {
  const day = todayInNetherlands(daysFromNow(days));
  const wallClockAsUtc = Date.parse(`${day}T${time}:00Z`);
  // What the Dutch clock shows at that instant, read back as if it were UTC, is the offset (one or two hours).
  const shown = new Date(wallClockAsUtc).toLocaleString('sv-SE', { timeZone: NETHERLANDS_TIME_ZONE }).replace(' ', 'T');
  return new Date(wallClockAsUtc - (Date.parse(`${shown}Z`) - wallClockAsUtc));
}

/** Reads the demo network just seeded, so the year can be written as its people. */
export async function loadDemoCast(db: DataSource): Promise<DemoCast> {
  const [networkRow] = await db.query<Pick<LearningNetworkRow, 'id'>[]>(`SELECT id FROM learning_network ORDER BY created_at LIMIT 1`);
  const organisations = new Map<string, { id: string; teams: Map<string, string> }>();
  for (const org of DEMO_ORGANISATIONS) {
    const [row] = await db.query<Pick<OrganisationRow, 'id'>[]>(`SELECT id FROM organisation WHERE name = $1`, [org.name]);
    const teams = new Map<string, string>();
    for (const team of org.teams) {
      const [t] = await db.query<Pick<TeamRow, 'id'>[]>(`SELECT id FROM team WHERE organisation_id = $1 AND name = $2`, [
        row.id,
        team.name,
      ]);
      teams.set(team.key, t.id);
    }
    organisations.set(org.key, { id: row.id, teams });
  }
  const rows: {
    id: string;
    email: string;
    preferred_language: Language;
    memberships: {
      id: string;
      role: Viewer['memberships'][number]['role'];
      organisation_id: string | null;
      network_id: string | null;
      team_id: string | null;
    }[];
  }[] = await db.query(
    `SELECT p.id, p.email, p.preferred_language, json_agg(json_build_object('id', m.id, 'role', m.role, 'organisation_id', m.organisation_id, 'network_id', m.network_id, 'team_id', m.team_id)) AS memberships
     FROM person p JOIN membership m ON m.person_id = p.id GROUP BY p.id`,
  );
  const ownOrganisations = [...organisations.values()].map((o) => o.id);
  const people = new Map(
    rows.map((row): [string, Who] => {
      const viewer: Viewer = {
        personId: row.id,
        preferredLanguage: row.preferred_language,
        memberships: row.memberships.map((m) => ({
          id: m.id,
          role: m.role,
          organisationId: m.organisation_id,
          networkId: m.network_id,
          teamId: m.team_id,
        })),
      };
      const access = (organisationId: string): TenantAccess => ({
        organisationId,
        roles: viewer.memberships.filter((m) => m.organisationId === organisationId).map((m) => m.role),
      });
      // Every demo organisation is in the one network: a member's network roles are their roles anywhere in it.
      const network: NetworkAccess = {
        networkId: networkRow.id,
        roles: [...new Set(viewer.memberships.map((m) => m.role))],
        organisationIds: [
          ...new Set(viewer.memberships.map((m) => m.organisationId).filter((id): id is string => !!id && ownOrganisations.includes(id))),
        ],
        networkOrganisationIds: ownOrganisations,
      };
      return [row.email, { viewer, access, network }];
    }),
  );
  const who = (email: string) => people.get(email)!;
  const orgId = (key: string) => organisations.get(key)!.id;
  return {
    networkId: networkRow.id,
    who,
    member: (email, organisation) => [who(email), who(email).access(orgId(organisation))],
    orgId,
    teamId: (organisation, team) => organisations.get(organisation)!.teams.get(team)!,
  };
}
