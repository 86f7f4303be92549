import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AccountsService } from '../accounts';
import { DemoResult } from '../setup';
import { DEMO_NETWORK_NAME, DEMO_ORGANISATIONS, DEMO_PEOPLE, demoPassword } from './demo-network.data';
import type { LearningNetworkRow, LocationRow, OrganisationRow, TeamRow } from '../../engine/database/tables.generated';

/** Fills an empty Kring with the demo network, inside the caller's transaction. */
@Injectable()
export class DemoNetworkService {
  constructor(private readonly accounts: AccountsService) {}

  async seed(manager: EntityManager): Promise<DemoResult> {
    const [network] = await manager.query<Pick<LearningNetworkRow, 'id'>[]>(
      `INSERT INTO learning_network (name) VALUES ($1) RETURNING id`,
      [DEMO_NETWORK_NAME],
    );
    const organisations = new Map<string, { id: string; name: string; teams: Map<string, string> }>();
    for (const org of DEMO_ORGANISATIONS) {
      const [row] = await manager.query<Pick<OrganisationRow, 'id'>[]>(
        `INSERT INTO organisation (network_id, name, kind, client_groups, financing, care_vision, resident_term,
           complaints_officer_name, complaints_officer_contact, incident_route)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
        [
          network.id,
          org.name,
          org.kind,
          org.clientGroups,
          org.financing,
          org.careVision,
          org.residentTerm,
          org.escalation.officerName,
          org.escalation.officerContact,
          org.escalation.incidentRoute,
        ],
      );
      const locations = new Map<string, string>();
      for (const location of org.locations) {
        const [l] = await manager.query<Pick<LocationRow, 'id'>[]>(
          `INSERT INTO location (organisation_id, name, kind, place) VALUES ($1, $2, $3, $4) RETURNING id`,
          [row.id, location.name, location.kind, location.place],
        );
        locations.set(location.key, l.id);
      }
      const teams = new Map<string, string>();
      for (const team of org.teams) {
        const [t] = await manager.query<Pick<TeamRow, 'id'>[]>(
          `INSERT INTO team (organisation_id, location_id, name) VALUES ($1, $2, $3) RETURNING id`,
          [row.id, locations.get(team.location), team.name],
        );
        teams.set(team.key, t.id);
      }
      organisations.set(org.key, { id: row.id, name: org.name, teams });
    }
    const accounts: DemoResult['accounts'] = [];
    for (const person of DEMO_PEOPLE) {
      const password = demoPassword(person);
      const personId = await this.accounts.createPerson(manager, {
        email: person.email,
        displayName: person.name,
        password,
        preferredLanguage: 'nl',
        publishedPassword: true,
      });
      for (const membership of person.roles) {
        const org = membership.organisation ? organisations.get(membership.organisation)! : null;
        await manager.query(`INSERT INTO membership (person_id, organisation_id, network_id, team_id, role) VALUES ($1, $2, $3, $4, $5)`, [
          personId,
          org?.id ?? null,
          org ? null : network.id,
          membership.team ? org!.teams.get(membership.team) : null,
          membership.role,
        ]);
      }
      const places = [...new Set(person.roles.map((m) => (m.organisation ? organisations.get(m.organisation)!.name : DEMO_NETWORK_NAME)))];
      accounts.push({
        email: person.email,
        displayName: person.name,
        roles: [...new Set(person.roles.map((m) => m.role))],
        organisationName: places.join(', '),
        password,
      });
    }
    return { accounts };
  }
}
