import { DataSource } from 'typeorm';
import { TeamAndLocationNamesUnique1769380000000 } from '../../apps/api/src/engine/database/migrations/1769380000000-team-and-location-names-unique';
import { GraphqlClient } from '../support/graphql-client';
import { ACCEPT, CREATE_TEAM, INVITE, PASSWORD, secondOrganisation, setupFirstOrganisation, tokenFromOutbox } from '../support/fixtures';
import { startTestKring, TestKring } from '../support/kring-test-app';

const CREATE_LOCATION = `mutation L($input: CreateLocationInput!) { createLocation(input: $input) { id } }`;

/**
 * What an administrator sets up by hand, and the mistakes walking it turned up: a second team or location with a name
 * already in use (which no list or choice can tell apart), and an address invited twice (two working links).
 */
describe('organisation administration: names in use and invitations sent again', () => {
  let kring: TestKring;
  let admin: GraphqlClient;
  let organisationId: string;
  beforeAll(async () => {
    kring = await startTestKring();
    ({ admin, organisationId } = await setupFirstOrganisation(kring));
  });
  afterAll(() => kring.close());

  it('refuses a team name the organisation already uses, in any capitals, beside the name box', async () => {
    await admin.ok(CREATE_TEAM, { organisationId, name: 'Team Oost' });
    const again = await admin.request(CREATE_TEAM, { organisationId, name: ' team oost ' });
    expect(again.errors?.[0]).toMatchObject({
      message: 'Er is al een team dat "team oost" heet. Kies een andere naam, zodat iedereen weet welk team bedoeld is.',
      extensions: {
        code: 'TEAM_NAME_TAKEN',
        fields: { name: 'Er is al een team dat "team oost" heet. Kies een andere naam, zodat iedereen weet welk team bedoeld is.' },
      },
    });
    expect(await kring.sql(`SELECT name FROM team WHERE organisation_id = $1`, [organisationId])).toEqual([{ name: 'Team Oost' }]);
    // Another name is fine, and so is the same name in another organisation.
    await admin.ok(CREATE_TEAM, { organisationId, name: 'Team West' });
    const other = await secondOrganisation(kring);
    await other.admin.ok(CREATE_TEAM, { organisationId: other.organisationId, name: 'Team Oost' });
  });

  it('keeps a name once when it is added twice at the same moment (a double tap, two administrators)', async () => {
    const tries = await Promise.all(Array.from({ length: 8 }, () => admin.request(CREATE_TEAM, { organisationId, name: 'Team Noord' })));
    expect(tries.filter((t) => !t.errors).length).toBe(1);
    expect(new Set(tries.flatMap((t) => t.errors?.map((e) => e.extensions?.code) ?? []))).toEqual(new Set(['TEAM_NAME_TAKEN']));
    expect(await kring.sql(`SELECT name FROM team WHERE organisation_id = $1 AND name = 'Team Noord'`, [organisationId])).toHaveLength(1);
  });

  it('numbers the twins made before names were unique, the oldest keeping its name (migration 1769380000000)', async () => {
    const runner = kring.app.get(DataSource).createQueryRunner();
    const migration = new TeamAndLocationNamesUnique1769380000000();
    try {
      await migration.down(runner);
      await kring.sql(
        `INSERT INTO team (organisation_id, name, created_at) VALUES
           ($1, 'TEAM ZUID', now() - interval '1 day'), ($1, 'Team Zuid', now() - interval '3 days'), ($1, 'team zuid', now() - interval '2 days')`,
        [organisationId],
      );
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    const names = await kring.sql<{ name: string }>(
      `SELECT name FROM team WHERE organisation_id = $1 AND lower(name) LIKE 'team zuid%' ORDER BY created_at`,
      [organisationId],
    );
    expect(names.map((row) => row.name)).toEqual(['Team Zuid', 'team zuid (2)', 'TEAM ZUID (3)']);
    // And the index holds again.
    expect((await admin.request(CREATE_TEAM, { organisationId, name: 'team ZUID' })).errors?.[0].extensions?.code).toBe('TEAM_NAME_TAKEN');
  });

  it('refuses a location name the organisation already uses', async () => {
    const input = { organisationId, name: 'Boerderij', kind: 'care_farm' as const, place: 'Ede' };
    await admin.ok(CREATE_LOCATION, { input });
    // Another place does not make it another name: the choices show only the name.
    const refused = await admin.request(CREATE_LOCATION, { input: { ...input, name: 'BOERDERIJ', place: 'Arnhem' } });
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'LOCATION_NAME_TAKEN',
      fields: { name: expect.stringMatching(/^Er is al een locatie die "BOERDERIJ" heet\./) },
    });
    expect(await kring.sql(`SELECT name FROM location WHERE organisation_id = $1`, [organisationId])).toEqual([{ name: 'Boerderij' }]);
  });

  it('lets a new invitation to the same address replace the open one, so only the newest link works', async () => {
    await admin.ok(INVITE, { input: { organisationId, email: 'jan@hoeve.test', role: 'moderator' } });
    const first = await tokenFromOutbox(kring, 'jan@hoeve.test', 'uitnodiging');
    // Sent again with the role put right.
    await admin.ok(INVITE, { input: { organisationId, email: 'Jan@Hoeve.test ', role: 'care_worker' } });
    const second = await tokenFromOutbox(kring, 'jan@hoeve.test', 'uitnodiging');
    expect(second).not.toBe(first);

    const listed = await kring.sql<{ role: string; revoked: boolean }>(
      `SELECT role, revoked_at IS NOT NULL AS revoked FROM invitation WHERE email = 'jan@hoeve.test' ORDER BY created_at`,
    );
    expect(listed).toEqual([
      { role: 'moderator', revoked: true },
      { role: 'care_worker', revoked: false },
    ]);

    const jan = new GraphqlClient(kring.url);
    const old = await jan.request(ACCEPT, { input: { token: first, displayName: 'Jan', password: PASSWORD } });
    expect(old.errors?.[0].extensions?.code).toBe('TOKEN_INVALID');
    const accepted = await jan.ok(ACCEPT, { input: { token: second, displayName: 'Jan', password: PASSWORD } });
    expect(accepted.acceptInvitation.memberships.map((m: { role: string }) => m.role)).toEqual(['care_worker']);

    // Once accepted, a later invitation (a second role) does not touch the accepted one.
    await admin.ok(INVITE, { input: { organisationId, email: 'jan@hoeve.test', role: 'moderator' } });
    const after = await kring.sql<{ role: string; accepted: boolean; revoked: boolean }>(
      `SELECT role, accepted_at IS NOT NULL AS accepted, revoked_at IS NOT NULL AS revoked FROM invitation
       WHERE email = 'jan@hoeve.test' ORDER BY created_at`,
    );
    expect(after).toEqual([
      { role: 'moderator', accepted: false, revoked: true },
      { role: 'care_worker', accepted: true, revoked: false },
      { role: 'moderator', accepted: false, revoked: false },
    ]);
  });
});
