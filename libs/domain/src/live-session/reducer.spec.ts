import { INCIDENT_METHOD } from '../methods/shipped/incident-method';
import { LiveEvent, LiveEventBody } from './events';
import { applyLiveEvent, applyPresence, markOwnEntry, receiveLiveEvent, syncFromSnapshot } from './reducer';
import { currentActions, votesLeft, voteTotal } from './selectors';
import { freshTimer } from './timer';
import { LiveEntry, LiveSessionState } from './types';
import { ANNA, BRAM, liveEntry, liveState, SANNE, SESSION } from './live-state.fixture';
import { entriesPrivate, votesHidden } from './visibility';

/** Before the start, with Bram invited but not there yet. */
function planned(viewer = ANNA): LiveSessionState {
  return liveState({
    version: 3,
    status: 'planned',
    title: 'Wat deden we toen meneer K. de deur uit liep?',
    lensIds: ['presence'],
    currentPhaseIndex: 0,
    serverNow: '2026-03-02T19:00:00.000Z',
    participants: [
      { personId: SANNE, displayName: 'Sanne', role: 'moderator', online: true, ready: false },
      { personId: ANNA, displayName: 'Anna', role: 'participant', online: true, ready: false },
      { personId: BRAM, displayName: 'Bram', role: 'participant', online: false, ready: false },
    ],
    viewer: { personId: viewer, isModerator: viewer === SANNE, ownEntryIds: [] },
  });
}

/** Applies bodies as consecutive versions, the way the server numbers them. */
function run(state: LiveSessionState, ...bodies: LiveEventBody[]): LiveSessionState {
  return bodies.reduce((s, body) => applyLiveEvent(s, event(s.version + 1, body)), state);
}

function event(version: number, body: LiveEventBody): LiveEvent {
  return { ...body, sessionId: SESSION, version, at: '2026-03-02T19:05:00.000Z' } as LiveEvent;
}

function entry(id: string, phaseId: string, authorId: string | null, extra: Partial<LiveEntry> = {}): LiveEntry {
  return liveEntry(id, phaseId, { anonymous: authorId === null, authorId, createdAt: '2026-03-02T19:05:00.000Z', ...extra });
}

const E1 = '00000000-0000-4000-8000-000000000001';
const E2 = '00000000-0000-4000-8000-000000000002';
const E3 = '00000000-0000-4000-8000-000000000003';
const G1 = '00000000-0000-4000-8000-0000000000a1';
const G2 = '00000000-0000-4000-8000-0000000000a2';

describe('applyLiveEvent', () => {
  it('starts the session at the first phase with a fresh timer and clears ready marks', () => {
    const before = { ...planned(), participants: planned().participants.map((p) => ({ ...p, ready: true })) };
    const timer = freshTimer(INCIDENT_METHOD.phases[0]);
    const after = run(before, { type: 'sessionStarted', timer });
    expect(after).toMatchObject({ status: 'live', currentPhaseIndex: 0, version: 4, timer });
    expect(after.participants.every((p) => !p.ready)).toBe(true);
    expect(currentActions(after)).toEqual(['contribute']);
    expect(currentActions(before)).toEqual([]);
  });

  it('only applies the next version: duplicates, old and future events leave the state alone', () => {
    const state = planned();
    const started = event(4, { type: 'sessionStarted', timer: state.timer });
    const once = applyLiveEvent(state, started);
    expect(applyLiveEvent(once, started)).toBe(once);
    expect(applyLiveEvent(once, event(3, { type: 'sessionEnded', closed: null }))).toBe(once);
    expect(applyLiveEvent(once, event(6, { type: 'sessionEnded', closed: null }))).toBe(once);
    expect(applyLiveEvent(once, { ...event(5, { type: 'sessionEnded', closed: null }), sessionId: 'another' })).toBe(once);
  });

  it('moves between phases, resetting timer and ready marks', () => {
    const phases = INCIDENT_METHOD.phases;
    let state = run(
      planned(),
      { type: 'sessionStarted', timer: freshTimer(phases[0]) },
      { type: 'readyChanged', personId: ANNA, ready: true },
    );
    expect(state.participants.find((p) => p.personId === ANNA)?.ready).toBe(true);
    state = run(state, { type: 'phaseChanged', phaseIndex: 1, timer: freshTimer(phases[1]), closed: null });
    expect(state.currentPhaseIndex).toBe(1);
    expect(state.timer.phaseId).toBe(phases[1].id);
    expect(state.participants.some((p) => p.ready)).toBe(false);
    expect(currentActions(state)).toEqual(['ask']);
  });

  it('adds entries, recognises the viewer’s own named entries, and never duplicates', () => {
    const mine = entry(E1, 'facts', ANNA, { kind: 'question', anonymous: false });
    const anonymous = entry(E2, 'facts', null);
    let state = run(planned(ANNA), { type: 'entryAdded', entry: mine }, { type: 'entryAdded', entry: anonymous });
    expect(state.entries.map((e) => e.id)).toEqual([E1, E2]);
    expect(state.viewer.ownEntryIds).toEqual([E1]);
    // The author of an anonymous entry learns its id from the ack of their own command.
    state = markOwnEntry(state, E2);
    expect(state.viewer.ownEntryIds).toEqual([E1, E2]);
    expect(markOwnEntry(state, E2)).toBe(state);
    expect(run(state, { type: 'entryAdded', entry: mine }).entries).toHaveLength(2);
  });

  it('edits and removes entries, taking their votes, tags and empty groups along', () => {
    let state = run(
      planned(),
      { type: 'entryAdded', entry: entry(E1, 'compare', ANNA) },
      { type: 'entryAdded', entry: entry(E2, 'compare', BRAM) },
      { type: 'entriesGrouped', group: { id: G1, phaseId: 'compare', label: 'Veiligheid' }, entryIds: [E1] },
      { type: 'voteChanged', phaseId: 'compare', entryId: E1, voterId: BRAM, count: 2 },
      { type: 'tagAdded', tag: { id: G2, phaseId: 'compare', entryId: E1, itemId: 'feeling_at_home', direction: 'under_pressure' } },
      { type: 'entryEdited', entryId: E2, body: 'Nieuwe tekst', editedAt: '2026-03-02T19:06:00.000Z', flagged: true },
    );
    expect(state.entries.find((e) => e.id === E2)).toMatchObject({
      body: 'Nieuwe tekst',
      editedAt: '2026-03-02T19:06:00.000Z',
      flagged: true,
    });
    expect(voteTotal(state, E1)).toBe(2);
    state = run(state, { type: 'entryRemoved', entryId: E1 });
    expect(state.entries.map((e) => e.id)).toEqual([E2]);
    expect(state).toMatchObject({ votes: [], tags: [], groups: [] });
    expect(state.viewer.ownEntryIds).toEqual([]);
  });

  it('groups, regroups, renames and ungroups; a group lives as long as it holds an entry', () => {
    let state = run(
      planned(),
      { type: 'entryAdded', entry: entry(E1, 'compare', ANNA) },
      { type: 'entryAdded', entry: entry(E2, 'compare', BRAM) },
      { type: 'entryAdded', entry: entry(E3, 'compare', null) },
      { type: 'entriesGrouped', group: { id: G1, phaseId: 'compare', label: 'Rust' }, entryIds: [E1, E2] },
      { type: 'entriesGrouped', group: { id: G2, phaseId: 'compare', label: 'Regels' }, entryIds: [E3] },
    );
    expect(state.groups.map((g) => g.label)).toEqual(['Rust', 'Regels']);
    state = run(state, { type: 'entriesGrouped', group: { id: G2, phaseId: 'compare', label: 'Regels' }, entryIds: [E1, E2] });
    expect(state.groups.map((g) => g.id)).toEqual([G2]);
    expect(state.entries.every((e) => e.groupId === G2)).toBe(true);
    state = run(state, { type: 'groupRenamed', groupId: G2, label: 'Regels die schuren' }, { type: 'entryUngrouped', entryId: E3 });
    expect(state.groups).toEqual([{ id: G2, phaseId: 'compare', label: 'Regels die schuren' }]);
    state = run(state, { type: 'entryUngrouped', entryId: E1 }, { type: 'entryUngrouped', entryId: E2 });
    expect(state.groups).toEqual([]);
  });

  it('keeps one vote row per voter, entry and phase, and counts the viewer’s dots left', () => {
    let state = run(
      planned(ANNA),
      { type: 'entryAdded', entry: entry(E1, 'compare', BRAM) },
      { type: 'voteChanged', phaseId: 'compare', entryId: E1, voterId: ANNA, count: 1 },
      { type: 'voteChanged', phaseId: 'compare', entryId: E1, voterId: ANNA, count: 2 },
      { type: 'voteChanged', phaseId: 'compare', entryId: E1, voterId: null, count: 4 },
    );
    expect(state.votes).toHaveLength(2);
    expect(voteTotal(state, E1, 'compare')).toBe(6);
    expect(votesLeft(state, 'compare')).toBe(1);
    state = run(state, { type: 'voteChanged', phaseId: 'compare', entryId: E1, voterId: ANNA, count: 0 });
    expect(votesLeft(state, 'compare')).toBe(3);
    expect(state.votes).toEqual([{ phaseId: 'compare', entryId: E1, voterId: null, count: 4 }]);
  });

  it('counts the others’ dots on an anonymous entry in one row without a voter, beside the viewer’s own', () => {
    let state = run(
      planned(ANNA),
      { type: 'entryAdded', entry: entry(E1, 'compare', null) },
      { type: 'voteChanged', phaseId: 'compare', entryId: E1, voterId: ANNA, count: 1 },
      // Everyone's dots together: Anna's one and someone else's two.
      { type: 'voteCountChanged', phaseId: 'compare', entryId: E1, count: 3 },
    );
    expect(state.votes).toEqual([
      { phaseId: 'compare', entryId: E1, voterId: ANNA, count: 1 },
      { phaseId: 'compare', entryId: E1, count: 2 },
    ]);
    expect(voteTotal(state, E1, 'compare')).toBe(3);
    expect(votesLeft(state, 'compare')).toBe(2);
    // Anna's own dot changes her row only; the others' taken back leaves hers.
    state = run(state, { type: 'voteChanged', phaseId: 'compare', entryId: E1, voterId: ANNA, count: 2 });
    expect(voteTotal(state, E1, 'compare')).toBe(4);
    state = run(state, { type: 'voteCountChanged', phaseId: 'compare', entryId: E1, count: 2 });
    expect(state.votes).toEqual([{ phaseId: 'compare', entryId: E1, voterId: ANNA, count: 2 }]);
  });

  it('adds and removes tags once', () => {
    const tag = { id: G1, phaseId: 'tag', entryId: E1, itemId: 'being_a_person', direction: 'visible_strength' as const };
    let state = run(planned(), { type: 'entryAdded', entry: entry(E1, 'tag', ANNA) }, { type: 'tagAdded', tag }, { type: 'tagAdded', tag });
    expect(state.tags).toEqual([tag]);
    state = run(state, { type: 'tagRemoved', tagId: G1 });
    expect(state.tags).toEqual([]);
  });

  it('applies timer, details, harvest, practice reviews and the end of the session', () => {
    const timer = { ...freshTimer(INCIDENT_METHOD.phases[0]), running: true, startedAt: '2026-03-02T19:05:00.000Z' };
    const participants = [
      { personId: ANNA, displayName: 'Anna', role: 'moderator' as const, online: false, ready: false },
      { personId: BRAM, displayName: 'Bram', role: 'participant' as const, online: false, ready: false },
    ];
    const practice = {
      id: G1,
      what: 'Elke ochtend samen koffie',
      who: 'Bram',
      lookBackOn: '2026-04-01',
      status: 'open' as const,
      sessionId: SESSION,
      reviews: [],
    };
    let state: LiveSessionState = { ...planned(ANNA), openPractices: [{ ...practice, sessionId: null }] };
    state = run(
      state,
      { type: 'timerChanged', timer },
      { type: 'detailsChanged', title: 'Nieuwe vraag', voteBudget: 5, oneScreen: true, moderatorId: ANNA, participants },
      { type: 'harvestChanged', harvest: { items: [{ id: E1, kind: 'insight', body: 'Vraag eerst wat hij wil' }], practices: [practice] } },
    );
    expect(state).toMatchObject({ timer, title: 'Nieuwe vraag', voteBudget: 5, oneScreen: true, moderatorId: ANNA });
    expect(state.viewer.isModerator).toBe(true);
    // Presence is not part of the stored details: Anna was online and stays so.
    expect(state.participants).toEqual([{ ...participants[0], online: true }, participants[1]]);
    const reviewed = {
      ...practice,
      status: 'adopted' as const,
      reviews: [
        {
          id: E2,
          body: 'Het werkt',
          status: 'adopted' as const,
          authorName: 'Bram',
          sessionId: SESSION,
          createdAt: '2026-04-01T10:00:00.000Z',
        },
      ],
    };
    state = run(state, { type: 'practiceReviewed', practice: reviewed }, { type: 'sessionEnded', closed: null });
    expect(state.harvest.practices).toEqual([reviewed]);
    expect(state.openPractices[0].status).toBe('adopted');
    expect(state).toMatchObject({ status: 'closed', timer: { running: false, startedAt: null } });
    expect(run(planned(), { type: 'sessionCancelled' }).status).toBe('cancelled');
  });
});

describe('applyPresence', () => {
  it('marks exactly the connected people online', () => {
    const state = applyPresence(planned(), { sessionId: SESSION, online: [BRAM] });
    expect(state.participants.map((p) => [p.displayName, p.online])).toEqual([
      ['Sanne', false],
      ['Anna', false],
      ['Bram', true],
    ]);
    expect(applyPresence(state, { sessionId: 'another', online: [] })).toBe(state);
  });
});

describe('receiveLiveEvent', () => {
  const add = (version: number, id: string) => event(version, { type: 'entryAdded', entry: entry(id, 'incident', BRAM) });

  it('holds an event that overtook another until the gap fills, then applies both in order', () => {
    let sync = syncFromSnapshot(planned());
    sync = receiveLiveEvent(sync, add(5, E2));
    expect(sync.state.version).toBe(3);
    expect(sync.early.map((e) => e.version)).toEqual([5]);
    sync = receiveLiveEvent(sync, add(4, E1));
    expect(sync.state.version).toBe(5);
    expect(sync.state.entries.map((e) => e.id)).toEqual([E1, E2]);
    expect(sync.early).toEqual([]);
  });

  it('drops duplicates and events older than a fresh snapshot', () => {
    let sync = syncFromSnapshot(planned());
    sync = receiveLiveEvent(sync, add(4, E1));
    sync = receiveLiveEvent(sync, add(4, E1));
    sync = receiveLiveEvent(sync, add(3, E3));
    expect(sync.state.entries).toHaveLength(1);
    const waiting = receiveLiveEvent(sync, add(7, E3));
    const rejoined = syncFromSnapshot({ ...planned(), version: 8 }, waiting.early);
    expect(rejoined).toEqual({ state: { ...planned(), version: 8 }, early: [], known: 8 });
  });
});

describe('what a phase keeps to itself', () => {
  const live = (viewer: string) => ({
    ...run(planned(viewer), { type: 'sessionStarted', timer: freshTimer(INCIDENT_METHOD.phases[0]) }),
    currentPhaseIndex: 3,
  });
  const vote = (voterId: string, count: number) => ({ phaseId: 'compare', entryId: E1, voterId, count });

  it('moves only the version on for a change this screen may not see yet', () => {
    const before = live(ANNA);
    const after = run(before, { type: 'unseenChange' });
    expect(after).toEqual({ ...before, version: before.version + 1 });
  });

  it('adds revealed entries in the order they were written, once, and marks the phase revealed', () => {
    const own = entry(E2, 'what_would_you_do', ANNA, { createdAt: '2026-03-02T19:06:00.000Z' });
    const state = run(live(ANNA), { type: 'entryAdded', entry: own });
    const earlier = entry(E1, 'what_would_you_do', BRAM, { createdAt: '2026-03-02T19:05:30.000Z' });
    const revealed = run(state, {
      type: 'entriesRevealed',
      disclosure: { phaseId: 'what_would_you_do', closes: false, entries: [earlier, own], tags: [], votes: null },
    });
    expect(revealed.entries.map((e) => e.id)).toEqual([E1, E2]);
    expect(revealed.revealedPhaseIds).toEqual(['what_would_you_do']);
    expect(revealed.closedPhaseIds).toEqual([]);
    expect(entriesPrivate(revealed, 'what_would_you_do')).toBe(false);
    expect(entriesPrivate(state, 'what_would_you_do')).toBe(true);
  });

  it('replaces the viewer’s own dots with everyone’s when the phase closes', () => {
    const state = { ...run(live(ANNA), { type: 'voteChanged', ...vote(ANNA, 2) }), currentPhaseIndex: 4 };
    expect(votesHidden(state, 'compare')).toBe(true);
    const closed = run(state, {
      type: 'phaseChanged',
      phaseIndex: 5,
      timer: freshTimer(INCIDENT_METHOD.phases[5]),
      closed: { phaseId: 'compare', closes: true, entries: [], tags: [], votes: { named: [vote(ANNA, 2), vote(BRAM, 1)], counted: [] } },
    });
    expect(closed.votes).toEqual([vote(ANNA, 2), vote(BRAM, 1)]);
    expect(closed.closedPhaseIds).toEqual(['compare']);
    expect(votesHidden(closed, 'compare')).toBe(false);
    expect(voteTotal(closed, E1, 'compare')).toBe(3);
  });

  it('keeps the viewer’s own dots on an anonymous entry by name when a closing phase counts them with the others’', () => {
    const state = {
      ...run(live(ANNA), { type: 'entryAdded', entry: entry(E1, 'compare', null) }, { type: 'voteChanged', ...vote(ANNA, 2) }),
      currentPhaseIndex: 4,
    };
    const closed = run(state, {
      type: 'phaseChanged',
      phaseIndex: 5,
      timer: freshTimer(INCIDENT_METHOD.phases[5]),
      closed: {
        phaseId: 'compare',
        closes: true,
        entries: [],
        tags: [],
        votes: { named: [{ ...vote(BRAM, 1), entryId: E2 }], counted: [{ phaseId: 'compare', entryId: E1, count: 5 }] },
      },
    });
    expect(closed.votes).toEqual([vote(ANNA, 2), { ...vote(BRAM, 1), entryId: E2 }, { phaseId: 'compare', entryId: E1, count: 3 }]);
    expect(voteTotal(closed, E1, 'compare')).toBe(5);
  });
});
