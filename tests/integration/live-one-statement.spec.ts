import {
  LIVE_COMMAND_RULES,
  LiveCommand,
  LiveCommandType,
  MIRROR_COMMAND_RULES,
  MIRROR_SOCKET_EVENTS,
  MirrorCommand,
  MirrorCommandType,
  MirrorEvent,
  mirrorSyncFromSnapshot,
} from '@kring/domain';
import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import { DataSource } from 'typeorm';
import { OneStatementCatalogue } from '../../apps/api/src/engine/live/command-pipeline';
import { MirrorCommandsService } from '../../apps/api/src/modules/mirror-conversations/live/mirror-commands.service';
import { LiveCommandsService } from '../../apps/api/src/modules/reflection-sessions/live/live-commands.service';
import { GraphqlClient } from '../support/graphql-client';
import { watchPoolQueries } from '../support/pool-queries';
import { liveRoomTest, LiveRoomTest, sharedRoom, toPhase } from '../support/live-room-test';
import { LiveScreen, planIncidentSession } from '../support/session-fixtures';
import {
  inviteRelative,
  join as mirrorJoin,
  mirrorLiveTest,
  ok as mirrorOk,
  plannedConversation,
  response,
  SAVE_RESPONSE,
} from './mirror-conversations.support';

type Measured<T> = { result: T; statements: string[]; full: number };

/**
 * What the app's pool runs on its own timers, not for a command: the job queue's polling, and the rooms' version
 * beacon with its check of each screen's place (engine/live/live-rooms.ts); a beacon that fell inside a command's
 * window once failed a full run under load.
 */
const BACKGROUND = /pgboss|^SELECT id, version FROM \w+ WHERE id = ANY|^SELECT n, now FROM \(/i;

/**
 * Counts the statements the app's own connection pool sends (what it runs on its own timers left out), and how often a room's full pipeline ran (its `lock`), while one command is sent. `restore` undoes it.
 */
function countCommands(db: DataSource, fullRuns: jest.SpyInstance) {
  const texts: string[] = [];
  const restore = watchPoolQueries(db, (text) => {
    if (!BACKGROUND.test(text)) texts.push(text);
  });
  return {
    measure: async <T>(send: () => Promise<T>): Promise<Measured<T>> => {
      const [before, runs] = [texts.length, fullRuns.mock.calls.length];
      const result = await send();
      return { result, statements: texts.slice(before), full: fullRuns.mock.calls.length - runs };
    },
    restore,
  };
}

/**
 * What the catalogue promises for one command, checked on what it cost: one statement and no full pipeline, or the
 * full pipeline (whose reason the catalogue gives).
 */
function expectAsCatalogued<T extends string>(
  catalogue: OneStatementCatalogue<T>,
  type: T,
  cost: { statements: string[]; full: number },
): void {
  const way = catalogue[type];
  if (way === 'one statement') {
    // The type in the message says which command cost more than promised.
    const statements = cost.statements.map((text) => text.replace(/\s+/g, ' ').slice(0, 120));
    expect({ type, full: cost.full, statements }).toEqual({ type, full: 0, statements: [expect.stringMatching(/^WITH room AS \(/)] });
  } else {
    expect(way.fullPipeline).toMatch(/\w/);
    expect({ type, full: cost.full }).toEqual({ type, full: 1 });
    expect(cost.statements.length).toBeGreaterThan(1);
  }
}

/**
 * With the one statements turned off, each command took the full pipeline (the room's locked read) and was stored:
 * the fallback every one statement relies on when one of its conditions fails (names changed, login moved, a
 * replay) works for every command type, not only for those a test happens to push there.
 */
function expectFullPipeline(type: string, cost: { full: number }): void {
  expect({ type, full: cost.full }).toEqual({ type, full: 1 });
}

/** Runs `send` with the room's one statements turned off (its `fast` finds none), so every command takes the full pipeline. */
async function withoutOneStatements(commands: { fast(...args: never[]): unknown }, send: () => Promise<void>): Promise<void> {
  const noFastPath = jest.spyOn(commands, 'fast').mockReturnValue(null);
  try {
    await send();
  } finally {
    noFastPath.mockRestore();
  }
}

/**
 * The common commands of a case session (contribute, edit one's entry, a dot,
 * a value tag) are one statement once the room knows the session's rules
 * (engine/live/command-pipeline.ts, `once`): no locked read of the session
 * row first. They keep every rule of the full pipeline: what the one
 * statement cannot decide is undone and refused by the full pipeline with its
 * exact reason, nothing half-stored (the version does not move), and a dot
 * budget holds under concurrent dots of one person.
 */
describe('one statement per common live command', () => {
  const room = liveRoomTest();
  let org: LiveRoomTest['org'];
  let fullRuns: jest.SpyInstance;
  beforeAll(() => {
    ({ org } = room);
    fullRuns = jest.spyOn(room.kring.app.get(LiveCommandsService), 'lock');
  });

  /** The version the room is at, as stored. */
  async function version(sessionId: string): Promise<number> {
    const [row] = await room.kring.sql<{ version: string }>(`SELECT version FROM reflection_session WHERE id = $1`, [sessionId]);
    return Number(row.version);
  }

  /** Runs `send` and says how many commands took the full pipeline (the locked read) meanwhile. */
  async function fullPipelineRunsDuring<T>(send: () => Promise<T>): Promise<{ result: T; full: number }> {
    const before = fullRuns.mock.calls.length;
    const result = await send();
    return { result, full: fullRuns.mock.calls.length - before };
  }

  async function inCompare(screens: LiveScreen[]) {
    const session = await planIncidentSession(org);
    const [sanne, bram, fatima] = screens;
    for (const screen of screens) await screen.join(session.id);
    await sanne.ok(session.id, { type: 'startSession' });
    await toPhase(sanne, session.id, 'what_would_you_do');
    const a = (await bram.ok(session.id, { type: 'contribute', phaseId: 'what_would_you_do', body: 'Samen naar buiten lopen' })).createdId!;
    const b = (await fatima.ok(session.id, { type: 'contribute', phaseId: 'what_would_you_do', body: 'Vragen waar hij heen wil' }))
      .createdId!;
    // Moving on closes (and so reveals) the private writing phase; the room remembers the rules as this command locked them.
    await sanne.ok(session.id, { type: 'goToPhase', phaseId: 'what_would_you_do', toPhaseId: 'compare' });
    return { session, a, b };
  }

  it('contributes and edits in one statement; editing what is not yours is refused and stores nothing', async () => {
    const session = await planIncidentSession(org);
    const [sanne, bram, fatima] = [await room.open(org.sanne), await room.open(org.bram), await room.open(org.fatima)];
    for (const screen of [sanne, bram, fatima]) await screen.join(session.id);
    await sanne.ok(session.id, { type: 'startSession' });

    // The first command after a change of the rules (the start) reads the session row; from then on the room knows them.
    const added = await bram.ok(session.id, { type: 'contribute', phaseId: 'incident', body: 'Hij liep de gang op' });
    const editKey = randomUUID();
    const { result: written, full } = await fullPipelineRunsDuring(async () => {
      const edit: LiveCommand = { type: 'editEntry', phaseId: 'incident', entryId: added.createdId!, body: 'Hij liep de tuin in' };
      const edited = await bram.ok(session.id, edit, editKey);
      await fatima.ok(session.id, { type: 'contribute', phaseId: 'incident', body: 'Niemand zag hem gaan' });
      return { added, edit, edited };
    });
    expect(full).toBe(0);
    // Each entry counted once: Bram's (the full pipeline) by the trigger, Fatima's in her statement's own update of the session row.
    const [counted] = await room.kring.sql<{ entry_count: number; entries: number }>(
      `SELECT entry_count, (SELECT count(*)::int FROM session_entry e WHERE e.session_id = s.id) AS entries FROM reflection_session s WHERE s.id = $1`,
      [session.id],
    );
    expect(counted).toEqual({ entry_count: 2, entries: 2 });
    expect(written.edited).toEqual({ ok: true, version: written.added.version + 1, replayed: false, createdId: null });
    for (const screen of [sanne, bram, fatima]) await screen.reach(written.edited.version + 1);
    expect(sanne.state.entries.map((e) => [e.body, !!e.editedAt])).toEqual([
      ['Hij liep de tuin in', true],
      ['Niemand zag hem gaan', false],
    ]);
    expect(fatima.events.find((e) => e.version === written.edited.version)).toMatchObject({
      type: 'entryEdited',
      body: 'Hij liep de tuin in',
    });

    // Fatima's edit of Bram's entry finds nothing to change: undone, and refused by the full pipeline in its own words.
    const at = await version(session.id);
    const refused = await fullPipelineRunsDuring(() =>
      fatima.send(session.id, { type: 'editEntry', phaseId: 'incident', entryId: written.added.createdId!, body: 'Anders' }),
    );
    expect(refused.result).toMatchObject({ ok: false, error: { code: 'SESSION_NOT_OWN_ENTRY' } });
    expect(refused.full).toBe(1);
    expect(await version(session.id)).toBe(at);
    // The edit sent again (a lost ack) is answered from its receipt, not applied twice.
    expect(await bram.ok(session.id, written.edit, editKey)).toEqual({ ...written.edited, replayed: true });
    expect(await version(session.id)).toBe(at);
  });

  it('places dots and value tags in one statement, within the budget also when one person sends several at once', async () => {
    const [sanne, bram, fatima] = [await room.open(org.sanne), await room.open(org.bram), await room.open(org.fatima)];
    const { session, a, b } = await inCompare([sanne, bram, fatima]);
    const dot = (entryId: string): LiveCommand => ({ type: 'vote', phaseId: 'compare', entryId });

    // The first command after the move to "Vergelijken" reads the session row; then the room knows its rules.
    await bram.ok(session.id, dot(a));
    const { result: placed, full } = await fullPipelineRunsDuring(async () => [
      await bram.ok(session.id, dot(b)),
      await bram.ok(session.id, { type: 'tag', phaseId: 'compare', entryId: a, itemId: 'feeling_at_home', direction: 'under_pressure' }),
    ]);
    expect(full).toBe(0);
    const [second, tagged] = placed;
    expect(tagged.createdId).toEqual(expect.any(String));
    await bram.reach(tagged.version);
    // "Vergelijken" hides its dots: Bram's own screen has them, the others learned only that the version moved.
    expect(bram.state.votes).toEqual(
      expect.arrayContaining([
        { phaseId: 'compare', entryId: a, voterId: org.bram.personId, count: 1 },
        { phaseId: 'compare', entryId: b, voterId: org.bram.personId, count: 1 },
      ]),
    );
    await sanne.reach(tagged.version);
    expect(sanne.events.find((e) => e.version === second.version)?.type).toBe('unseenChange');
    expect(sanne.state.tags).toEqual([expect.objectContaining({ id: tagged.createdId, entryId: a, itemId: 'feeling_at_home' })]);

    // A dot on a card that is not on this board (or not there at all) is undone and refused with the full pipeline's reason.
    const at = await version(session.id);
    const unknown = await bram.send(session.id, dot('00000000-0000-4000-8000-000000000000'));
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await version(session.id)).toBe(at);

    // Fatima sends five dots at once with a budget of three: three are placed, two refused, none beyond the budget.
    const burst = await Promise.all([a, b, a, b, a].map((entry) => fatima.send(session.id, dot(entry))));
    expect(burst.filter((ack) => ack.ok)).toHaveLength(3);
    expect(burst.filter((ack) => !ack.ok).map((ack) => !ack.ok && ack.error.code)).toEqual(['SESSION_VOTE_BUDGET', 'SESSION_VOTE_BUDGET']);
    const [used] = await room.kring.sql<{ dots: number }>(
      `SELECT coalesce(sum(count), 0)::int AS dots FROM session_vote WHERE session_id = $1 AND voter_id = $2`,
      [session.id, org.fatima.personId],
    );
    expect(used.dots).toBe(3);
    // Every acknowledged command moved the version once, no more.
    expect(await version(session.id)).toBe(at + 3);
  });
});

/**
 * Every command type of both rooms, sent once each: what it cost is checked
 * against the room's catalogue (`statements`, a record over its command
 * types), and every type of the domain's catalogue must have been sent. A
 * new command makes this fail until the room says how it is stored and the
 * test sends it.
 */
describe('every command of the catalogue, as the catalogue says', () => {
  describe('case sessions', () => {
    const room = liveRoomTest();

    /** Sends every command type of a case session once, each through `expectCost`, and checks the screens end where a fresh snapshot stands. */
    async function everyCaseCommand(expectCost: (type: LiveCommandType, cost: { statements: string[]; full: number }) => void) {
      const commands = room.kring.app.get(LiveCommandsService);
      const fullRuns = jest.spyOn(commands, 'lock');
      const counter = countCommands(room.kring.app.get(DataSource), fullRuns);
      const sent = new Set<string>();
      try {
        const { org } = room;
        const session = await planIncidentSession(org);
        const screens = [await room.open(org.sanne), await room.open(org.bram), await room.open(org.fatima)];
        const [sanne, bram, fatima] = screens;
        for (const screen of screens) await screen.join(session.id);
        const send = async (screen: LiveScreen, command: LiveCommand) => {
          const cost = await counter.measure(() => screen.ok(session.id, command));
          sent.add(command.type);
          expectCost(command.type, cost);
          return cost.result;
        };
        /** After a change of the rules the next command reads the session row (the full pipeline): the moderator's pause. */
        const settle = (phaseId: string) => sanne.ok(session.id, { type: 'timerPause', phaseId });

        await send(sanne, { type: 'startSession' });
        await send(sanne, { type: 'timerStart', phaseId: 'incident' });
        await send(sanne, { type: 'timerExtend', phaseId: 'incident', seconds: 60 });
        await send(sanne, { type: 'timerPause', phaseId: 'incident' });
        // The first text of the organisation on this server reads the names the content guard checks: not measured.
        const slip = await bram.ok(session.id, { type: 'contribute', phaseId: 'incident', body: 'Verkeerd vak' });
        await send(bram, { type: 'removeEntry', phaseId: 'incident', entryId: slip.createdId! });
        const told = await send(bram, { type: 'contribute', phaseId: 'incident', body: 'Hij liep de gang op' });
        await send(bram, { type: 'editEntry', phaseId: 'incident', entryId: told.createdId!, body: 'Hij liep de tuin in' });
        await send(fatima, { type: 'markReady', phaseId: 'incident', ready: true });
        const moved = await send(sanne, { type: 'goToPhase', phaseId: 'incident', toPhaseId: 'facts' });
        await settle('facts');
        await send(fatima, { type: 'ask', phaseId: 'facts', body: 'Was de deur open?' });
        await sanne.reach(moved.version);
        await toPhase(sanne, session.id, 'what_would_you_do', [bram, fatima]);
        await settle('what_would_you_do');
        const a = (await bram.ok(session.id, { type: 'contribute', phaseId: 'what_would_you_do', body: 'Samen naar buiten lopen' }))
          .createdId!;
        const b = (await fatima.ok(session.id, { type: 'contribute', phaseId: 'what_would_you_do', body: 'Vragen waar hij heen wil' }))
          .createdId!;
        await toPhase(sanne, session.id, 'compare', [bram, fatima]);
        await settle('compare');
        await send(bram, { type: 'vote', phaseId: 'compare', entryId: a });
        await send(bram, { type: 'unvote', phaseId: 'compare', entryId: a });
        const tag = await send(bram, {
          type: 'tag',
          phaseId: 'compare',
          entryId: a,
          itemId: 'feeling_at_home',
          direction: 'under_pressure',
        });
        await send(fatima, { type: 'untag', phaseId: 'compare', tagId: tag.createdId! });
        const first = await send(bram, { type: 'group', phaseId: 'compare', entryIds: [a], label: 'Naar buiten' });
        await send(fatima, { type: 'group', phaseId: 'compare', entryIds: [b], groupId: first.createdId! });
        await send(sanne, { type: 'renameGroup', phaseId: 'compare', groupId: first.createdId!, label: 'Mee naar buiten' });
        // Both cards into a new group: the first group is left without cards and goes, as the reducer drops it.
        const second = await send(fatima, { type: 'group', phaseId: 'compare', entryIds: [a, b], label: 'Samen' });
        await send(bram, { type: 'ungroup', phaseId: 'compare', entryId: a });
        expect(
          await room.kring.sql(
            `SELECT g.id, array_agg(e.id) AS entries FROM session_group g LEFT JOIN session_entry e ON e.group_id = g.id
             WHERE g.session_id = $1 GROUP BY g.id`,
            [session.id],
          ),
        ).toEqual([{ id: second.createdId, entries: [b] }]);
        await send(sanne, { type: 'reveal', phaseId: 'compare' });
        const ended = await send(sanne, { type: 'endSession' });

        expect([...sent].sort()).toEqual(Object.keys(LIVE_COMMAND_RULES).sort());
        expect(Object.keys(commands.statements).sort()).toEqual(Object.keys(LIVE_COMMAND_RULES).sort());
        // The events of the one statements bring every screen where a fresh snapshot stands.
        const fresh = await room.open(org.bram);
        const joined = await fresh.join(session.id);
        if (!joined.ok) throw new Error(joined.error.code);
        for (const screen of screens) {
          await screen.reach(ended.version);
          expect(sharedRoom(screen.state)).toEqual(sharedRoom(joined.state));
        }
      } finally {
        counter.restore();
        fullRuns.mockRestore();
      }
    }

    it('stores every common command in one statement; the course of the session takes the full pipeline', async () => {
      const { statements } = room.kring.app.get(LiveCommandsService);
      await everyCaseCommand((type, cost) => expectAsCatalogued(statements, type, cost));
    });

    it('stores every command also through the full pipeline, where a one statement falls back to when its conditions fail', async () => {
      await withoutOneStatements(room.kring.app.get(LiveCommandsService), () => everyCaseCommand(expectFullPipeline));
    });
  });

  describe('mirror conversations', () => {
    const live = mirrorLiveTest();

    /** Sends every command type of a mirror conversation once, each through `expectCost`, and checks the console ends where a fresh snapshot stands. */
    async function everyMirrorCommand(expectCost: (type: MirrorCommandType, cost: { statements: string[]; full: number }) => void) {
      const { kring, org } = live;
      const commands = kring.app.get(MirrorCommandsService);
      const fullRuns = jest.spyOn(commands, 'lock');
      const counter = countCommands(kring.app.get(DataSource), fullRuns);
      const sent = new Set<string>();
      try {
        const { id, questions } = await plannedConversation(org);
        const anna = await inviteRelative(org, id, 'Anna');
        await new GraphqlClient(kring.url).ok(SAVE_RESPONSE, response(anna.token));
        const [moderator, listener] = [await live.socketOf(org.mira.client), await live.socketOf(org.bram.client)];
        const events: MirrorEvent[] = [];
        moderator.on(MIRROR_SOCKET_EVENTS.event, (event: MirrorEvent) => events.push(event));
        const start = await mirrorJoin(moderator, id);
        await mirrorJoin(listener, id);
        const send = async (socket: Socket, command: MirrorCommand) => {
          const cost = await counter.measure(() => mirrorOk(socket, id, { ...command }));
          sent.add(command.type);
          expectCost(command.type, cost);
          return cost.result;
        };
        const statement = { themeIds: ['information'], valueTags: [], quotable: true };

        await send(moderator, { type: 'start' });
        await send(moderator, { type: 'showQuestion', questionId: questions[1].id });
        // The first text of the conversation reads its relatives' names (the full pipeline); from then on they are known.
        await mirrorOk(moderator, id, { type: 'note', kind: 'note', body: 'Koffie klaarzetten', questionId: null });
        const said = await send(moderator, {
          type: 'capture',
          ...statement,
          questionId: questions[1].id,
          participantId: anna.id,
          body: 'We horen veel via de app.',
        });
        await send(moderator, {
          type: 'editStatement',
          ...statement,
          statementId: said.createdId!,
          questionId: questions[1].id,
          participantId: anna.id,
          body: 'We horen veel via de groepsapp.',
        });
        const slip = await send(moderator, { type: 'capture', ...statement, questionId: null, participantId: null, body: 'Vergissing.' });
        await send(moderator, { type: 'removeStatement', statementId: slip.createdId! });
        const asked = await send(listener, {
          type: 'note',
          kind: 'question',
          body: 'Welke groente het liefst?',
          questionId: questions[1].id,
        });
        await send(moderator, { type: 'openClosingRound' });
        await send(moderator, { type: 'markAsked', noteId: asked.createdId!, asked: true });
        const own = await send(listener, { type: 'note', kind: 'note', body: 'Vragen naar de moestuin', questionId: null });
        await send(listener, { type: 'removeNote', noteId: own.createdId! });
        const ended = await send(moderator, { type: 'end' });

        expect([...sent].sort()).toEqual(Object.keys(MIRROR_COMMAND_RULES).sort());
        expect(Object.keys(commands.statements).sort()).toEqual(Object.keys(MIRROR_COMMAND_RULES).sort());
        // The events of the one statements bring the moderator's console where a fresh snapshot stands.
        for (const until = Date.now() + 10_000; !events.some((e) => e.version === ended.version);) {
          if (Date.now() > until) throw new Error('the last event did not arrive');
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        expect(mirrorSyncFromSnapshot(start, events).state).toEqual(await mirrorJoin(moderator, id));
        const [kept] = await kring.sql(`SELECT body, participant_id, in_harvest FROM mirror_statement WHERE id = $1`, [said.createdId]);
        expect(kept).toMatchObject({ body: 'We horen veel via de groepsapp.', participant_id: anna.id });
      } finally {
        counter.restore();
        fullRuns.mockRestore();
      }
    }

    it('stores every command in one statement', async () => {
      const { statements } = live.kring.app.get(MirrorCommandsService);
      await everyMirrorCommand((type, cost) => expectAsCatalogued(statements, type, cost));
    });

    it('stores every command also through the full pipeline, where a one statement falls back to when its conditions fail', async () => {
      await withoutOneStatements(live.kring.app.get(MirrorCommandsService), () => everyMirrorCommand(expectFullPipeline));
    });
  });
});
