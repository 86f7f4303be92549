import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { Server } from 'socket.io';
import { MessageType } from 'socket.io-adapter';
import { DataSource } from 'typeorm';
import { BroadcastMonitor } from '../../apps/api/src/engine/realtime/broadcast-monitor';
import { postgresBus } from '../../apps/api/src/engine/realtime/postgres-bus';
import { LOGIN, PASSWORD } from '../support/fixtures';
import { until } from '../support/built-server';
import { GraphqlClient } from '../support/graphql-client';
import { startTestKring, TestKring } from '../support/kring-test-app';
import { startRedis, TestRedis } from '../support/redis-server';
import { LiveScreen, Member, planIncidentSession, teamWithPeople } from '../support/session-fixtures';

/** Access follows the person on every instance within this (as in live-access.spec.ts). */
const WITHIN_MS = 1_000;

/**
 * Two API instances behind one URL share live rooms through the broadcast
 * bus: PostgreSQL LISTEN/NOTIFY by default, a Redis stream with REDIS_URL
 * (against a real redis-server started by the test). The same promises hold
 * on both: what one instance applies reaches screens on the other, local
 * screens first, and a logout on one instance closes that login's sockets on
 * the other.
 */
describe.each([
  ['PostgreSQL (default)', 'postgres' as const],
  ['Redis (REDIS_URL)', 'redis' as const],
])('two API instances on %s', (_label, bus) => {
  let redis: TestRedis | undefined;
  let first: TestKring;
  let second: TestKring;
  let org: Awaited<ReturnType<typeof teamWithPeople>>;
  let session: Awaited<ReturnType<typeof planIncidentSession>>;
  const screens: LiveScreen[] = [];
  const open = async (member: Member, kring: TestKring) => {
    const screen = await LiveScreen.open(kring.url, member);
    screens.push(screen);
    expect((await screen.join(session.id)).ok).toBe(true);
    return screen;
  };

  beforeAll(async () => {
    if (bus === 'redis') redis = await startRedis();
    const env = redis ? { REDIS_URL: redis.url } : {};
    first = await startTestKring({ env });
    second = await startTestKring({ databaseUrl: first.databaseUrl, env });
    org = await teamWithPeople(first);
    session = await planIncidentSession(org);
  });
  afterEach(() => screens.splice(0).forEach((screen) => screen.close()));
  afterAll(async () => {
    await second?.close();
    await first?.close();
    await redis?.stop();
  });

  it('both instances report the bus in /health, listening, with no failed publish; on PostgreSQL each hears the other', async () => {
    // The PostgreSQL adapter's heartbeats say which other instances are there; the Redis streams adapter sends none.
    const others = bus === 'postgres' ? 1 : null;
    for (const kring of [first, second]) {
      await until(
        async () => (await health(kring.url)).broadcast.otherInstances === others,
        'the other instance to be heard',
        undefined,
        5_000,
      );
      expect(await health(kring.url)).toEqual({
        status: 'ok',
        database: 'ok',
        broadcast: { bus, listening: true, failedPublishes: 0, otherInstances: others },
      });
    }
  });

  it('a contribution sent on one instance reaches a screen on the other, in version order', async () => {
    const sanne = await open(org.sanne, first);
    await sanne.ok(session.id, { type: 'startSession' });
    const bramElsewhere = await open(org.bram, second);
    const fatimaHere = await open(org.fatima, first);
    const sent = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        sanne.ok(session.id, { type: 'contribute', phaseId: 'incident', body: `Bijdrage ${i} over twee servers` }),
      ),
    );
    const last = Math.max(...sent.map((ack) => ack.version));
    await fatimaHere.reach(last);
    await bramElsewhere.reach(last);
    expect(bramElsewhere.state.entries.map((entry) => entry.body).sort()).toEqual(
      Array.from({ length: 20 }, (_, i) => `Bijdrage ${i} over twee servers`).sort(),
    );
    const versions = bramElsewhere.events.map((event) => event.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    // And back: what the other instance applies reaches the first one.
    const back = await bramElsewhere.ok(
      session.id,
      { type: 'contribute', phaseId: 'incident', body: 'Terug naar de eerste' },
      randomUUID(),
    );
    await sanne.reach(back.version);
  });

  it("a logout on one instance closes that login's sockets on the other within a second; another device stays", async () => {
    const laptop = new GraphqlClient(first.url);
    await laptop.ok(LOGIN, { email: 'fatima@hoeve.test', password: PASSWORD });
    const onSecond = await open({ client: laptop, personId: org.fatima.personId }, second);
    const otherDevice = await open(org.fatima, second);
    const closedAt = new Promise<number>((resolve) =>
      onSecond.socket.once('disconnect', (reason) => resolve(reason === 'io server disconnect' ? Date.now() : Number.NaN)),
    );
    await laptop.ok(`mutation { logout }`);
    const answered = Date.now();
    const at = await Promise.race([
      closedAt,
      new Promise<number>((resolve) => setTimeout(() => resolve(Number.POSITIVE_INFINITY), WITHIN_MS + 50)),
    ]);
    expect(at - answered).toBeLessThanOrEqual(WITHIN_MS);
    expect(otherDevice.socket.connected).toBe(true);
  });
});

describe('the PostgreSQL bus', () => {
  let kring: TestKring;
  let second: TestKring | undefined;
  beforeAll(async () => {
    kring = await startTestKring();
  });
  afterAll(async () => {
    await second?.close();
    await kring.close();
  });

  it('publishes without waiting for a disk flush (a NOTIFY stores nothing); commands keep synchronous_commit on', async () => {
    const bus = postgresBus(kring.databaseUrl, new BroadcastMonitor());
    try {
      expect(await bus.pool!.query('SHOW synchronous_commit')).toMatchObject({ rows: [{ synchronous_commit: 'off' }] });
    } finally {
      await bus.close();
    }
    expect(await kring.app.get(DataSource).query('SHOW synchronous_commit')).toEqual([{ synchronous_commit: 'on' }]);
  });

  it('an instance that hears no other sends no NOTIFY per event; once a second instance is up, it publishes again', async () => {
    const org = await teamWithPeople(kring);
    const session = await planIncidentSession(org);
    const sanne = await LiveScreen.open(kring.url, org.sanne);
    try {
      expect((await sanne.join(session.id)).ok).toBe(true);
      await sanne.ok(session.id, { type: 'startSession' });
      // What goes over the bus, seen by a plain LISTEN (not an instance: the adapter does not count it).
      const listener = new Client({ connectionString: kring.databaseUrl });
      await listener.connect();
      const broadcasts: { uid: string; version: number }[] = [];
      listener.on('notification', (message) => {
        const payload = JSON.parse(message.payload ?? '{}') as { uid: string; type: number; data?: { packet?: { data?: unknown[] } } };
        const event = payload.data?.packet?.data?.[1] as { version?: number } | undefined;
        if (payload.type === MessageType.BROADCAST && event?.version) broadcasts.push({ uid: payload.uid, version: event.version });
      });
      try {
        await listener.query('LISTEN "socket.io#/"');
        // An instance counts itself alone once it has listened a heartbeat period (5 s) and a second without hearing another.
        await new Promise((resolve) => setTimeout(resolve, 6_500));
        const alone = await sanne.ok(session.id, { type: 'contribute', phaseId: 'incident', body: 'Alleen op deze server' });
        await sanne.reach(alone.version);
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(broadcasts.filter((b) => b.version === alone.version)).toEqual([]);

        expect((await health(kring.url)).broadcast.otherInstances).toBe(0);

        // A second instance says it is there as it starts (its first heartbeat); once the first has heard it (its
        // /health counts it), events go over the bus. Before that moment a screen there catches up by the beacon.
        second = await startTestKring({ databaseUrl: kring.databaseUrl });
        await until(
          async () => (await health(kring.url)).broadcast.otherInstances === 1,
          'each instance to hear the other',
          undefined,
          5_000,
        );
        const bram = await LiveScreen.open(second.url, org.bram);
        try {
          expect((await bram.join(session.id)).ok).toBe(true);
          const shared = await sanne.ok(session.id, { type: 'contribute', phaseId: 'incident', body: 'Nu met twee servers' });
          await bram.reach(shared.version, 2_000);
          // The plain LISTEN is a third connection: its copy of the NOTIFY may arrive after Bram's screen has the event.
          await until(() => broadcasts.some((b) => b.version === shared.version), 'the event on the bus', undefined, 5_000);
          expect(broadcasts.filter((b) => b.version === shared.version)).toHaveLength(1);
        } finally {
          bram.close();
        }
      } finally {
        await listener.end();
      }
    } finally {
      sanne.close();
    }
  }, 60_000);

  // Last: its adapter is heard as one more instance for a while, which the test above must not meet.
  it('closes after socket.io closed while its adapter was reconnecting: the close does not wait for the listener it took', async () => {
    const listening = async () =>
      (
        await kring.app
          .get(DataSource)
          .query<{ pid: number }[]>(
            `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'kring-broadcast' AND query ILIKE 'LISTEN%'`,
          )
      ).length;
    const before = await listening();
    const bus = postgresBus(kring.databaseUrl, new BroadcastMonitor());
    // Both of the bus's connections busy, so the adapter's listener waits for one: it is "reconnecting".
    const busy = [await bus.pool!.connect(), await bus.pool!.connect()];
    const io = new Server();
    io.adapter(bus.adapter as unknown as Parameters<Server['adapter']>[0]);
    // socket.io closes now: the adapter has no listener yet to give back.
    await io.of('/').adapter.close();
    // Then its listener arrives, and it listens with it.
    busy.forEach((client) => client.release());
    await until(async () => (await listening()) === before + 1, 'the adapter listens');
    const closed = await Promise.race([
      bus.close().then(() => 'closed'),
      new Promise<string>((resolve) => setTimeout(() => resolve('still waiting after 5 s'), 5_000)),
    ]);
    expect(closed).toBe('closed');
    await until(async () => (await listening()) === before, 'the listener is gone');
  });
});

type Health = {
  status: string;
  database: string;
  broadcast: { bus: string; listening: boolean; failedPublishes: number; otherInstances: number | null };
};

async function health(url: string): Promise<Health> {
  return (await (await fetch(`${url}/health`)).json()) as Health;
}
