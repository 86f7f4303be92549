import { receiveRoomEvent, RoomSync, roomSyncFrom } from '../live-room/sync';
import { LiveEvent, LivePresence, PhaseDisclosure, PhaseVotes } from './events';
import { LiveEntry, LiveGroup, LivePractice, LiveSessionState, LiveVote, LiveVoteCount } from './types';

/**
 * The pure reducer of the live room: the next state after one event. The web
 * keeps its screen with it and the tests check the server with it. Events are
 * applied strictly in version order: an event that is not the next version is
 * ignored here (use receiveLiveEvent to wait for a missing one).
 */
export function applyLiveEvent(state: LiveSessionState, event: LiveEvent): LiveSessionState {
  if (event.sessionId !== state.sessionId || event.version !== state.version + 1) return state;
  return { ...apply(state, event), version: event.version };
}

function apply(state: LiveSessionState, event: LiveEvent): LiveSessionState {
  switch (event.type) {
    case 'sessionStarted':
      return {
        ...state,
        status: 'live',
        currentPhaseIndex: 0,
        timer: event.timer,
        participants: state.participants.map((p) => ({ ...p, ready: false })),
      };
    case 'sessionEnded':
      return { ...disclose(state, event.closed), status: 'closed', timer: { ...state.timer, running: false, startedAt: null } };
    case 'sessionCancelled':
      return { ...state, status: 'cancelled' };
    case 'detailsChanged': {
      // Presence is not stored, so who is online carries over from this screen's own knowledge.
      const online = new Set(state.participants.filter((p) => p.online).map((p) => p.personId));
      return {
        ...state,
        title: event.title,
        voteBudget: event.voteBudget,
        oneScreen: event.oneScreen,
        moderatorId: event.moderatorId,
        participants: event.participants.map((p) => ({ ...p, online: online.has(p.personId) })),
        viewer: { ...state.viewer, isModerator: state.viewer.personId === event.moderatorId },
      };
    }
    case 'phaseChanged':
      return {
        ...disclose(state, event.closed),
        currentPhaseIndex: event.phaseIndex,
        timer: event.timer,
        participants: state.participants.map((p) => ({ ...p, ready: false })),
      };
    case 'entriesRevealed':
      return disclose(state, event.disclosure);
    case 'unseenChange':
      return state;
    case 'timerChanged':
      return { ...state, timer: event.timer };
    case 'entryAdded': {
      if (state.entries.some((e) => e.id === event.entry.id)) return state;
      const own = event.entry.authorId !== null && event.entry.authorId === state.viewer.personId;
      return {
        ...state,
        entries: [...state.entries, event.entry],
        viewer: own ? { ...state.viewer, ownEntryIds: [...state.viewer.ownEntryIds, event.entry.id] } : state.viewer,
      };
    }
    case 'entryEdited':
      return {
        ...state,
        entries: state.entries.map((e) =>
          e.id === event.entryId ? { ...e, body: event.body, editedAt: event.editedAt, flagged: event.flagged } : e,
        ),
      };
    case 'entryRemoved': {
      const entries = state.entries.filter((e) => e.id !== event.entryId);
      return {
        ...state,
        entries,
        groups: withoutEmptyGroups(state.groups, entries),
        votes: state.votes.filter((v) => v.entryId !== event.entryId),
        tags: state.tags.filter((t) => t.entryId !== event.entryId),
        viewer: { ...state.viewer, ownEntryIds: state.viewer.ownEntryIds.filter((id) => id !== event.entryId) },
      };
    }
    case 'entriesGrouped': {
      const moved = new Set(event.entryIds);
      const entries = state.entries.map((e) => (moved.has(e.id) ? { ...e, groupId: event.group.id } : e));
      const groups = state.groups.some((g) => g.id === event.group.id)
        ? state.groups.map((g) => (g.id === event.group.id ? event.group : g))
        : [...state.groups, event.group];
      return { ...state, entries, groups: withoutEmptyGroups(groups, entries) };
    }
    case 'entryUngrouped': {
      const entries = state.entries.map((e) => (e.id === event.entryId ? { ...e, groupId: null } : e));
      return { ...state, entries, groups: withoutEmptyGroups(state.groups, entries) };
    }
    case 'groupRenamed':
      return { ...state, groups: state.groups.map((g) => (g.id === event.groupId ? { ...g, label: event.label } : g)) };
    case 'voteChanged': {
      const same = (v: LiveVote) => v.phaseId === event.phaseId && v.entryId === event.entryId && v.voterId === event.voterId;
      const others = state.votes.filter((v) => !same(v));
      const vote = { phaseId: event.phaseId, entryId: event.entryId, voterId: event.voterId, count: event.count };
      return { ...state, votes: event.count > 0 ? [...others, vote] : others };
    }
    case 'voteCountChanged':
      return { ...state, votes: withCount(state.votes, state.viewer.personId, event) };
    case 'tagAdded':
      return state.tags.some((t) => t.id === event.tag.id) ? state : { ...state, tags: [...state.tags, event.tag] };
    case 'tagRemoved':
      return { ...state, tags: state.tags.filter((t) => t.id !== event.tagId) };
    case 'readyChanged':
      return { ...state, participants: state.participants.map((p) => (p.personId === event.personId ? { ...p, ready: event.ready } : p)) };
    case 'harvestChanged':
      return { ...state, harvest: event.harvest };
    case 'practiceReviewed':
      return {
        ...state,
        openPractices: replacePractice(state.openPractices, event.practice),
        harvest: { ...state.harvest, practices: replacePractice(state.harvest.practices, event.practice) },
      };
  }
}

/**
 * A phase revealed or closed: its entries join the board (in the order they
 * were written) and its dots, when the disclosure has them, replace the
 * viewer's partial view.
 */
function disclose(state: LiveSessionState, disclosure: PhaseDisclosure | null): LiveSessionState {
  if (!disclosure) return state;
  const { phaseId, closes, votes } = disclosure;
  const knownEntries = new Set(state.entries.map((e) => e.id));
  const newEntries = disclosure.entries.filter((e) => !knownEntries.has(e.id));
  const knownTags = new Set(state.tags.map((t) => t.id));
  const newTags = disclosure.tags.filter((t) => !knownTags.has(t.id));
  const byTime = <T extends { createdAt: string; id: string }>(a: T, b: T) =>
    a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
  const added = (ids: readonly string[]) => (ids.includes(phaseId) ? ids : [...ids, phaseId]);
  return {
    ...state,
    entries: newEntries.length ? [...state.entries, ...newEntries].sort(byTime) : state.entries,
    tags: newTags.length ? [...state.tags, ...newTags] : state.tags,
    votes: votes ? disclosedVotes(state, phaseId, votes) : state.votes,
    revealedPhaseIds: added(state.revealedPhaseIds),
    closedPhaseIds: closes ? added(state.closedPhaseIds) : state.closedPhaseIds,
  };
}

/**
 * The phase's dots as the disclosure has them, instead of this screen's view
 * so far; only its own dots on anonymous entries stay, for those are never in
 * a broadcast by name (they are in the entry's count).
 */
function disclosedVotes(state: LiveSessionState, phaseId: string, votes: PhaseVotes): LiveVote[] {
  const counted = new Set(votes.counted.map((c) => c.entryId));
  const own = (v: LiveVote) => v.voterId === state.viewer.personId && counted.has(v.entryId);
  const kept = state.votes.filter((v) => v.phaseId !== phaseId || own(v));
  return votes.counted.reduce((all, count) => withCount(all, state.viewer.personId, count), [...kept, ...votes.named]);
}

/**
 * Everyone's dots on an anonymous entry (`count`) as this screen holds them:
 * its own row by name, as it was, and one row without a voter for the others'.
 */
function withCount(votes: readonly LiveVote[], personId: string, count: LiveVoteCount): LiveVote[] {
  const here = (v: LiveVote) => v.phaseId === count.phaseId && v.entryId === count.entryId;
  const own = votes.find((v) => here(v) && v.voterId === personId)?.count ?? 0;
  const rest = votes.filter((v) => !(here(v) && v.voterId === undefined));
  const others = count.count - own;
  return others > 0 ? [...rest, { phaseId: count.phaseId, entryId: count.entryId, count: others }] : rest;
}

/** A group exists as long as an entry is in it. */
function withoutEmptyGroups(groups: readonly LiveGroup[], entries: readonly LiveEntry[]): LiveGroup[] {
  const used = new Set(entries.map((e) => e.groupId));
  return groups.filter((g) => used.has(g.id));
}

function replacePractice(practices: readonly LivePractice[], practice: LivePractice): LivePractice[] {
  return practices.map((p) => (p.id === practice.id ? practice : p));
}

/** Who is connected (not stored, so not versioned): mark participants online or not. */
export function applyPresence(state: LiveSessionState, presence: LivePresence): LiveSessionState {
  if (presence.sessionId !== state.sessionId) return state;
  const online = new Set(presence.online);
  return { ...state, participants: state.participants.map((p) => ({ ...p, online: online.has(p.personId) })) };
}

/** The ack of the viewer's own command names what it created; an anonymous entry is only recognisable this way. */
export function markOwnEntry(state: LiveSessionState, entryId: string): LiveSessionState {
  if (state.viewer.ownEntryIds.includes(entryId)) return state;
  return { ...state, viewer: { ...state.viewer, ownEntryIds: [...state.viewer.ownEntryIds, entryId] } };
}

/**
 * A screen's view of the room: the state, plus events that arrived ahead of
 * a missing one (the shared RoomSync of every live room). Broadcasts from two
 * API processes can overtake each other; an early event waits until the gap
 * fills, and the screen resyncs when it stays open (LIVE_ROOM_TIMING).
 */
export type LiveSync = RoomSync<LiveSessionState, LiveEvent>;

export function receiveLiveEvent(sync: LiveSync, event: LiveEvent): LiveSync {
  if (event.sessionId !== sync.state.sessionId) return sync;
  return receiveRoomEvent(sync, event, applyLiveEvent);
}

/** After a fresh snapshot (join), keep only the early events that are still ahead of it. */
export function syncFromSnapshot(state: LiveSessionState, early: readonly LiveEvent[] = []): LiveSync {
  return roomSyncFrom(
    state,
    early.filter((event) => event.sessionId === state.sessionId),
    applyLiveEvent,
  );
}
