import { TYPING_TIMING } from '@kring/domain';
import { liveRoomTest, LiveRoomTest, toPhase } from '../support/live-room-test';
import { planIncidentSession } from '../support/session-fixtures';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Long enough for anything the server passed on to have arrived on the same machine. */
const SETTLE_MS = 300;

/**
 * "Fatima typt…" (libs/domain/src/live-session/typing.ts): presence between
 * real sockets. Passed on to the others, never to the typist's own screens,
 * never stored; checked like every socket event; a name only where the
 * writing will carry one.
 */
describe('typing in the live room', () => {
  const room = liveRoomTest();
  const open = (member: LiveRoomTest['org']['sanne']) => room.open(member);
  let org: LiveRoomTest['org'];
  beforeAll(() => ({ org } = room));

  it('tells the others who is typing, once per few seconds, and stores nothing', async () => {
    const session = await planIncidentSession(org);
    const [sanne, bram, fatima, bramPhone] = [await open(org.sanne), await open(org.bram), await open(org.fatima), await open(org.bram)];
    for (const screen of [sanne, bram, fatima, bramPhone]) await screen.join(session.id);

    // Before the session starts nobody writes.
    expect(await bram.typingIn(session.id, 'incident')).toMatchObject({ ok: false, error: { code: 'SESSION_NOT_LIVE' } });
    const started = await sanne.ok(session.id, { type: 'startSession' });
    for (const screen of [sanne, bram, fatima, bramPhone]) await screen.reach(started.version);

    expect(await bram.typingIn(session.id, 'incident')).toEqual({ ok: true, relayed: true });
    const typing = { sessionId: session.id, phaseId: 'incident', personId: org.bram.personId };
    await sanne.waitFor(() => sanne.typing.length === 1);
    await fatima.waitFor(() => fatima.typing.length === 1);
    expect([sanne.typing, fatima.typing]).toEqual([[typing], [typing]]);

    // Typing on: within the few seconds nothing more goes out, from either of Bram's screens.
    expect(await bram.typingIn(session.id, 'incident')).toEqual({ ok: true, relayed: false });
    expect(await bramPhone.typingIn(session.id, 'incident')).toEqual({ ok: true, relayed: false });
    await pause(SETTLE_MS);
    expect([sanne.typing.length, fatima.typing.length]).toEqual([1, 1]);
    // Not to his own screens: they know.
    expect([bram.typing, bramPhone.typing]).toEqual([[], []]);

    // Presence, not a command: the room's version did not move, and a screen joining now reads nothing of it.
    const late = await open(org.fatima);
    const snapshot = await late.join(session.id);
    expect(snapshot.ok && snapshot.state.version).toBe(started.version);
    expect(sanne.state.version).toBe(started.version);

    // Fatima's screen (in English) is told in the same way; after the pause Bram's next word goes out again.
    expect(await fatima.typingIn(session.id, 'incident')).toEqual({ ok: true, relayed: true });
    await bram.waitFor(() => bram.typing.length === 1);
    expect(bram.typing).toEqual([{ sessionId: session.id, phaseId: 'incident', personId: org.fatima.personId }]);
    await pause(TYPING_TIMING.sendEveryMs);
    expect(await bramPhone.typingIn(session.id, 'incident')).toEqual({ ok: true, relayed: true });
    // Sanne heard Bram, Fatima, and Bram again.
    await sanne.waitFor(() => sanne.typing.length === 3);
    expect(sanne.typing.map((t) => t.personId)).toEqual([org.bram.personId, org.fatima.personId, org.bram.personId]);
  });

  it('says only "someone" where the writing is anonymous or written alone first', async () => {
    const session = await planIncidentSession(org);
    const [sanne, bram, fatima] = [await open(org.sanne), await open(org.bram), await open(org.fatima)];
    for (const screen of [sanne, bram, fatima]) await screen.join(session.id);
    await sanne.ok(session.id, { type: 'startSession' });

    // Anonymous writing in an open phase.
    expect(await fatima.typingIn(session.id, 'incident', true)).toEqual({ ok: true, relayed: true });
    await bram.waitFor(() => bram.typing.length === 1);
    expect(bram.typing[0]).toEqual({ sessionId: session.id, phaseId: 'incident', personId: null });

    // "Wat zou jij doen?": everyone writes alone first, so the moderator learns that someone is still busy, not who.
    await toPhase(sanne, session.id, 'what_would_you_do', [bram, fatima]);
    expect(await bram.typingIn(session.id, 'what_would_you_do')).toEqual({ ok: true, relayed: true });
    await sanne.waitFor(() => sanne.typing.length === 2);
    await fatima.waitFor(() => fatima.typing.length === 1);
    expect([sanne.typing[1], fatima.typing[0]]).toEqual([
      { sessionId: session.id, phaseId: 'what_would_you_do', personId: null },
      { sessionId: session.id, phaseId: 'what_would_you_do', personId: null },
    ]);
    expect(JSON.stringify([sanne.typing, fatima.typing])).not.toContain(org.bram.personId);
  });

  it('is checked like every socket event: invited, the current phase, a phase where people write', async () => {
    const session = await planIncidentSession(org);
    const [sanne, bram] = [await open(org.sanne), await open(org.bram)];
    for (const screen of [sanne, bram]) await screen.join(session.id);
    await sanne.ok(session.id, { type: 'startSession' });

    // Ingrid manages the organisation but was not invited: she cannot join, so she cannot type into the room either.
    const ingrid = await open(org.ingrid);
    expect(await ingrid.join(session.id)).toMatchObject({ ok: false, error: { code: 'SESSION_NOT_PARTICIPANT' } });
    expect(await ingrid.typingIn(session.id, 'incident')).toMatchObject({ ok: false, error: { code: 'SESSION_NOT_PARTICIPANT' } });
    // Not a request at all.
    expect(await bram.socket.timeout(10_000).emitWithAck('session:typing', { sessionId: session.id })).toMatchObject({
      ok: false,
      error: { code: 'SESSION_INVALID_COMMAND' },
    });
    // A screen a phase behind.
    expect(await bram.typingIn(session.id, 'facts')).toMatchObject({ ok: false, error: { code: 'SESSION_PHASE_MOVED' } });

    // "Vergelijken" groups and votes; nobody writes there.
    await toPhase(sanne, session.id, 'compare', [bram]);
    expect(await bram.typingIn(session.id, 'compare')).toMatchObject({
      ok: false,
      error: { code: 'SESSION_ACTION_NOT_IN_PHASE', message: 'Dat kan niet in deze fase (Vergelijken).' },
    });
    await pause(SETTLE_MS);
    expect(sanne.typing).toEqual([]);
  });
});
