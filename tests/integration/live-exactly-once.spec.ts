import type { LiveCommandAck, MirrorCommandAck } from '@kring/domain';
import { randomUUID } from 'node:crypto';
import { startTestKring, TestKring } from '../support/kring-test-app';
import { connectSocket } from '../support/socket-client';
import { LiveScreen, planIncidentSession, teamWithPeople } from '../support/session-fixtures';
import { command, join, mirrorOrganisation, ok, plannedConversation } from './mirror-conversations.support';

const PAIRS = 100;

/**
 * Two copies of one command in flight at the same moment (two tabs of one
 * person, or a retry after an ack timeout under load): whichever the lock
 * lets in first applies it, the other is answered as a replay with the same
 * result. Never twice stored, never INTERNAL (which a screen could take for
 * a refusal and drop from its outbox).
 */
function expectOneAppliedOneReplayed<A extends LiveCommandAck | MirrorCommandAck>(pair: A[]): void {
  const [a, b] = pair;
  if (!a.ok || !b.ok) throw new Error(`a copy was refused: ${JSON.stringify(pair)}`);
  expect([a.replayed, b.replayed].sort()).toEqual([false, true]);
  expect(a.version).toBe(b.version);
  expect(a.createdId).toBe(b.createdId);
  expect(a.createdId).toEqual(expect.any(String));
}

/** Two API instances on one database, and whatever a test opened closed after it. */
function twoInstances() {
  const kit = { kring: undefined as unknown as TestKring, second: undefined as unknown as TestKring, closers: [] as (() => void)[] };
  beforeAll(async () => {
    kit.kring = await startTestKring();
    kit.second = await startTestKring({ databaseUrl: kit.kring.databaseUrl });
  });
  afterEach(() => kit.closers.splice(0).forEach((close) => close()));
  afterAll(async () => {
    await kit.second.close();
    await kit.kring.close();
  });
  return kit;
}

describe('exactly once under contention: case sessions', () => {
  const kit = twoInstances();
  let org: Awaited<ReturnType<typeof teamWithPeople>>;
  beforeAll(async () => {
    org = await teamWithPeople(kit.kring);
  });

  async function screens(urls: [string, string]): Promise<LiveScreen[]> {
    const opened = [await LiveScreen.open(urls[0], org.bram), await LiveScreen.open(urls[1], org.bram)];
    kit.closers.push(...opened.map((screen) => () => screen.close()));
    return opened;
  }

  it.each([
    ['two sockets on one API instance', false],
    ['two API instances on one database', true],
  ])(`the same clientKey sent from %s at once, ${PAIRS} times, is stored once each time`, async (_label, onTwo) => {
    const { kring, second } = kit;
    const session = await planIncidentSession(org);
    const sanne = await LiveScreen.open(kring.url, org.sanne);
    kit.closers.push(() => sanne.close());
    await sanne.join(session.id);
    await sanne.ok(session.id, { type: 'startSession' });
    const [tabA, tabB] = await screens([kring.url, onTwo ? second.url : kring.url]);
    await tabA.join(session.id);
    await tabB.join(session.id);

    const pairs = await Promise.all(
      Array.from({ length: PAIRS }, (_, i) => {
        const key = randomUUID();
        const contribution = { type: 'contribute', phaseId: 'incident', body: `Bijdrage ${i}` } as const;
        return Promise.all([tabA.send(session.id, contribution, key), tabB.send(session.id, contribution, key)]);
      }),
    );
    pairs.forEach(expectOneAppliedOneReplayed);

    const [stored] = await kring.sql<{ entries: number; distinct_bodies: number; receipts: number; version: string }>(
      `SELECT (SELECT count(*)::int FROM session_entry WHERE session_id = $1) AS entries,
              (SELECT count(DISTINCT body)::int FROM session_entry WHERE session_id = $1) AS distinct_bodies,
              (SELECT count(*)::int FROM session_receipt WHERE session_id = $1 AND person_id = $2) AS receipts,
              (SELECT version FROM reflection_session WHERE id = $1) AS version`,
      [session.id, org.bram.personId],
    );
    expect(stored).toEqual({ entries: PAIRS, distinct_bodies: PAIRS, receipts: PAIRS, version: String(PAIRS + 1) });
    // Every screen receives each version once and shows them in version order. On the wire, an event from the
    // other instance can arrive after a later one of this instance (each instance emits to its own screens first,
    // then through the bus), so the screen's reducer holds an early event until the gap before it is filled.
    await sanne.reach(PAIRS + 1);
    const everyVersion = Array.from({ length: PAIRS + 1 }, (_, i) => i + 1);
    expect(sanne.events.map((e) => e.version).sort((a, b) => a - b)).toEqual(everyVersion);
    expect(sanne.shownVersions).toEqual([...sanne.shownVersions].sort((a, b) => a - b));
    expect(sanne.shownVersions.at(-1)).toBe(PAIRS + 1);
    expect(sanne.state.entries).toHaveLength(PAIRS);
    // Stored times follow the version order (taken after the lock, not at the start of the transaction).
    const times = [...sanne.events].sort((a, b) => a.version - b.version).map((e) => Date.parse(e.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });
});

describe('exactly once under contention: mirror conversations', () => {
  const kit = twoInstances();

  it(`the same clientKey from two API instances at once, ${PAIRS} times, is stored once each time`, async () => {
    const { kring, second, closers } = kit;
    const org = await mirrorOrganisation(kring);
    const conversation = await plannedConversation(org);
    const moderatorA = await connectSocket(kring.url, org.mira.client);
    const moderatorB = await connectSocket(second.url, org.mira.client);
    closers.push(
      () => moderatorA.close(),
      () => moderatorB.close(),
    );
    await join(moderatorA, conversation.id);
    await join(moderatorB, conversation.id);
    const started = await ok(moderatorA, conversation.id, { type: 'start' });

    const pairs = await Promise.all(
      Array.from({ length: PAIRS }, (_, i) => {
        const key = randomUUID();
        const capture = {
          type: 'capture',
          questionId: conversation.questions[0].id,
          participantId: null,
          body: `Uitspraak ${i}`,
          themeIds: [],
          valueTags: [],
          quotable: false,
        };
        return Promise.all([command(moderatorA, conversation.id, capture, key), command(moderatorB, conversation.id, capture, key)]);
      }),
    );
    pairs.forEach(expectOneAppliedOneReplayed);
    const [stored] = await kring.sql<{ statements: number; version: string }>(
      `SELECT (SELECT count(*)::int FROM mirror_statement WHERE conversation_id = $1) AS statements,
              (SELECT version FROM mirror_conversation WHERE id = $1) AS version`,
      [conversation.id],
    );
    expect(stored).toEqual({ statements: PAIRS, version: String(started.version + PAIRS) });
  });
});
