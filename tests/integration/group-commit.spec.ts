import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { GroupCommit } from '../../apps/api/src/engine/database/group-commit';
import { startTestKring, TestKring } from '../support/kring-test-app';
import { watchPoolQueries } from '../support/pool-queries';
import { LiveScreen, planIncidentSession, teamWithPeople } from '../support/session-fixtures';

/** Every query the app's pool sends from now on; `stop` undoes it. */
function recordQueries(db: DataSource) {
  const texts: string[] = [];
  const stop = watchPoolQueries(db, (text) => texts.push(text));
  return {
    texts,
    /** Round trips that carried a group of statements. */
    groups: () => texts.filter((text) => text.startsWith('SET LOCAL lock_timeout')),
    stop,
  };
}

const INSERT = 'INSERT INTO group_commit_probe (id, note, tags) VALUES ($1, $2, $3::text[]) RETURNING id, note, tags';

/**
 * Group commit (engine/database/group-commit.ts): statements that arrive
 * while others are being stored leave together, in one round trip and one
 * transaction, and each still gets its own answer; a statement that fails
 * takes nothing of its group with it; a room held by another transaction
 * holds up only its own statements.
 */
describe('group commit', () => {
  let kring: TestKring;
  let groups: GroupCommit;
  let db: DataSource;

  beforeAll(async () => {
    kring = await startTestKring();
    groups = kring.app.get(GroupCommit);
    db = kring.app.get(DataSource);
    await kring.sql('CREATE TABLE group_commit_probe (id int PRIMARY KEY, note text NOT NULL, tags text[])');
  });
  afterAll(() => kring.close());
  beforeEach(() => kring.sql('DELETE FROM group_commit_probe'));

  it('sends statements that arrive together in groups, and gives each its own row back, values intact', async () => {
    const recorded = recordQueries(db);
    const notes = (i: number) => [`gewoon ${i}`, `Jan's "dag" ${i}`, `a\\b ${i}`, `'); DROP TABLE person; -- ${i}`, `🙂 ${i}`][i % 5];
    const answers = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        groups.run<{ id: number; note: string; tags: string[] }>(INSERT, [i, notes(i), [`t${i}`, 'met "quote"', null]], `probe:${i}`),
      ),
    );
    recorded.stop();
    expect(answers.map((rows) => rows[0])).toEqual(
      Array.from({ length: 60 }, (_, i) => ({ id: i, note: notes(i), tags: [`t${i}`, 'met "quote"', null] })),
    );
    const [{ stored }] = await kring.sql<{ stored: number }>('SELECT count(*)::int AS stored FROM group_commit_probe');
    expect(stored).toBe(60);
    // Fewer round trips than statements: most of them left in groups.
    expect(recorded.groups().length).toBeGreaterThan(0);
    expect(recorded.texts.filter((text) => !text.startsWith('PREPARE')).length).toBeLessThan(60);
  });

  it('a statement that fails leaves the rest of its group stored and gets its own error', async () => {
    const recorded = recordQueries(db);
    const ids = [...Array.from({ length: 40 }, (_, i) => i), 7];
    const outcomes = await Promise.allSettled(ids.map((id, n) => groups.run(INSERT, [id, `poging ${n}`, null], `probe:${id}`)));
    recorded.stop();
    const refused = outcomes.filter((outcome) => outcome.status === 'rejected');
    expect(refused).toHaveLength(1);
    expect((refused[0] as PromiseRejectedResult).reason).toMatchObject({ code: '23505' });
    const stored = await kring.sql<{ id: number }>('SELECT id FROM group_commit_probe ORDER BY id');
    expect(stored.map((row) => row.id)).toEqual(Array.from({ length: 40 }, (_, i) => i));
    // The duplicate rode in a group (grouping happened), and that group's statements were then sent one by one.
    expect(recorded.groups().length).toBeGreaterThan(0);
    expect(recorded.texts.filter((text) => text === INSERT).length).toBeGreaterThan(0);
  });

  it("after a failed group a room's statements run alone one after the other, in the order they came", async () => {
    // Both places in flight busy for a moment, so the next statements wait and leave together as one group.
    const busy = [8, 9].map((id) => groups.run(`SELECT pg_sleep(0.1), $1::int AS id`, [id], `probe:${id}`));
    await new Promise((resolve) => setTimeout(resolve, 20));
    let clock = 0;
    const trips: { id: number; from: number; to: number }[] = [];
    const stop = watchPoolQueries(db, (text, answered, values) => {
      if (text !== INSERT) return;
      const trip = { id: Number(values[0]), from: ++clock, to: Number.POSITIVE_INFINITY };
      trips.push(trip);
      // Answered either way: a refused statement is the subject of one test, not an error of the watcher.
      const done = () => (trip.to = ++clock);
      answered.then(done, done);
    });
    // Room 1's second statement is a duplicate key: the group fails and its statements go alone.
    const outcomes = await Promise.allSettled([1, 1, 2, 3].map((id, n) => groups.run(INSERT, [id, `poging ${n}`, null], 'probe:room-1')));
    stop();
    await Promise.all(busy);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    expect(trips.map((trip) => trip.id)).toEqual([1, 1, 2, 3]);
    // One after the other: each was answered before the next was sent.
    trips.slice(1).forEach((trip, i) => expect(trip.from).toBeGreaterThan(trips[i].to));
  });

  it('a row another transaction holds delays only the statements that need it', async () => {
    await kring.sql(`INSERT INTO group_commit_probe (id, note) VALUES (-1, 'bezet')`);
    const holder = new Client({ connectionString: kring.databaseUrl });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT * FROM group_commit_probe WHERE id = -1 FOR UPDATE');
      const waiting = Array.from({ length: 4 }, (_, i) =>
        groups.run('UPDATE group_commit_probe SET note = note || $1 WHERE id = -1 RETURNING note', [` ${i}`], 'probe:-1'),
      );
      let waitingDone = false;
      void Promise.allSettled(waiting).then(() => (waitingDone = true));
      const others = await Promise.all(Array.from({ length: 30 }, (_, i) => groups.run(INSERT, [i, `vrij ${i}`, null], `probe:${i}`)));
      expect(others.flat()).toHaveLength(30);
      // The other 30 are stored while the row is still held.
      expect(waitingDone).toBe(false);
      await holder.query('COMMIT');
      const notes = (await Promise.all(waiting)).map((rows) => (rows[0] as { note: string }).note);
      expect(notes.sort((a, b) => a.length - b.length).at(-1)).toMatch(/^bezet( \d){4}$/);
    } finally {
      await holder.end();
    }
  });

  it('two groups in flight never hold the same room: the next statements of a room wait for its group, not at its row', async () => {
    await kring.sql(`INSERT INTO group_commit_probe (id, note) SELECT i, '' FROM generate_series(0, 5) AS i`);
    const UPDATE = 'UPDATE group_commit_probe SET note = note || $2 WHERE id = $1 RETURNING id, txid_current()::text AS tx';
    // Every round trip of the updates (a group, or one statement alone): the rooms it held and when it ran.
    let clock = 0;
    const trips: { rooms: Set<number>; from: number; to: number }[] = [];
    const stop = watchPoolQueries(db, (text, answered, values) => {
      const rooms = text.startsWith('SET LOCAL lock_timeout')
        ? new Set([...text.matchAll(/EXECUTE \w+\('(\d+)'/g)].map((m) => Number(m[1])))
        : text === UPDATE
          ? new Set([Number(values[0])])
          : null;
      if (!rooms) return;
      const trip = { rooms, from: ++clock, to: Number.POSITIVE_INFINITY };
      trips.push(trip);
      // Answered either way: a refused statement is the subject of one test, not an error of the watcher.
      const done = () => (trip.to = ++clock);
      answered.then(done, done);
    });
    // Six rooms, 120 statements arriving together: every group but the first has rooms of the group before it waiting.
    const answers = await Promise.all(
      Array.from({ length: 120 }, (_, i) => groups.run<{ id: number; tx: string }>(UPDATE, [i % 6, ` ${i}`], `probe:${i % 6}`)),
    );
    stop();
    expect(trips.some((trip) => trip.rooms.size > 1)).toBe(true);
    const overlapping = trips.flatMap((a, i) =>
      trips.slice(i + 1).filter((b) => a.from < b.to && b.from < a.to && [...a.rooms].some((room) => b.rooms.has(room))),
    );
    expect(overlapping).toEqual([]);
    // Both places were used at once (else the check above would hold trivially).
    expect(trips.some((a, i) => trips.slice(i + 1).some((b) => a.from < b.to && b.from < a.to))).toBe(true);
    // Every statement stored once, and each room's in the order they came.
    expect(answers.map(([row]) => row.id)).toEqual(Array.from({ length: 120 }, (_, i) => i % 6));
    const stored = await kring.sql<{ id: number; note: string }>('SELECT id, note FROM group_commit_probe WHERE id >= 0 ORDER BY id');
    expect(stored.map((row) => row.note)).toEqual(
      Array.from({ length: 6 }, (_, room) => Array.from({ length: 20 }, (_, n) => ` ${room + 6 * n}`).join('')),
    );
  });

  it("a transaction of its own holds its room: the room's statements wait for its answer, other rooms' do not", async () => {
    const order: string[] = [];
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const first = groups.holdingRoom('probe:1', async () => {
      await gate;
      const [row] = await kring.sql<{ n: number }>('SELECT count(*)::int AS n FROM group_commit_probe WHERE id = 1');
      order.push(`transaction saw ${row.n}`);
      return 'first';
    });
    const second = groups.holdingRoom('probe:1', async () => {
      order.push('second transaction');
      return 'second';
    });
    const sameRoom = groups.run(INSERT, [1, 'zelfde kamer', null], 'probe:1').then(() => order.push('same room'));
    await groups.run(INSERT, [2, 'andere kamer', null], 'probe:2').then(() => order.push('other room'));
    // The other room's statement was stored; the held room's statement was not even sent.
    expect(order).toEqual(['other room']);
    expect(await kring.sql('SELECT id FROM group_commit_probe ORDER BY id')).toEqual([{ id: 2 }]);
    open();
    expect(await Promise.all([first, second])).toEqual(['first', 'second']);
    await sameRoom;
    expect(order).toEqual(['other room', 'transaction saw 0', 'second transaction', 'same room']);
  });

  it("a transaction of its own waits for its room's statement in flight", async () => {
    const holder = new Client({ connectionString: kring.databaseUrl });
    await holder.connect();
    try {
      // The statement of room 3 waits at PostgreSQL for the holder's uncommitted row with the same key.
      await holder.query('BEGIN');
      await holder.query(`INSERT INTO group_commit_probe (id, note) VALUES (3, 'bezet')`);
      const order: string[] = [];
      const statement = groups.run(INSERT, [3, 'na de ander', null], 'probe:3').then(
        () => order.push('statement stored'),
        () => order.push('statement refused'),
      );
      await new Promise((resolve) => setTimeout(resolve, 50));
      const transaction = groups.holdingRoom('probe:3', async () => order.push('transaction'));
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(order).toEqual([]);
      await holder.query('ROLLBACK');
      await Promise.all([statement, transaction]);
      expect(order).toEqual(['statement stored', 'transaction']);
    } finally {
      await holder.end();
    }
  });

  it('contributions of many screens at once are stored once each, in version order, grouped', async () => {
    const org = await teamWithPeople(kring);
    const session = await planIncidentSession(org);
    const sanne = await LiveScreen.open(kring.url, org.sanne);
    const bram = await LiveScreen.open(kring.url, org.bram);
    try {
      await sanne.join(session.id);
      await bram.join(session.id);
      await sanne.ok(session.id, { type: 'startSession' });
      // The room learns the started session's rules from its first contribution (the full pipeline); then one statement each.
      await bram.ok(session.id, { type: 'contribute', phaseId: 'incident', body: 'Eerste bijdrage' });
      const recorded = recordQueries(db);
      const acks = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          (i % 2 ? sanne : bram).send(session.id, { type: 'contribute', phaseId: 'incident', body: `Bijdrage ${i}` }, randomUUID()),
        ),
      );
      recorded.stop();
      const versions = acks.map((ack) => (ack.ok ? ack.version : -1)).sort((a, b) => a - b);
      expect(versions).toEqual(Array.from({ length: 40 }, (_, i) => i + 3));
      expect(recorded.groups().length).toBeGreaterThan(0);
      const [stored] = await kring.sql<{ entries: number; receipts: number; receiptRows: number }>(
        `SELECT (SELECT count(*)::int FROM session_entry WHERE session_id = $1) AS entries,
                (SELECT count(*)::int FROM session_receipt WHERE session_id = $1) AS receipts,
                (SELECT count(*)::int FROM session_command_receipt WHERE session_id = $1) AS "receiptRows"`,
        [session.id],
      );
      // The start of the session has its receipt too; a contribution's entry is its own receipt (no receipt row).
      expect(stored).toEqual({ entries: 41, receipts: 42, receiptRows: 2 });
      await bram.reach(42);
      expect(bram.state.entries).toHaveLength(41);
    } finally {
      sanne.close();
      bram.close();
    }
  });
});
