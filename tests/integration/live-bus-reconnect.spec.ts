import { LIVE_ROOM_TIMING, noteRoomVersion, roomBehind, RoomVersionBeacon } from '@kring/domain';
import { DataSource } from 'typeorm';
import type { Server } from 'socket.io';
import { LiveRooms } from '../../apps/api/src/engine/live/live-rooms';
import type { SocketState } from '../../apps/api/src/engine/policy/socket-access';
import { LOGIN, PASSWORD } from '../support/fixtures';
import { GraphqlClient } from '../support/graphql-client';
import { startTestKring, TestKring } from '../support/kring-test-app';
import { LiveScreen, planIncidentSession, replanSession, teamWithPeople } from '../support/session-fixtures';

const PHASE = 'incident';

/** The adapter waits 1–3 s before it listens again; what the test allows before calling it lost. */
const RELISTEN_WITHIN_MS = 5_000;

type Health = { broadcast: { bus: string; listening: boolean; failedPublishes: number; otherInstances: number | null } };

/** The access version each of a person's sockets on this instance holds (the viewer its right was last read as). */
function accessVersionsOn(kring: TestKring, personId: string): string[] {
  // The socket.io server the live rooms were given (attach); a test may read it.
  const { server } = kring.app.get(LiveRooms) as unknown as { server: Server };
  return [...server.of('/').sockets.values()]
    .map((socket) => (socket.data as SocketState).viewer)
    .filter((viewer) => viewer?.personId === personId)
    .map((viewer) => viewer!.login!.accessVersion);
}

async function waitUntil<T>(check: () => Promise<T | undefined | false>, timeoutMs: number, what: string): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * The PostgreSQL bus when its LISTEN connection dies (a database restart, a
 * failover, an idle-connection killer: here pg_terminate_backend). Events
 * NOTIFYed while an instance does not listen never reach it, so the promise
 * is not "nothing is missed" but "nothing stays missed": /health says the
 * instance is not listening, the adapter listens again by itself, a screen
 * on that instance learns from its room's version beacon that it is behind
 * and catches up with a snapshot (as the web client does after its gap
 * timeout), and later events flow between the instances as before.
 */
describe('two API instances on PostgreSQL, after their listening connections are killed', () => {
  let first: TestKring;
  let second: TestKring;
  let org: Awaited<ReturnType<typeof teamWithPeople>>;
  const screens: LiveScreen[] = [];
  const health = async (kring: TestKring): Promise<Health['broadcast']> =>
    ((await (await fetch(`${kring.url}/health`)).json()) as Health).broadcast;
  /** Ends every instance's listening connection (the publishing ones stay); how many it ended. */
  const LISTENERS = `SELECT pid FROM pg_stat_activity
    WHERE datname = current_database() AND application_name = 'kring-broadcast' AND query ILIKE 'LISTEN%'`;
  const killListeners = async (): Promise<number> => {
    const db = first.app.get(DataSource);
    // An instance reports that it listens once its bus client has a notification handler, a moment before its LISTEN
    // has run on a reconnected connection (seen once on a loaded machine: 1 of 2 found). Both are ended only once both
    // LISTENs are there, so the count below says what the database did, not how fast it was asked.
    await waitUntil(
      async () => (await db.query<{ pid: number }[]>(LISTENERS)).length >= 2,
      5_000,
      "both instances' LISTEN connections are there",
    );
    // The listeners are chosen first, in a CTE of their own: in one WHERE, PostgreSQL called pg_terminate_backend before
    // it compared the database (the cheaper conditions first, the database on the join's other side), so every LISTEN
    // connection on the server was ended, those of the other test files' instances too.
    const killed: { pid: number }[] = await db.query(
      `WITH listeners AS MATERIALIZED (${LISTENERS}) SELECT pid FROM listeners WHERE pg_terminate_backend(pid)`,
    );
    return killed.length;
  };

  beforeAll(async () => {
    first = await startTestKring();
    second = await startTestKring({ databaseUrl: first.databaseUrl });
    org = await teamWithPeople(first);
  });
  afterAll(async () => {
    screens.forEach((screen) => screen.close());
    await second?.close();
    await first?.close();
  });

  it('say so in /health, listen again by themselves, and a screen that missed an event in between catches up by the beacon', async () => {
    const session = await planIncidentSession(org);
    const sanne = await LiveScreen.open(first.url, org.sanne);
    const bram = await LiveScreen.open(second.url, org.bram);
    screens.push(sanne, bram);
    expect((await sanne.join(session.id)).ok).toBe(true);
    await sanne.ok(session.id, { type: 'startSession' });
    expect((await bram.join(session.id)).ok).toBe(true);
    const before = await sanne.ok(session.id, { type: 'contribute', phaseId: PHASE, body: 'Voor de onderbreking' });
    await bram.reach(before.version);
    for (const kring of [first, second]) expect(await health(kring)).toMatchObject({ bus: 'postgres', listening: true });

    // Every instance's listening connection is ended by the database (the publishing ones stay). Only this test's
    // database: other test files run beside it on the same PostgreSQL server, each with its own instances.
    expect(await killListeners()).toBe(2);
    await waitUntil(async () => !(await health(second)).listening, 2_000, 'the second instance reports that it is not listening');

    // Stored and acknowledged on the first instance while the second hears nothing.
    const during = await sanne.ok(session.id, { type: 'contribute', phaseId: PHASE, body: 'Tijdens de onderbreking' });
    expect(during.version).toBe(before.version + 1);

    // The screen on the second instance hears of it within a beacon period, by the event if the bus was back
    // in time, or else by the version beacon of its own instance, after which it fetches a snapshot.
    await waitUntil(
      () =>
        new Promise<boolean>((resolve) => {
          if (bram.state.version >= during.version) return resolve(true);
          const heard = (beacon: RoomVersionBeacon) => {
            if (beacon.roomId !== session.id) return;
            bram.socket.off('session:version', heard);
            resolve(beacon.version >= during.version && roomBehind(noteRoomVersion(bram.sync!, beacon.version)));
          };
          bram.socket.on('session:version', heard);
          setTimeout(() => {
            bram.socket.off('session:version', heard);
            resolve(bram.state.version >= during.version);
          }, LIVE_ROOM_TIMING.beaconMs + 1_000);
        }),
      2 * (LIVE_ROOM_TIMING.beaconMs + 1_000),
      'the screen on the second instance knows it is behind',
    );
    if (bram.state.version < during.version) await bram.join(session.id);
    expect(bram.state.version).toBe(during.version);
    expect(bram.state.entries.map((entry) => entry.body)).toContain('Tijdens de onderbreking');

    // Both instances listen again by themselves, and say so.
    for (const kring of [first, second])
      await waitUntil(async () => (await health(kring)).listening, RELISTEN_WITHIN_MS, 'the instance listens again');

    // Events flow again both ways, as events (no snapshot needed).
    const eventsBefore = bram.events.length;
    const after = await sanne.ok(session.id, { type: 'contribute', phaseId: PHASE, body: 'Na de onderbreking' });
    await bram.reach(after.version, 2_000);
    expect(bram.events.slice(eventsBefore).map((event) => event.version)).toContain(after.version);
    const back = await bram.ok(session.id, { type: 'contribute', phaseId: PHASE, body: 'Terug over de bus' });
    await sanne.reach(back.version, 2_000);
    for (const kring of [first, second]) expect((await health(kring)).failedPublishes).toBe(0);
  }, 60_000);

  /**
   * `screen` (joined on the second instance) is closed there once that instance listens again, after `act` ended
   * the right behind it on the first instance while the second was not listening (so the word never reached it).
   */
  const closedOnceListeningAgain = async (screen: LiveScreen, act: () => Promise<void>): Promise<void> => {
    for (const kring of [first, second])
      await waitUntil(async () => (await health(kring)).listening, RELISTEN_WITHIN_MS, 'the instance listens (after the test before)');
    const closed = new Promise<string>((resolve) => screen.socket.once('disconnect', (reason) => resolve(reason)));

    expect(await killListeners()).toBe(2);
    await waitUntil(async () => !(await health(second)).listening, 2_000, 'the second instance reports that it is not listening');
    await act();

    await waitUntil(async () => (await health(second)).listening, RELISTEN_WITHIN_MS, 'the second instance listens again');
    const listeningAgain = Date.now();
    expect(await closed).toBe('io server disconnect');
    // Within the moment the instance gives its LISTEN to be answered, and a little (not the 30 s round).
    expect(Date.now() - listeningAgain).toBeLessThan(3_000);
  };

  it.each([
    { by: 'the beacon round there', beaconFirst: true },
    { by: 'his page asking again and being refused', beaconFirst: false },
  ])(
    'a participant taken off the session while the other instance was not listening is taken out of the room there by $by',
    async ({ beaconFirst }) => {
      for (const kring of [first, second])
        await waitUntil(async () => (await health(kring)).listening, RELISTEN_WITHIN_MS, 'the instance listens (after the test before)');
      const session = await planIncidentSession(org);
      const sanne = await LiveScreen.open(first.url, org.sanne);
      const bram = await LiveScreen.open(second.url, org.bram);
      const fatima = await LiveScreen.open(second.url, org.fatima);
      screens.push(sanne, bram, fatima);
      for (const screen of [sanne, bram, fatima]) expect((await screen.join(session.id)).ok).toBe(true);
      const started = await sanne.ok(session.id, { type: 'startSession' });
      await bram.reach(started.version);
      await fatima.reach(started.version);

      expect(await killListeners()).toBe(2);
      await waitUntil(async () => !(await health(second)).listening, 2_000, 'the second instance reports that it is not listening');
      // On the first instance Sanne takes Bram off the plan; the word to take his screen out of the room (and the plan's
      // event) never reaches the second instance.
      await replanSession(org, session.id, [org.fatima.personId]);
      if (beaconFirst) {
        // The second instance's next beacon round (every LIVE_ROOM_TIMING.beaconMs; here at once), and the first's: the
        // room's version moved, so each screen's place is checked again.
        await second.app.get(LiveRooms).beacon();
        await first.app.get(LiveRooms).beacon();
        // His page is told to ask again, whether or not it is behind; Fatima's, still in, is not.
        await bram.waitFor(() => bram.beacons.some((beacon) => beacon.roomId === session.id && beacon.rejoin));
        expect(fatima.beacons.filter((beacon) => beacon.rejoin)).toEqual([]);
      } else {
        // Before any beacon: his page asks again (the web client does when the beacon or the plan's event says so).
        expect(await bram.join(session.id)).toMatchObject({ ok: false, error: { code: 'SESSION_NOT_PARTICIPANT' } });
      }

      // Fatima, still in, contributes on the second instance: its screens there have it at once, over no bus.
      const later = await fatima.ok(session.id, { type: 'contribute', phaseId: PHASE, body: 'Na de wijziging van het plan' });
      await fatima.waitFor(() => fatima.events.some((event) => event.version === later.version));
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(bram.events.some((event) => event.version === later.version)).toBe(false);
      expect(await bram.join(session.id)).toMatchObject({ ok: false, error: { code: 'SESSION_NOT_PARTICIPANT' } });
      // The moderator, on the first instance, kept her place there: her own contribution comes back to her screen.
      const own = await sanne.ok(session.id, { type: 'contribute', phaseId: PHASE, body: 'Van de gespreksleider' });
      await sanne.waitFor(() => sanne.events.some((event) => event.version === own.version));
    },
    60_000,
  );

  it("a logout the other instance did not hear (it was not listening) still closes that login's socket there once it listens again", async () => {
    const session = await planIncidentSession(org);
    const laptop = { client: new GraphqlClient(first.url), personId: org.fatima.personId };
    await laptop.client.ok(LOGIN, { email: 'fatima@hoeve.test', password: PASSWORD });
    const onSecond = await LiveScreen.open(second.url, laptop);
    screens.push(onSecond);
    expect((await onSecond.join(session.id)).ok).toBe(true);
    // The first instance tells the others to close this login's sockets; the second does not hear it.
    await closedOnceListeningAgain(onSecond, async () => {
      await laptop.client.ok(`mutation { logout }`);
    });
  }, 60_000);

  it("a removal from the organisation the other instance did not hear still closes the person's socket there once it listens again", async () => {
    const session = await planIncidentSession(org);
    const onSecond = await LiveScreen.open(second.url, org.bram);
    screens.push(onSecond);
    expect((await onSecond.join(session.id)).ok).toBe(true);
    // The login stays open: only the person's access moved on (their access version), which the sweep compares too.
    await closedOnceListeningAgain(onSecond, async () => {
      const memberships = await first.sql<{ id: string }>(`SELECT id FROM membership WHERE person_id = $1`, [org.bram.personId]);
      for (const { id } of memberships) await org.ingrid.client.ok(`mutation M($id: ID!) { removeMembership(membershipId: $id) }`, { id });
    });
    expect(await first.sql(`SELECT 1 FROM auth_session WHERE person_id = $1`, [org.bram.personId])).not.toEqual([]);
  }, 60_000);

  it('a person who only gained access meanwhile (a membership of another organisation) keeps their socket: no blink', async () => {
    for (const kring of [first, second])
      await waitUntil(async () => (await health(kring)).listening, RELISTEN_WITHIN_MS, 'the instance listens (after the test before)');
    // Bram is no longer a member (the test before).
    const session = await planIncidentSession(org, { participantIds: [org.fatima.personId] });
    const sanne = await LiveScreen.open(first.url, org.sanne);
    const fatima = await LiveScreen.open(second.url, org.fatima);
    screens.push(sanne, fatima);
    for (const screen of [sanne, fatima]) expect((await screen.join(session.id)).ok).toBe(true);
    let closed = false;
    fatima.socket.once('disconnect', () => (closed = true));

    // Her login (joined above) was last seen ten minutes ago: the server's own check must not count as her being seen.
    await first.sql(`UPDATE auth_session SET last_seen_at = now() - interval '10 minutes' WHERE person_id = $1`, [org.fatima.personId]);
    // Her access version moves while the second instance does not listen; it sweeps its sockets once it listens again.
    expect(await killListeners()).toBe(2);
    await waitUntil(async () => !(await health(second)).listening, 2_000, 'the second instance reports that it is not listening');
    const [other] = await first.sql<{ id: string }>(
      `INSERT INTO organisation (name, kind) VALUES ('Het tweede huis', 'small_home') RETURNING id`,
    );
    await first.sql(`INSERT INTO membership (person_id, organisation_id, role) VALUES ($1, $2, 'entrepreneur')`, [
      org.fatima.personId,
      other.id,
    ]);
    await waitUntil(async () => (await health(second)).listening, RELISTEN_WITHIN_MS, 'the second instance listens again');
    // The sweep runs a second after listening again: her socket there then holds her new access (without the membership
    // check the sweep closed it instead).
    const [{ version }] = await first.sql<{ version: string }>(`SELECT access_version::text AS version FROM person WHERE id = $1`, [
      org.fatima.personId,
    ]);
    await waitUntil(
      async () => closed || accessVersionsOn(second, org.fatima.personId).every((held) => held === version),
      RELISTEN_WITHIN_MS,
      'the sweep has looked at her socket',
    );
    expect(closed).toBe(false);
    const [{ unseen }] = await first.sql<{ unseen: boolean }>(
      `SELECT bool_and(last_seen_at < now() - interval '9 minutes') AS unseen FROM auth_session WHERE person_id = $1`,
      [org.fatima.personId],
    );
    expect(unseen).toBe(true);
    const later = await sanne.ok(session.id, { type: 'startSession' });
    await fatima.waitFor(() => fatima.events.some((event) => event.version === later.version));
    expect(await fatima.ok(session.id, { type: 'contribute', phaseId: PHASE, body: 'Nog steeds verbonden' })).toMatchObject({ ok: true });
  }, 60_000);
});
