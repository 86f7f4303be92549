import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../engine/audit/audit.service';
import { UserError } from '../../engine/graphql/user-error';
import { AccountsService } from '../accounts';
import { DemoNetworkService, DemoYearService } from '../demo';
import { DemoResult, SetupOrganisationInput } from './dtos/setup.dto';
import type { LearningNetworkRow, OrganisationRow } from '../../engine/database/tables.generated';

/** Any fixed number: serialises first-run setup so two browsers cannot both set up Kring. */
const SETUP_LOCK_KEY = 4_721_002;

/** First run: Kring with no accounts yet gets its first organisation, or the demo network. */
@Injectable()
export class SetupService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly accounts: AccountsService,
    private readonly demo: DemoNetworkService,
    private readonly year: DemoYearService,
    private readonly audit: AuditService,
  ) {}

  async needsSetup(): Promise<boolean> {
    const [row] = await this.db.query<{ empty: boolean }[]>(`SELECT NOT EXISTS (SELECT 1 FROM person) AS empty`);
    return row.empty;
  }

  private async whileEmpty<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [SETUP_LOCK_KEY]);
      const [row] = await manager.query<{ taken: boolean }[]>(`SELECT EXISTS (SELECT 1 FROM person) AS taken`);
      if (row.taken) throw new UserError('SETUP_DONE');
      return work(manager);
    });
  }

  /** Creates the organisation (optionally in a new learning network) and its administrator. */
  async setupOrganisation(input: SetupOrganisationInput): Promise<string> {
    return this.whileEmpty(async (manager) => {
      const [network] = input.networkName
        ? await manager.query<Pick<LearningNetworkRow, 'id'>[]>(`INSERT INTO learning_network (name) VALUES ($1) RETURNING id`, [
            input.networkName,
          ])
        : [null];
      const [org] = await manager.query<Pick<OrganisationRow, 'id'>[]>(
        `INSERT INTO organisation (network_id, name, kind) VALUES ($1, $2, $3) RETURNING id`,
        [network?.id ?? null, input.organisationName, input.organisationKind],
      );
      const personId = await this.accounts.createPerson(manager, {
        email: input.adminEmail,
        displayName: input.adminName,
        password: input.password,
        preferredLanguage: input.preferredLanguage,
      });
      await manager.query(`INSERT INTO membership (person_id, organisation_id, role) VALUES ($1, $2, 'administrator')`, [personId, org.id]);
      if (network) {
        // Whoever starts a network coordinates it until they hand it over.
        await manager.query(`INSERT INTO membership (person_id, network_id, role) VALUES ($1, $2, 'network_coordinator')`, [
          personId,
          network.id,
        ]);
      }
      await this.audit.record({ action: 'setup', organisationId: org.id, personId }, manager);
      return personId;
    });
  }

  /**
   * The demo only goes into a Kring with nothing in it: not a person, not an
   * organisation, not a network (an organisation can outlive its last account).
   * Checked under the same lock as setup, so nothing slips in between.
   */
  async loadDemo(): Promise<DemoResult> {
    const result = await this.db.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [SETUP_LOCK_KEY]);
      const [held]: { people: number; organisations: number; networks: number }[] = await manager.query(
        `SELECT (SELECT count(*) FROM person)::int AS people, (SELECT count(*) FROM organisation)::int AS organisations, (SELECT count(*) FROM learning_network)::int AS networks`,
      );
      if (held.people + held.organisations + held.networks > 0)
        throw new UserError('DEMO_NOT_EMPTY', { people: held.people, organisations: held.organisations });
      return this.demo.seed(manager);
    });
    // The year goes through the features' services, which write in their own transactions: after the network is committed.
    await this.year.fill();
    return result;
  }
}
