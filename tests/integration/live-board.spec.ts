import { LiveSessionState } from '@kring/domain';
import { liveRoomTest, LiveRoomTest, sharedRoom as shared, toPhase } from '../support/live-room-test';
import { LiveScreen, planIncidentSession, teamCase } from '../support/session-fixtures';

const bodies = (screen: LiveScreen) => screen.state.entries.map((e) => e.body).sort();
const dots = (state: LiveSessionState, entryId: string) =>
  state.votes.filter((v) => v.entryId === entryId).reduce((n, v) => n + v.count, 0);

/**
 * The incidentmethode as its guidance says (phase behaviour in the method data):
 * "Wat zou jij doen?" is written alone first and revealed by the moderator at
 * once; "Vergelijken" hides its dots until the phase closes. The server filters
 * what each screen receives, snapshot and events alike.
 */
describe('the live room keeps what a phase keeps to itself', () => {
  const room = liveRoomTest();
  const open = (member: LiveRoomTest['org']['sanne']) => room.open(member);
  let org: LiveRoomTest['org'];
  beforeAll(() => ({ org } = room));

  it('shows private writing only to its author until the moderator reveals it, then to everyone at once', async () => {
    const session = await planIncidentSession(org);
    const [sanne, bram, fatima] = [await open(org.sanne), await open(org.bram), await open(org.fatima)];
    for (const screen of [sanne, bram, fatima]) await screen.join(session.id);
    await sanne.ok(session.id, { type: 'startSession' });
    await toPhase(sanne, session.id, 'what_would_you_do', [bram, fatima]);

    const a = await bram.ok(session.id, { type: 'contribute', phaseId: 'what_would_you_do', body: 'Samen naar buiten lopen' });
    const b = await fatima.ok(session.id, {
      type: 'contribute',
      phaseId: 'what_would_you_do',
      body: 'Vragen waar hij heen wil',
      anonymous: true,
    });
    for (const screen of [sanne, bram, fatima]) await screen.reach(b.version);
    expect([bodies(sanne), bodies(bram), bodies(fatima)]).toEqual([[], ['Samen naar buiten lopen'], ['Vragen waar hij heen wil']]);
    // The others' screens only learned that the version moved on.
    expect(sanne.events.filter((e) => e.version === a.version).map((e) => e.type)).toEqual(['unseenChange']);
    expect(JSON.stringify(fatima.events)).not.toContain('Samen naar buiten');

    // A screen joining now reads the same: its own writing only.
    const bramAgain = await open(org.bram);
    const joined = await bramAgain.join(session.id);
    expect(joined.ok && joined.state.entries.map((e) => e.body)).toEqual(['Samen naar buiten lopen']);
    // Someone else's private entry is as unknown as a missing one, also to the moderator.
    expect(await sanne.send(session.id, { type: 'removeEntry', phaseId: 'what_would_you_do', entryId: a.createdId! })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(
      await fatima.send(session.id, { type: 'editEntry', phaseId: 'what_would_you_do', entryId: a.createdId!, body: 'x' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    // Only the moderator reveals.
    expect(await bram.send(session.id, { type: 'reveal', phaseId: 'what_would_you_do' })).toMatchObject({
      ok: false,
      error: { code: 'SESSION_MODERATOR_ONLY' },
    });

    const revealed = await sanne.ok(session.id, { type: 'reveal', phaseId: 'what_would_you_do' });
    for (const screen of [sanne, bram, fatima, bramAgain]) await screen.reach(revealed.version);
    for (const screen of [sanne, bram, fatima, bramAgain])
      expect(bodies(screen)).toEqual(['Samen naar buiten lopen', 'Vragen waar hij heen wil']);
    // Anonymous stays anonymous when revealed.
    expect(sanne.state.entries.find((e) => e.body === 'Vragen waar hij heen wil')).toMatchObject({ anonymous: true, authorId: null });
    expect(shared(fatima.state)).toEqual(shared(sanne.state));
    // Revealing twice changes nothing; writing after the reveal is seen by all at once.
    expect((await sanne.ok(session.id, { type: 'reveal', phaseId: 'what_would_you_do' })).version).toBe(revealed.version);
    const late = await fatima.ok(session.id, { type: 'contribute', phaseId: 'what_would_you_do', body: 'Zijn dochter bellen' });
    await sanne.reach(late.version);
    expect(bodies(sanne)).toContain('Zijn dochter bellen');
    const fresh = await open(org.sanne);
    const snapshot = await fresh.join(session.id);
    expect(snapshot.ok && shared(snapshot.state)).toEqual(shared(sanne.state));
  });

  it('reveals what was still private when the moderator moves on without revealing', async () => {
    const session = await planIncidentSession(org);
    const [sanne, bram] = [await open(org.sanne), await open(org.bram)];
    for (const screen of [sanne, bram]) await screen.join(session.id);
    await sanne.ok(session.id, { type: 'startSession' });
    await toPhase(sanne, session.id, 'what_would_you_do', [bram]);
    await bram.ok(session.id, { type: 'contribute', phaseId: 'what_would_you_do', body: 'Even met hem meelopen' });
    await toPhase(sanne, session.id, 'compare', [bram]);
    expect(bodies(sanne)).toEqual(['Even met hem meelopen']);
    expect(sanne.state.revealedPhaseIds).toContain('what_would_you_do');
    expect(shared(bram.state)).toEqual(shared(sanne.state));
  });

  it('hides dots and voters while "Vergelijken" runs, and shows every dot to everyone when it closes', async () => {
    const session = await planIncidentSession(org);
    const [sanne, bram, fatima] = [await open(org.sanne), await open(org.bram), await open(org.fatima)];
    for (const screen of [sanne, bram, fatima]) await screen.join(session.id);
    await sanne.ok(session.id, { type: 'startSession' });
    const story = await sanne.ok(session.id, { type: 'contribute', phaseId: 'incident', body: 'Om tien uur stond hij bij de deur' });
    await toPhase(sanne, session.id, 'what_would_you_do', [bram, fatima]);
    const a = (await bram.ok(session.id, { type: 'contribute', phaseId: 'what_would_you_do', body: 'Meelopen' })).createdId!;
    const b = (await fatima.ok(session.id, { type: 'contribute', phaseId: 'what_would_you_do', body: 'Vragen' })).createdId!;
    await toPhase(sanne, session.id, 'compare', [bram, fatima]);

    await bram.ok(session.id, { type: 'vote', phaseId: 'compare', entryId: a });
    await bram.ok(session.id, { type: 'vote', phaseId: 'compare', entryId: a });
    const last = await fatima.ok(session.id, { type: 'vote', phaseId: 'compare', entryId: a });
    // The told incident is not on this phase's board: not votable here.
    expect(await fatima.send(session.id, { type: 'vote', phaseId: 'compare', entryId: story.createdId! })).toMatchObject({
      ok: false,
      error: { code: 'SESSION_ENTRY_NOT_ON_BOARD' },
    });
    // Values can be tagged here ("welke waarden zitten erachter?"), and everyone sees the tag.
    const tag = await fatima.ok(session.id, {
      type: 'tag',
      phaseId: 'compare',
      entryId: b,
      itemId: 'being_a_person',
      direction: 'visible_strength',
    });
    for (const screen of [sanne, bram, fatima]) await screen.reach(tag.version);
    expect([dots(sanne.state, a), dots(bram.state, a), dots(fatima.state, a)]).toEqual([0, 2, 1]);
    expect(sanne.state.votes).toEqual([]);
    expect(bram.state.tags.map((t) => t.itemId)).toEqual(['being_a_person']);
    expect(sanne.events.filter((e) => e.version === last.version).map((e) => e.type)).toEqual(['unseenChange']);
    const joinedLate = await open(org.fatima);
    const snapshot = await joinedLate.join(session.id);
    expect(snapshot.ok && snapshot.state.votes).toEqual([{ phaseId: 'compare', entryId: a, voterId: org.fatima.personId, count: 1 }]);

    await toPhase(sanne, session.id, 'what_happened', [bram, fatima, joinedLate]);
    for (const screen of [sanne, bram, fatima, joinedLate]) expect(dots(screen.state, a)).toBe(3);
    expect(sanne.state.closedPhaseIds).toEqual(['incident', 'facts', 'decision_moment', 'what_would_you_do', 'compare']);
    expect(shared(bram.state)).toEqual(shared(sanne.state));
    expect(shared(joinedLate.state)).toEqual(shared(sanne.state));
  });

  it('links the session to its case only on the screens of people who may open the case', async () => {
    // Bram's case, shared with the team (consent first), then taken back to himself while the session is planned.
    const caseId = await teamCase(org, org.bram, 'Dwalen in de gang', 'Hij liep ’s nachts de gang op en neer.', {
      displayPseudonym: 'Meneer D.',
      acknowledgeWarnings: true,
    });
    await org.bram.client.ok(
      `mutation K($id: ID!) { recordCaseConsent(input: { caseId: $id, scope: discuss_in_team, givenBy: legal_representative, form: standard, givenOn: "2026-01-10" }) { id } }`,
      { id: caseId },
    );
    await org.bram.client.ok(`mutation V($id: ID!) { setCaseVisibility(input: { caseId: $id, visibility: team }) { id } }`, { id: caseId });
    const session = await planIncidentSession(org, { caseId });
    const caseOn = async (member: typeof org.sanne) => {
      const joined = await (await open(member)).join(session.id);
      return joined.ok ? joined.state.caseRef : joined;
    };
    expect(await caseOn(org.fatima)).toEqual({ id: caseId, pseudonym: 'Meneer D.', viewerCanRead: true });

    await org.bram.client.ok(`mutation V($id: ID!) { setCaseVisibility(input: { caseId: $id, visibility: private }) { id } }`, {
      id: caseId,
    });
    // The room still names the case, by its pseudonym; the link is only for whoever the case rule lets in.
    expect(await caseOn(org.fatima)).toEqual({ id: caseId, pseudonym: 'Meneer D.', viewerCanRead: false });
    expect(await caseOn(org.sanne)).toEqual({ id: caseId, pseudonym: 'Meneer D.', viewerCanRead: false });
    expect(await caseOn(org.bram)).toEqual({ id: caseId, pseudonym: 'Meneer D.', viewerCanRead: true });
  });
});
