import {
  entryOnBoard,
  errorMessage,
  harvestDraftTarget,
  LiveSessionState,
  Method,
  MethodPhase,
  phaseActions,
  phaseBehaviour,
  SHIPPED_METHODS,
} from '@kring/domain';
import { dots, liveRoomTest, LiveRoomTest, sharedRoom as shared } from '../support/live-room-test';
import { LiveScreen, planIncidentSession } from '../support/session-fixtures';

const DRAFTS = `query S($id: ID!) { session(sessionId: $id) { harvest { drafts { target body phaseTitle { nl } } } } }`;

const bodiesIn = (state: LiveSessionState, phaseId: string) =>
  state.entries
    .filter((e) => e.phaseId === phaseId)
    .map((e) => e.body)
    .sort();

/**
 * Issue #11 is done when a moderator runs each shipped method with colleagues and the room follows the
 * method's own guidance. Generated from the catalogue (a new shipped method is walked automatically): per
 * method, Sanne plans and starts a session, Bram and Fatima join on their phones, and Sanne walks every
 * phase in order. Each phase is checked against what it declares (phase behaviour and the actions of its
 * kind), on the state each screen builds from its snapshot and events — the state the screens show.
 */
describe('every shipped method runs in the live room as its phases declare', () => {
  const room = liveRoomTest();
  let org: LiveRoomTest['org'];
  beforeAll(() => ({ org } = room));

  it.each(SHIPPED_METHODS.map((method) => [method.id, method] as const))('%s', async (_id, method: Method) => {
    const session = await planIncidentSession(org, { methodId: method.id, question: `Een avond met ${method.name.nl}` });
    expect(session.method.phases.map((p) => p.id)).toEqual(method.phases.map((p) => p.id));
    const [sanne, bram, fatima] = [await room.open(org.sanne), await room.open(org.bram), await room.open(org.fatima)];
    const screens = [sanne, bram, fatima];
    for (const screen of screens) expect((await screen.join(session.id)).ok).toBe(true);
    const started = await sanne.ok(session.id, { type: 'startSession' });
    await reachAll(screens, started.version);
    const phases = sanne.state.phases;

    for (const [index, phase] of phases.entries()) {
      expect(sanne.state.phases[sanne.state.currentPhaseIndex].id).toBe(phase.id);
      const behaviour = phaseBehaviour(phases, index);
      const actions = phaseActions(phases, index);
      const written = await writeIn(session.id, phase, actions, bram, fatima, screens);

      if (behaviour.privateUntilReveal) {
        // "Iedereen schrijft eerst zelf": each sees only their own entry, the moderator neither, until she reveals.
        expect([bodiesIn(sanne.state, phase.id), bodiesIn(bram.state, phase.id), bodiesIn(fatima.state, phase.id)]).toEqual([
          [],
          [written[0]],
          [written[1]],
        ]);
        expect(JSON.stringify(fatima.events)).not.toContain(written[0]);
        const revealed = await sanne.ok(session.id, { type: 'reveal', phaseId: phase.id });
        await reachAll(screens, revealed.version);
      }
      // Open phases (and private ones once revealed) show every entry to everyone.
      for (const screen of screens) expect(bodiesIn(screen.state, phase.id)).toEqual([...written].sort());

      const onBoard = sanne.state.entries.filter((e) => entryOnBoard(phases, index, e));
      await tagIn(session.id, phase, actions, onBoard[0]?.id, fatima, screens);
      const voted = await voteIn(session.id, phase, actions, behaviour.votesHiddenUntilClose, onBoard[0]?.id, bram, fatima, screens);

      // Moving on closes the phase: the last phase closes with the session.
      const moved =
        index + 1 < phases.length
          ? await sanne.ok(session.id, { type: 'goToPhase', phaseId: phase.id, toPhaseId: phases[index + 1].id })
          : await sanne.ok(session.id, { type: 'endSession' });
      await reachAll(screens, moved.version);
      for (const screen of screens) expect(screen.state.closedPhaseIds).toContain(phase.id);
      // Hidden dots appear to everyone when the phase closes.
      if (voted) for (const screen of screens) expect(dots(screen.state, phase.id, voted)).toBe(2);

      // Phases with a harvest flow leave their entries as drafts of the declared target for the moderator.
      const target = harvestDraftTarget(behaviour.harvestFlow);
      const drafts = (await org.sanne.client.ok(DRAFTS, { id: session.id })).session.harvest!.drafts as {
        target: string;
        body: string;
        phaseTitle: { nl: string };
      }[];
      const fromPhase = drafts.filter((d) => d.phaseTitle.nl === phase.title.nl);
      const expected = target ? written.filter((body) => !body.startsWith('Vraag')).map((body) => ({ target, body })) : [];
      expect(fromPhase.map(({ target, body }) => ({ target, body })).sort((a, b) => a.body.localeCompare(b.body))).toEqual(
        expected.sort((a, b) => a.body.localeCompare(b.body)),
      );
    }

    expect(sanne.state.status).toBe('closed');
    expect(sanne.state.closedPhaseIds).toEqual(phases.map((p) => p.id));
    for (const screen of [bram, fatima]) expect(shared(screen.state)).toEqual(shared(sanne.state));
    const late = await room.open(org.bram);
    const snapshot = await late.join(session.id);
    expect(snapshot.ok && shared(snapshot.state)).toEqual(shared(sanne.state));
  });
});

async function reachAll(screens: LiveScreen[], version: number): Promise<void> {
  for (const screen of screens) await screen.reach(version);
}

/**
 * Bram and Fatima each write one entry where the phase takes them (a contribution, or a question in a
 * question round). Where it takes no contributions, one is refused with the phase named as the screen names it.
 */
async function writeIn(
  sessionId: string,
  phase: MethodPhase,
  actions: readonly string[],
  bram: LiveScreen,
  fatima: LiveScreen,
  screens: LiveScreen[],
): Promise<string[]> {
  if (!actions.includes('contribute')) {
    const refused = await bram.send(sessionId, { type: 'contribute', phaseId: phase.id, body: 'Een bijdrage' });
    expect(refused).toEqual({
      ok: false,
      error: { code: 'SESSION_ACTION_NOT_IN_PHASE', message: errorMessage('SESSION_ACTION_NOT_IN_PHASE', 'nl', { phase: phase.title.nl }) },
    });
  }
  const type = actions.includes('contribute') ? 'contribute' : actions.includes('ask') ? 'ask' : null;
  if (!type) return [];
  const word = type === 'ask' ? 'Vraag' : 'Bijdrage';
  const written = [`${word} A bij ${phase.id}`, `${word} B bij ${phase.id}`];
  await bram.ok(sessionId, { type, phaseId: phase.id, body: written[0] });
  const last = await fatima.ok(sessionId, { type, phaseId: phase.id, body: written[1] });
  await reachAll(screens, last.version);
  return written;
}

/** A value tag is accepted (and seen by all) where the phase offers tagging, and refused with a reason elsewhere. */
async function tagIn(
  sessionId: string,
  phase: MethodPhase,
  actions: readonly string[],
  entryId: string | undefined,
  fatima: LiveScreen,
  screens: LiveScreen[],
): Promise<void> {
  const tag = { type: 'tag', phaseId: phase.id, itemId: 'being_a_person', direction: 'visible_strength' } as const;
  if (actions.includes('tag')) {
    expect(entryId).toBeDefined();
    const tagged = await fatima.ok(sessionId, { ...tag, entryId: entryId! });
    await reachAll(screens, tagged.version);
    for (const screen of screens)
      expect(screen.state.tags.filter((t) => t.phaseId === phase.id)).toEqual([
        { id: tagged.createdId, phaseId: phase.id, entryId, itemId: 'being_a_person', direction: 'visible_strength' },
      ]);
  } else {
    // Fatima reads English: the reason comes in her language, naming the phase as her screen does.
    const anyEntry = fatima.state.entries[0]?.id ?? 'no-entry-yet';
    expect(await fatima.send(sessionId, { ...tag, entryId: anyEntry })).toEqual({
      ok: false,
      error: { code: 'SESSION_ACTION_NOT_IN_PHASE', message: errorMessage('SESSION_ACTION_NOT_IN_PHASE', 'en', { phase: phase.title.en }) },
    });
    for (const screen of screens) expect(screen.state.tags.filter((t) => t.phaseId === phase.id)).toEqual([]);
  }
}

/**
 * Where the phase takes dots, Bram and Fatima each place one on the same entry. Hidden votes: each sees only
 * their own dot and the moderator none until the phase closes; open votes: everyone sees both at once.
 * Returns the entry voted on when the totals are still to appear at close.
 */
async function voteIn(
  sessionId: string,
  phase: MethodPhase,
  actions: readonly string[],
  hidden: boolean,
  entryId: string | undefined,
  bram: LiveScreen,
  fatima: LiveScreen,
  screens: LiveScreen[],
): Promise<string | null> {
  if (!actions.includes('vote')) return null;
  expect(entryId).toBeDefined();
  await bram.ok(sessionId, { type: 'vote', phaseId: phase.id, entryId: entryId! });
  const last = await fatima.ok(sessionId, { type: 'vote', phaseId: phase.id, entryId: entryId! });
  await reachAll(screens, last.version);
  const [sanne] = screens;
  const seen = screens.map((screen) => dots(screen.state, phase.id, entryId!));
  if (!hidden) {
    expect(seen).toEqual([2, 2, 2]);
    return null;
  }
  expect(seen).toEqual([0, 1, 1]);
  expect(sanne.state.votes.filter((v) => v.phaseId === phase.id)).toEqual([]);
  expect(bram.state.votes.filter((v) => v.phaseId === phase.id).map((v) => v.voterId)).toEqual([bram.state.viewer.personId]);
  return entryId!;
}
