import { phaseBehaviour } from '../methods/phase-behaviour';
import { MethodPhase } from '../methods/types';

/**
 * Who may see what in the live room while a phase keeps things to itself
 * (phase behaviour privateUntilReveal, votesHiddenUntilClose). The server
 * applies these to every snapshot and decides with them who receives an
 * event; screens use them to explain what is hidden.
 */
export interface RoomDisclosureState {
  readonly phases: readonly MethodPhase[];
  readonly revealedPhaseIds: readonly string[];
  readonly closedPhaseIds: readonly string[];
}

function behaviourOf(room: RoomDisclosureState, phaseId: string) {
  const index = room.phases.findIndex((p) => p.id === phaseId);
  return index < 0 ? undefined : phaseBehaviour(room.phases, index);
}

/** Entries of this phase reach only their author for now. */
export function entriesPrivate(room: RoomDisclosureState, phaseId: string): boolean {
  return (
    !!behaviourOf(room, phaseId)?.privateUntilReveal && !room.revealedPhaseIds.includes(phaseId) && !room.closedPhaseIds.includes(phaseId)
  );
}

/** Dots of this phase reach only the voter for now. */
export function votesHidden(room: RoomDisclosureState, phaseId: string): boolean {
  return !!behaviourOf(room, phaseId)?.votesHiddenUntilClose && !room.closedPhaseIds.includes(phaseId);
}

/**
 * May `personId` see this entry? `authorId` is the real author (also of an
 * anonymous entry); entries written for the room are the room's and always seen.
 */
export function entryVisibleTo(
  room: RoomDisclosureState,
  entry: { readonly phaseId: string; readonly authorId: string | null; readonly forRoom: boolean },
  personId: string,
): boolean {
  return entry.forRoom || entry.authorId === personId || !entriesPrivate(room, entry.phaseId);
}

/** May the viewer see this dot? The room's dots (one-screen mode, voter null) are the moderator's to see. */
export function voteVisibleTo(
  room: RoomDisclosureState,
  vote: { readonly phaseId: string; readonly voterId: string | null },
  viewer: { readonly personId: string; readonly isModerator: boolean },
): boolean {
  if (!votesHidden(room, vote.phaseId)) return true;
  return vote.voterId === null ? viewer.isModerator : vote.voterId === viewer.personId;
}
