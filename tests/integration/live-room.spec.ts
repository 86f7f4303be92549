import { LIVE_LIMITS } from '@kring/domain';
import { randomUUID } from 'node:crypto';
import { secondOrganisation } from '../support/fixtures';
import { startTestKring, TestKring } from '../support/kring-test-app';
import { liveRoomTest, LiveRoomTest, sharedRoom as shared, toPhase } from '../support/live-room-test';
import { LiveScreen, planIncidentSession, replanSession } from '../support/session-fixtures';

describe('the live room over socket.io', () => {
  const room = liveRoomTest();
  const open = room.open;
  let kring: TestKring;
  let org: LiveRoomTest['org'];
  beforeAll(() => ({ kring, org } = room));

  async function countEntries(sessionId: string): Promise<number> {
    const [row] = await kring.sql<{ n: number }>(`SELECT count(*)::int AS n FROM session_entry WHERE session_id = $1`, [sessionId]);
    return row.n;
  }

  it('lets only invited people in: a colleague who is not invited is told so, another organisation gets NOT_FOUND', async () => {
    const session = await planIncidentSession(org);
    const ingrid = await open(org.ingrid);
    expect(await ingrid.join(session.id)).toEqual({
      ok: false,
      error: {
        code: 'SESSION_NOT_PARTICIPANT',
        message: 'Je doet niet mee aan deze sessie. Vraag de gespreksleider om je uit te nodigen.',
      },
    });
    // The policy guard runs for the gateway: without a membership of the session's organisation, every handler is
    // refused with NOT_FOUND before the service runs (the service alone would answer SESSION_NOT_PARTICIPANT).
    const outsider = await secondOrganisation(kring);
    const foreign = room.track(await LiveScreen.open(kring.url, { client: outsider.admin, personId: outsider.personId }));
    expect(await foreign.join(session.id)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const sneaky = await foreign.send(session.id, { type: 'startSession' });
    expect(sneaky).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await foreign.join('not-a-session')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const [row] = await kring.sql(`SELECT status, version FROM reflection_session WHERE id = $1`, [session.id]);
    expect(row).toEqual({ status: 'planned', version: '0' });
  });

  it('gives a joiner the full state, and every screen the same events in the same order', async () => {
    const session = await planIncidentSession(org);
    const [sanne, bram, fatima] = [await open(org.sanne), await open(org.bram), await open(org.fatima)];
    for (const screen of [sanne, bram, fatima]) expect((await screen.join(session.id)).ok).toBe(true);
    expect(bram.state).toMatchObject({ status: 'planned', version: 0, title: session.question, phases: expect.any(Array), voteBudget: 3 });
    expect(bram.state.participants.map((p) => [p.displayName, p.role])).toEqual([
      ['Sanne', 'moderator'],
      ['Bram', 'participant'],
      ['Fatima', 'participant'],
    ]);
    await sanne.waitFor(() => sanne.presence.find((p) => p.online.length === 3));

    // Only the moderator starts; a refused command changes nothing.
    expect(await bram.send(session.id, { type: 'startSession' })).toMatchObject({
      ok: false,
      error: { code: 'SESSION_MODERATOR_ONLY', message: 'Alleen de gespreksleider kan dit doen.' },
    });
    const started = await sanne.ok(session.id, { type: 'startSession' });
    expect(started).toEqual({ ok: true, version: 1, replayed: false, createdId: null });

    // Everyone writes at once.
    const writes = [bram, fatima, sanne, bram, fatima, bram].map((screen, i) =>
      screen.ok(session.id, { type: 'contribute', phaseId: 'incident', body: `Waarneming ${i + 1}` }),
    );
    const acks = await Promise.all(writes);
    expect(acks.map((a) => a.version).sort((a, b) => a - b)).toEqual([2, 3, 4, 5, 6, 7]);
    for (const screen of [sanne, bram, fatima]) await screen.reach(7);
    const order = (screen: LiveScreen) => screen.events.map((e) => e.version);
    expect(order(sanne)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(order(bram)).toEqual(order(sanne));
    expect(fatima.events).toEqual(sanne.events);
    expect(shared(bram.state)).toEqual(shared(sanne.state));
    expect(sanne.state.entries).toHaveLength(6);

    // A late joiner gets everything in the snapshot, identical to what the others built from events.
    const late = await open(org.fatima);
    const ack = await late.join(session.id);
    expect(ack.ok && shared(ack.state)).toEqual(shared(sanne.state));
    expect(ack.ok && ack.state.viewer.ownEntryIds).toHaveLength(2);
  });

  it('refuses commands for a phase that is no longer current, of the wrong kind, empty or too long — state unchanged', async () => {
    const session = await planIncidentSession(org);
    const [sanne, bram, fatima] = [await open(org.sanne), await open(org.bram), await open(org.fatima)];
    for (const screen of [sanne, bram, fatima]) await screen.join(session.id);
    expect(await bram.send(session.id, { type: 'contribute', phaseId: 'incident', body: 'Te vroeg' })).toMatchObject({
      ok: false,
      error: { code: 'SESSION_NOT_LIVE' },
    });
    await sanne.ok(session.id, { type: 'startSession' });
    await sanne.ok(session.id, { type: 'goToPhase', phaseId: 'incident', toPhaseId: 'facts' });
    // A double click on "volgende" is refused instead of skipping a phase.
    expect(await sanne.send(session.id, { type: 'goToPhase', phaseId: 'incident', toPhaseId: 'facts' })).toMatchObject({
      ok: false,
      error: { code: 'SESSION_PHASE_MOVED' },
    });
    const before = (await kring.sql(`SELECT version FROM reflection_session WHERE id = $1`, [session.id]))[0];

    const stale = await bram.send(session.id, { type: 'contribute', phaseId: 'incident', body: 'Hij had zijn jas al aan.' });
    expect(stale).toEqual({
      ok: false,
      error: {
        code: 'SESSION_PHASE_MOVED',
        message: 'De sessie is inmiddels in een andere fase; dit is niet verwerkt. Je tekst staat nog klaar als je hem wilt gebruiken.',
      },
    });
    expect(await bram.send(session.id, { type: 'contribute', phaseId: 'facts', body: 'Een advies' })).toMatchObject({
      ok: false,
      // Named as the screen names the phase ("Feitenvragen"), not by its kind.
      error: { code: 'SESSION_ACTION_NOT_IN_PHASE', message: 'Dat kan niet in deze fase (Feitenvragen).' },
    });
    expect(await bram.send(session.id, { type: 'ask', phaseId: 'facts', body: '   ' })).toMatchObject({
      ok: false,
      error: { code: 'SESSION_ENTRY_EMPTY' },
    });
    const tooLong = await fatima.send(session.id, { type: 'ask', phaseId: 'facts', body: 'x'.repeat(LIVE_LIMITS.entryMaxLength + 1) });
    expect(tooLong).toEqual({
      ok: false,
      error: {
        code: 'SESSION_ENTRY_TOO_LONG',
        message: 'A contribution may be at most 2000 characters; this one has 2001. Shorten or split it.',
      },
    });
    expect(await bram.send(session.id, { type: 'timerStart', phaseId: 'facts' })).toMatchObject({
      ok: false,
      error: { code: 'SESSION_MODERATOR_ONLY' },
    });
    expect(await bram.send(session.id, { type: 'endSession' })).toMatchObject({ ok: false, error: { code: 'SESSION_MODERATOR_ONLY' } });
    expect(await bram.send(session.id, { type: 'ask', phaseId: 'facts', body: 'Wie?', forRoom: true })).toMatchObject({
      ok: false,
      error: { code: 'SESSION_MODERATOR_ONLY' },
    });
    expect(await sanne.send(session.id, { type: 'ask', phaseId: 'facts', body: 'Wie?', forRoom: true })).toMatchObject({
      ok: false,
      error: { code: 'SESSION_ONE_SCREEN_ONLY' },
    });
    const garbage = await bram.socket
      .timeout(5000)
      .emitWithAck('session:command', { sessionId: session.id, clientKey: 'k', command: { type: 'dropTables' } });
    expect(garbage).toMatchObject({ ok: false, error: { code: 'SESSION_INVALID_COMMAND' } });

    expect((await kring.sql(`SELECT version FROM reflection_session WHERE id = $1`, [session.id]))[0]).toEqual(before);
    expect(await countEntries(session.id)).toBe(0);
    expect(sanne.state.currentPhaseIndex).toBe(1);
  });

  it('applies a replayed clientKey exactly once and answers with the original result', async () => {
    const session = await planIncidentSession(org);
    const [sanne, bram] = [await open(org.sanne), await open(org.bram)];
    await sanne.join(session.id);
    await bram.join(session.id);
    await sanne.ok(session.id, { type: 'startSession' });
    const key = randomUUID();
    const command = { type: 'contribute', phaseId: 'incident', body: 'Hij stond om drie uur bij de voordeur.', anonymous: true } as const;
    const first = await bram.ok(session.id, command, key);
    const again = await bram.ok(session.id, command, key);
    expect(again).toEqual({ ...first, replayed: true });
    expect(first.createdId).toEqual(expect.any(String));
    await sanne.reach(first.version);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(sanne.events.filter((e) => e.type === 'entryAdded')).toHaveLength(1);
    expect(await countEntries(session.id)).toBe(1);

    // Anonymous to peers: no author in the event; the author is stored for editing only.
    const added = sanne.state.entries[0];
    expect(added).toMatchObject({ anonymous: true, authorId: null, clientKey: key, body: command.body });
    const [stored] = await kring.sql(`SELECT author_id FROM session_entry WHERE id = $1`, [first.createdId]);
    expect(stored.author_id).toBe(org.bram.personId);

    // The same key from another person is another command.
    await sanne.ok(session.id, { ...command, anonymous: false }, key);
    expect(await countEntries(session.id)).toBe(2);
  });

  it('keeps what was typed while the connection dropped: the outbox re-sends after reconnecting and it lands once', async () => {
    const session = await planIncidentSession(org);
    const sanne = await open(org.sanne);
    await sanne.join(session.id);
    await sanne.ok(session.id, { type: 'startSession' });
    const bram = await open(org.bram);
    await bram.join(session.id);
    const key = randomUUID();
    const command = { type: 'contribute', phaseId: 'incident', body: 'Typte dit in de trein' } as const;
    // The message leaves, but the connection drops before any ack can arrive.
    bram.socket.emit('session:command', { sessionId: session.id, clientKey: key, command });
    bram.close();
    await sanne.ok(session.id, { type: 'contribute', phaseId: 'incident', body: 'Intussen verder' });

    const back = await open(org.bram);
    const joined = await back.join(session.id);
    expect(joined.ok).toBe(true);
    const resent = await back.ok(session.id, command, key);
    await sanne.reach(resent.version);
    expect(sanne.state.entries.filter((e) => e.body === command.body)).toHaveLength(1);
    expect(await countEntries(session.id)).toBe(2);
    // The reconnected screen has everything, including what happened while it was away.
    await back.reach(sanne.state.version);
    expect(shared(back.state)).toEqual(shared(sanne.state));
  });

  it('keeps dots within the budget per person per phase, and groups and ready marks for everyone', async () => {
    const session = await planIncidentSession(org);
    const [sanne, bram, fatima] = [await open(org.sanne), await open(org.bram), await open(org.fatima)];
    for (const screen of [sanne, bram, fatima]) await screen.join(session.id);
    await sanne.ok(session.id, { type: 'startSession' });
    await toPhase(sanne, session.id, 'what_would_you_do');
    const a = (await bram.ok(session.id, { type: 'contribute', phaseId: 'what_would_you_do', body: 'Samen naar buiten lopen' })).createdId!;
    const b = (await fatima.ok(session.id, { type: 'contribute', phaseId: 'what_would_you_do', body: 'Vragen waar hij heen wil' }))
      .createdId!;
    expect(await bram.send(session.id, { type: 'vote', phaseId: 'what_would_you_do', entryId: a })).toMatchObject({
      ok: false,
      error: { code: 'SESSION_ACTION_NOT_IN_PHASE' },
    });
    await sanne.ok(session.id, { type: 'goToPhase', phaseId: 'what_would_you_do', toPhaseId: 'compare' });

    await bram.ok(session.id, { type: 'vote', phaseId: 'compare', entryId: a });
    await bram.ok(session.id, { type: 'vote', phaseId: 'compare', entryId: a });
    await bram.ok(session.id, { type: 'vote', phaseId: 'compare', entryId: b });
    const over = await bram.send(session.id, { type: 'vote', phaseId: 'compare', entryId: b });
    expect(over).toEqual({
      ok: false,
      error: { code: 'SESSION_VOTE_BUDGET', message: 'Je hebt al je 3 stippen in deze fase gebruikt. Haal er eerst een weg.' },
    });
    await bram.ok(session.id, { type: 'unvote', phaseId: 'compare', entryId: a });
    await bram.ok(session.id, { type: 'vote', phaseId: 'compare', entryId: b });
    await fatima.ok(session.id, { type: 'vote', phaseId: 'compare', entryId: b });
    expect(await bram.send(session.id, { type: 'vote', phaseId: 'compare', entryId: randomUUID() })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });

    const grouped = await fatima.ok(session.id, { type: 'group', phaseId: 'compare', entryIds: [a, b], label: 'Meebewegen' });
    await bram.ok(session.id, { type: 'renameGroup', phaseId: 'compare', groupId: grouped.createdId!, label: 'Meebewegen met zijn ritme' });
    await bram.ok(session.id, { type: 'markReady', phaseId: 'compare', ready: true });
    const last = await bram.ok(session.id, { type: 'markReady', phaseId: 'compare', ready: true });
    expect(last.replayed).toBe(false);
    for (const screen of [sanne, bram, fatima]) await screen.reach(last.version);

    // "Vergelijken" hides its dots until it closes: each screen has only its own.
    const votes = (screen: LiveScreen, entry: string) =>
      screen.state.votes.filter((v) => v.entryId === entry).reduce((n, v) => n + v.count, 0);
    expect([votes(sanne, a), votes(sanne, b), votes(bram, a), votes(bram, b), votes(fatima, b)]).toEqual([0, 0, 1, 2, 1]);
    expect(sanne.state.groups).toEqual([{ id: grouped.createdId, phaseId: 'compare', label: 'Meebewegen met zijn ritme' }]);
    expect(sanne.state.participants.find((p) => p.displayName === 'Bram')?.ready).toBe(true);
    expect(shared(fatima.state).groups).toEqual(shared(sanne.state).groups);

    // Moving on closes the phase: every screen gets every dot, and ready marks are cleared, also in what a new joiner reads.
    const moved = await sanne.ok(session.id, { type: 'goToPhase', phaseId: 'compare', toPhaseId: 'what_happened' });
    for (const screen of [sanne, bram, fatima]) await screen.reach(moved.version);
    expect([votes(sanne, a), votes(sanne, b)]).toEqual([1, 3]);
    expect(shared(fatima.state)).toEqual(shared(sanne.state));
    expect(shared(bram.state)).toEqual(shared(sanne.state));
    const late = await open(org.bram);
    const ack = await late.join(session.id);
    expect(ack.ok && ack.state.participants.some((p) => p.ready)).toBe(false);
    expect(ack.ok && ack.state.currentPhaseIndex).toBe(5);
    expect(ack.ok && shared(ack.state)).toEqual(shared(sanne.state));
  });

  it('tags entries with values and directions, and lets only the author edit, the author or moderator remove', async () => {
    const session = await planIncidentSession(org, { methodId: 'values_reflection_at_home' });
    const [sanne, bram, fatima] = [await open(org.sanne), await open(org.bram), await open(org.fatima)];
    for (const screen of [sanne, bram, fatima]) await screen.join(session.id);
    await sanne.ok(session.id, { type: 'startSession' });
    await sanne.ok(session.id, { type: 'goToPhase', phaseId: 'situation', toPhaseId: 'tag' });
    const own = (await bram.ok(session.id, { type: 'contribute', phaseId: 'tag', body: 'Iedereen eet om half zes, ook wie later wil.' }))
      .createdId!;
    const other = (await fatima.ok(session.id, { type: 'contribute', phaseId: 'tag', body: 'Mevrouw kiest zelf haar kleren.' })).createdId!;
    const tag = await fatima.ok(session.id, {
      type: 'tag',
      phaseId: 'tag',
      entryId: own,
      itemId: 'feeling_at_home',
      direction: 'under_pressure',
    });
    // The same tag again changes nothing (two people clicking at once).
    const again = await bram.ok(session.id, {
      type: 'tag',
      phaseId: 'tag',
      entryId: own,
      itemId: 'feeling_at_home',
      direction: 'under_pressure',
    });
    expect(again).toEqual({ ok: true, version: tag.version, replayed: false, createdId: null });
    await bram.ok(session.id, { type: 'tag', phaseId: 'tag', entryId: other, itemId: 'being_a_person', direction: 'visible_strength' });
    expect(
      await bram.send(session.id, { type: 'tag', phaseId: 'tag', entryId: other, itemId: 'score', direction: 'visible_strength' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'SESSION_UNKNOWN_TAG' },
    });
    await bram.ok(session.id, { type: 'untag', phaseId: 'tag', tagId: tag.createdId! });

    expect(await fatima.send(session.id, { type: 'editEntry', phaseId: 'tag', entryId: own, body: 'Anders' })).toMatchObject({
      ok: false,
      error: { code: 'SESSION_NOT_OWN_ENTRY', message: 'You can only change your own contributions.' },
    });
    expect(await fatima.send(session.id, { type: 'removeEntry', phaseId: 'tag', entryId: own })).toMatchObject({
      ok: false,
      error: { code: 'SESSION_NOT_OWN_ENTRY' },
    });
    await bram.ok(session.id, { type: 'editEntry', phaseId: 'tag', entryId: own, body: 'Iedereen eet om half zes.' });
    // The moderator may take out anything, e.g. a text that names a resident.
    const removed = await sanne.ok(session.id, { type: 'removeEntry', phaseId: 'tag', entryId: other });
    for (const screen of [sanne, bram, fatima]) await screen.reach(removed.version);
    expect(fatima.state.entries.map((e) => [e.body, e.editedAt !== null])).toEqual([['Iedereen eet om half zes.', true]]);
    expect(fatima.state.tags).toEqual([]);
    expect(await kring.sql(`SELECT count(*)::int AS n FROM session_tag WHERE session_id = $1`, [session.id])).toEqual([{ n: 0 }]);
    expect(shared(bram.state)).toEqual(shared(sanne.state));
  });

  it('tells the room who is connected, on joining, leaving and disconnecting', async () => {
    const session = await planIncidentSession(org);
    const [sanne, bram, fatima] = [await open(org.sanne), await open(org.bram), await open(org.fatima)];
    for (const screen of [sanne, bram, fatima]) await screen.join(session.id);
    const everyone = [org.sanne.personId, org.bram.personId, org.fatima.personId].sort();
    await sanne.waitFor(() => sanne.presence.find((p) => [...p.online].sort().join() === everyone.join()));
    expect(await bram.socket.timeout(5000).emitWithAck('session:leave', { sessionId: session.id })).toEqual({ ok: true });
    await sanne.waitFor(() => sanne.presence.at(-1)?.online.length === 2 && !sanne.presence.at(-1)!.online.includes(org.bram.personId));
    fatima.close();
    await sanne.waitFor(() => sanne.presence.at(-1)?.online.join() === org.sanne.personId);
    // Someone joining later sees who is there.
    const back = await open(org.bram);
    const ack = await back.join(session.id);
    expect(
      ack.ok &&
        ack.state.participants
          .filter((p) => p.online)
          .map((p) => p.displayName)
          .sort(),
    ).toEqual(['Bram', 'Sanne']);
  });

  it('tells the room again who is connected when another API process is heard for the first time', async () => {
    const session = await planIncidentSession(org);
    const sanne = await open(org.sanne);
    await sanne.join(session.id);
    await sanne.waitFor(() => sanne.presence.find((p) => p.online.join() === org.sanne.personId));
    const told = sanne.presence.length;
    // Nobody joins or leaves: a presence asked before a process knew the other may have left that one's screens out.
    const second = await startTestKring({ databaseUrl: kring.databaseUrl });
    try {
      await sanne.waitFor(() => sanne.presence.length > told);
      expect(sanne.presence.at(-1)!.online).toEqual([org.sanne.personId]);
    } finally {
      await second.close();
    }
  });

  it('shows a plan change at once, and takes someone who is no longer invited out of the room', async () => {
    const session = await planIncidentSession(org);
    const [sanne, fatima] = [await open(org.sanne), await open(org.fatima)];
    await sanne.join(session.id);
    await fatima.join(session.id);
    await sanne.ok(session.id, { type: 'startSession' });
    await replanSession(org, session.id, [org.bram.personId], { question: 'Een scherpere vraag', voteBudget: 5 });
    await sanne.waitFor(() => sanne.state.title === 'Een scherpere vraag');
    expect(sanne.state.voteBudget).toBe(5);
    expect(sanne.state.participants.map((p) => p.displayName)).toEqual(['Sanne', 'Bram']);
    const after = await sanne.ok(session.id, { type: 'contribute', phaseId: 'incident', body: 'Alleen voor wie er nog bij is' });
    await sanne.reach(after.version);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(fatima.events.some((e) => e.version === after.version)).toBe(false);
    expect(await fatima.send(session.id, { type: 'contribute', phaseId: 'incident', body: 'Mag ik nog?' })).toMatchObject({
      ok: false,
      error: { code: 'SESSION_NOT_PARTICIPANT' },
    });
    expect(await fatima.join(session.id)).toMatchObject({ ok: false, error: { code: 'SESSION_NOT_PARTICIPANT' } });
  });

  it('keeps the timer on the server: start, pause and extend show the same on every screen', async () => {
    const session = await planIncidentSession(org);
    const [sanne, fatima] = [await open(org.sanne), await open(org.fatima)];
    await sanne.join(session.id);
    await fatima.join(session.id);
    await sanne.ok(session.id, { type: 'startSession' });
    expect(fatima.state.timer).toMatchObject({ phaseId: 'incident', durationSeconds: 300, running: false, remainingSeconds: 300 });
    await sanne.ok(session.id, { type: 'timerStart', phaseId: 'incident' });
    await sanne.ok(session.id, { type: 'timerExtend', phaseId: 'incident', seconds: 120 });
    const paused = await sanne.ok(session.id, { type: 'timerPause', phaseId: 'incident' });
    await fatima.reach(paused.version);
    expect(fatima.state.timer).toEqual(sanne.state.timer);
    expect(fatima.state.timer).toMatchObject({ durationSeconds: 420, running: false, startedAt: null });
    expect(fatima.state.timer.remainingSeconds).toBeGreaterThan(410);
    const [row] = await kring.sql(
      `SELECT timer_duration_seconds, timer_remaining_seconds, timer_started_at FROM reflection_session WHERE id = $1`,
      [session.id],
    );
    expect(row).toEqual({
      timer_duration_seconds: 420,
      timer_remaining_seconds: fatima.state.timer.remainingSeconds,
      timer_started_at: null,
    });
    expect(await sanne.send(session.id, { type: 'timerExtend', phaseId: 'incident', seconds: 120 * 60 })).toMatchObject({
      ok: false,
      error: { code: 'SESSION_TIMER_RANGE' },
    });
  });

  it('lets the moderator run a one-screen session alone, writing and voting for the room', async () => {
    const session = await planIncidentSession(org, { oneScreen: true, participantIds: [] });
    const sanne = await open(org.sanne);
    await sanne.join(session.id);
    await sanne.ok(session.id, { type: 'startSession' });
    const entry = await sanne.ok(session.id, {
      type: 'contribute',
      phaseId: 'incident',
      body: 'Zoals de groep het vertelt',
      forRoom: true,
    });
    await sanne.ok(session.id, { type: 'editEntry', phaseId: 'incident', entryId: entry.createdId!, body: 'Zoals hij het vertelde' });
    await sanne.reach(entry.version + 1);
    expect(sanne.state.entries[0]).toMatchObject({ forRoom: true, anonymous: false, authorId: null, body: 'Zoals hij het vertelde' });
    let answer: string | null = null;
    for (const phase of ['facts', 'decision_moment', 'what_would_you_do', 'compare']) {
      // The ack's version: the screen's own view may already have the event (local sockets get events first).
      const moved = await sanne.ok(session.id, {
        type: 'goToPhase',
        phaseId: sanne.state.phases[sanne.state.currentPhaseIndex].id,
        toPhaseId: phase,
      });
      await sanne.reach(moved.version);
      if (phase !== 'what_would_you_do') continue;
      const written = await sanne.ok(session.id, { type: 'contribute', phaseId: phase, body: 'Meelopen', forRoom: true });
      await sanne.reach(written.version);
      answer = written.createdId;
    }
    // "Vergelijken" works with the answers of "Wat zou jij doen?", not with the told incident.
    expect(await sanne.send(session.id, { type: 'vote', phaseId: 'compare', entryId: entry.createdId!, forRoom: true })).toMatchObject({
      ok: false,
      error: {
        code: 'SESSION_ENTRY_NOT_ON_BOARD',
        message: 'Deze bijdrage hoort bij een andere fase; in "Vergelijken" werk je met de bijdragen op het bord van deze fase.',
      },
    });
    // The room decides out loud: no budget for its dots.
    for (let i = 0; i < 5; i++) await sanne.ok(session.id, { type: 'vote', phaseId: 'compare', entryId: answer!, forRoom: true });
    const ended = await sanne.ok(session.id, { type: 'endSession' });
    await sanne.reach(ended.version);
    expect(sanne.state.votes).toEqual([{ phaseId: 'compare', entryId: answer, voterId: null, count: 5 }]);
    expect(sanne.state.status).toBe('closed');
    expect(await sanne.send(session.id, { type: 'contribute', phaseId: 'compare', body: 'Te laat' })).toMatchObject({
      ok: false,
      error: { code: 'SESSION_NOT_LIVE' },
    });
  });

  it("an unvote in one session never changes another session's votes, even with that session's entry id", async () => {
    // One screen per session (a screen follows one room), both the same moderator.
    const toCompare = async (sessionId: string) => {
      const screen = await open(org.sanne);
      await screen.join(sessionId);
      await screen.ok(sessionId, { type: 'startSession' });
      let entryId = '';
      for (const phase of ['facts', 'decision_moment', 'what_would_you_do', 'compare']) {
        const moved = await screen.ok(sessionId, {
          type: 'goToPhase',
          phaseId: screen.state.phases[screen.state.currentPhaseIndex].id,
          toPhaseId: phase,
        });
        await screen.reach(moved.version);
        if (phase !== 'what_would_you_do') continue;
        const written = await screen.ok(sessionId, { type: 'contribute', phaseId: phase, body: 'Zoals de groep het zegt', forRoom: true });
        await screen.reach(written.version);
        entryId = written.createdId!;
      }
      return { screen, entryId };
    };
    const [mine, other] = [
      await planIncidentSession(org, { oneScreen: true, participantIds: [] }),
      await planIncidentSession(org, { oneScreen: true, participantIds: [] }),
    ];
    const { screen: otherScreen, entryId } = await toCompare(other.id);
    for (let i = 0; i < 2; i++) await otherScreen.ok(other.id, { type: 'vote', phaseId: 'compare', entryId, forRoom: true });
    const { screen: myScreen } = await toCompare(mine.id);
    const answer = await myScreen.send(mine.id, { type: 'unvote', phaseId: 'compare', entryId, forRoom: true });
    expect(answer.ok).toBe(true);
    const votes = await kring.sql(`SELECT session_id, count FROM session_vote WHERE entry_id = $1`, [entryId]);
    expect(votes).toEqual([{ session_id: other.id, count: 2 }]);
  });

  it('serves one session from two API processes on one database: screens on each see each other', async () => {
    const second = await startTestKring({ databaseUrl: kring.databaseUrl });
    try {
      const session = await planIncidentSession(org);
      const sanne = await open(org.sanne, kring.url);
      const bram = await open(org.bram, second.url);
      await sanne.join(session.id);
      await bram.join(session.id);
      await bram.waitFor(() => bram.presence.find((p) => p.online.length === 2));
      await sanne.ok(session.id, { type: 'startSession' });
      const fromSecond = await bram.ok(session.id, { type: 'contribute', phaseId: 'incident', body: 'Via het tweede proces' });
      const fromFirst = await sanne.ok(session.id, { type: 'contribute', phaseId: 'incident', body: 'Via het eerste proces' });
      await bram.reach(fromFirst.version);
      await sanne.reach(fromSecond.version);
      expect(shared(bram.state)).toEqual(shared(sanne.state));
      expect(sanne.state.entries.map((e) => e.body).sort()).toEqual(['Via het eerste proces', 'Via het tweede proces']);
      // A screen that joins on the second process gets the same full state.
      const fatima = await open(org.fatima, second.url);
      const ack = await fatima.join(session.id);
      expect(ack.ok && shared(ack.state)).toEqual(shared(sanne.state));
    } finally {
      room.closeScreens();
      await second.close();
    }
  });
});
