import { LiveCommand } from '@kring/domain';
import { randomUUID } from 'node:crypto';
import { LiveCommandsService } from '../../apps/api/src/modules/reflection-sessions/live/live-commands.service';
import { liveRoomTest, LiveRoomTest, toPhase } from '../support/live-room-test';
import { LiveScreen, planIncidentSession } from '../support/session-fixtures';

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
