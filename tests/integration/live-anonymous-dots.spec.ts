import { SHIPPED_METHODS } from '@kring/domain';
import { dots, liveRoomTest, LiveRoomTest, sharedRoom as shared, toPhase } from '../support/live-room-test';
import { LiveScreen, planIncidentSession } from '../support/session-fixtures';

const DILEMMA = SHIPPED_METHODS.find((m) => m.id === 'dilemma_method')!;
const OWN_WEIGHING = DILEMMA.phases.findIndex((p) => p.id === 'own_weighing');

/**
 * "Anoniem voor collega's": nobody in the session sees that a card is yours, the moderator neither. Dots must not
 * tell it either. In the dilemma method's "Eigen afweging" everyone writes alone first (private until the reveal)
 * and its dots stay hidden until the phase closes, so a dot on an anonymous card placed there can only be its
 * author's: the other screens may learn how many dots the card has, never whose they are, not from the events
 * (a dot, the reveal, the close) and not from a snapshot (a late joiner), before or after the reveal and the close.
 */
describe('dots on an anonymous card never tell who placed them', () => {
  const room = liveRoomTest();
  let org: LiveRoomTest['org'];
  beforeAll(() => ({ org } = room));

  /** A dilemma session in "Eigen afweging" with Sanne (moderator), Bram and Fatima; Fatima wrote an anonymous option there. */
  async function anonymousOption(patch?: (sessionId: string) => Promise<void>) {
    const session = await planIncidentSession(org, { methodId: 'dilemma_method', question: 'Mag de deur van De Hoeve op slot?' });
    await patch?.(session.id);
    const screens = [await room.open(org.sanne), await room.open(org.bram), await room.open(org.fatima)];
    const [sanne, bram, fatima] = screens;
    for (const screen of screens) expect((await screen.join(session.id)).ok).toBe(true);
    await sanne.ok(session.id, { type: 'startSession' });
    await toPhase(sanne, session.id, 'own_weighing', [bram, fatima]);
    const written = await fatima.ok(session.id, {
      type: 'contribute',
      phaseId: 'own_weighing',
      entryKind: 'option',
      body: 'De deur ’s nachts op slot, overdag open',
      anonymous: true,
    });
    return { sessionId: session.id as string, screens, sanne, bram, fatima, card: written.createdId! };
  }

  /** What the moderator's and Bram's screens (and a fresh screen of each) may never hold: Fatima's id, anywhere in what they received. */
  async function expectNoTrace(sessionId: string, sanne: LiveScreen, bram: LiveScreen) {
    const fatimaId = org.fatima.personId;
    for (const [screen, member] of [
      [sanne, org.sanne],
      [bram, org.bram],
    ] as const) {
      expect(JSON.stringify(screen.events)).not.toContain(fatimaId);
      expect(screen.state.votes.filter((v) => v.voterId === fatimaId)).toEqual([]);
      const fresh = await room.open(member);
      const joined = await fresh.join(sessionId);
      if (!joined.ok) throw new Error('join refused');
      expect(JSON.stringify(joined.state.votes)).not.toContain(fatimaId);
      // What the events built is what a fresh snapshot for the same person holds.
      expect(shared(joined.state)).toEqual(shared(screen.state));
      fresh.close();
    }
  }

  it('in a phase that hides its dots: not while hidden, not at the reveal, not when the phase closes, not afterwards', async () => {
    const { sessionId, screens, sanne, bram, fatima, card } = await anonymousOption();
    const own = await fatima.ok(sessionId, { type: 'vote', phaseId: 'own_weighing', entryId: card });
    for (const screen of screens) await screen.reach(own.version);
    expect(dots(fatima.state, 'own_weighing', card)).toBe(1);
    expect([dots(sanne.state, 'own_weighing', card), dots(bram.state, 'own_weighing', card)]).toEqual([0, 0]);
    await expectNoTrace(sessionId, sanne, bram);

    const revealed = await sanne.ok(sessionId, { type: 'reveal', phaseId: 'own_weighing' });
    for (const screen of screens) await screen.reach(revealed.version);
    expect(bram.state.entries.find((e) => e.id === card)).toMatchObject({ anonymous: true, authorId: null });
    await expectNoTrace(sessionId, sanne, bram);

    // Moving on closes the phase: the card's dot is counted on every screen, by nobody's name.
    const closed = await sanne.ok(sessionId, { type: 'goToPhase', phaseId: 'own_weighing', toPhaseId: 'dialogue' });
    for (const screen of screens) await screen.reach(closed.version);
    for (const screen of screens) expect(dots(screen.state, 'own_weighing', card)).toBe(1);
    await expectNoTrace(sessionId, sanne, bram);

    // "Dialoog" works with the weighings and shows its dots at once: counted, still by nobody's name.
    const again = await fatima.ok(sessionId, { type: 'vote', phaseId: 'dialogue', entryId: card });
    const bramsDot = await bram.ok(sessionId, { type: 'vote', phaseId: 'dialogue', entryId: card });
    for (const screen of screens) await screen.reach(bramsDot.version);
    // The others hear of Fatima's dot as the card's count, Bram of his own by name.
    for (const screen of [sanne, bram]) expect(screen.events.find((e) => e.version === again.version)?.type).toBe('voteCountChanged');
    expect(bram.events.find((e) => e.version === bramsDot.version)).toMatchObject({ type: 'voteChanged', voterId: org.bram.personId });
    for (const screen of screens) expect(dots(screen.state, 'dialogue', card)).toBe(2);
    await expectNoTrace(sessionId, sanne, bram);
    // The other way round too: Fatima's screen counts Bram's dot on her card without his name; her own stay hers.
    expect(fatima.state.votes.filter((v) => v.entryId === card && v.voterId === org.bram.personId)).toEqual([]);
    expect(fatima.state.votes.filter((v) => v.entryId === card && v.voterId === org.fatima.personId).map((v) => v.count)).toEqual([1, 1]);
    expect(bram.state.votes.filter((v) => v.entryId === card && v.voterId === org.bram.personId).map((v) => v.count)).toEqual([1]);

    // Taking the dot back is counted the same way.
    const back = await fatima.ok(sessionId, { type: 'unvote', phaseId: 'dialogue', entryId: card });
    for (const screen of screens) await screen.reach(back.version);
    for (const screen of screens) expect(dots(screen.state, 'dialogue', card)).toBe(1);
    await expectNoTrace(sessionId, sanne, bram);

    const ended = await sanne.ok(sessionId, { type: 'endSession' });
    for (const screen of screens) await screen.reach(ended.version);
    await expectNoTrace(sessionId, sanne, bram);
  });

  it('in a private phase that shows its dots at once: nothing about a card the others cannot see, only counts after the reveal', async () => {
    // A method of the organisation's own could say so: everyone weighs alone first, the dots are not hidden.
    const { sessionId, screens, sanne, bram, fatima, card } = await anonymousOption(async (id) => {
      await room.kring.sql(
        `UPDATE reflection_session SET method_snapshot = jsonb_set(method_snapshot, ARRAY['phases', $2, 'behaviour', 'votesHiddenUntilClose'], 'false')
         WHERE id = $1`,
        [id, String(OWN_WEIGHING)],
      );
    });
    expect(sanne.state.phases[OWN_WEIGHING].behaviour).toMatchObject({ privateUntilReveal: true, votesHiddenUntilClose: false });
    const own = await fatima.ok(sessionId, { type: 'vote', phaseId: 'own_weighing', entryId: card });
    for (const screen of screens) await screen.reach(own.version);
    // The others cannot see the card yet, so they learn nothing of its dot: only that the version moved on.
    for (const screen of [sanne, bram])
      expect(screen.events.filter((e) => e.version === own.version).map((e) => e.type)).toEqual(['unseenChange']);
    expect([
      dots(sanne.state, 'own_weighing', card),
      dots(bram.state, 'own_weighing', card),
      dots(fatima.state, 'own_weighing', card),
    ]).toEqual([0, 0, 1]);
    await expectNoTrace(sessionId, sanne, bram);

    const revealed = await sanne.ok(sessionId, { type: 'reveal', phaseId: 'own_weighing' });
    for (const screen of screens) await screen.reach(revealed.version);
    for (const screen of screens) expect(dots(screen.state, 'own_weighing', card)).toBe(1);
    await expectNoTrace(sessionId, sanne, bram);

    const bramsDot = await bram.ok(sessionId, { type: 'vote', phaseId: 'own_weighing', entryId: card });
    for (const screen of screens) await screen.reach(bramsDot.version);
    for (const screen of screens) expect(dots(screen.state, 'own_weighing', card)).toBe(2);
    await expectNoTrace(sessionId, sanne, bram);

    const closed = await sanne.ok(sessionId, { type: 'goToPhase', phaseId: 'own_weighing', toPhaseId: 'dialogue' });
    for (const screen of screens) await screen.reach(closed.version);
    for (const screen of screens) expect(dots(screen.state, 'own_weighing', card)).toBe(2);
    await expectNoTrace(sessionId, sanne, bram);
  });
});
