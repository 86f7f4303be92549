import { LiveEntry, LiveGroup, LiveParticipant, LiveTag, RoomDot } from '@kring/domain';
import { EntityManager } from 'typeorm';
import type {
  PersonRow,
  SessionEntryRow,
  SessionGroupRow,
  SessionParticipantRow,
  SessionTagRow,
  SessionVoteRow,
} from '../../../engine/database/tables.generated';

/** The columns each mapper reads: callers may select more (often `*`), never less. */
type EntryRow = Omit<SessionEntryRow, 'organisation_id' | 'session_id'>;
export type GroupRow = Pick<SessionGroupRow, 'id' | 'phase_id' | 'label'>;
export type TagRow = Pick<SessionTagRow, 'id' | 'phase_id' | 'entry_id' | 'item_id' | 'direction'>;
/** A participant as loadParticipants reads it, with the person's name. */
type ParticipantRow = Pick<SessionParticipantRow, 'person_id' | 'role' | 'ready_phase_id'> & Pick<PersonRow, 'display_name'>;
/** A vote row with what voteSight reads of its entry (DOT_COLUMNS). */
export type DotRow = Pick<SessionVoteRow, 'phase_id' | 'entry_id' | 'voter_id' | 'count'> & {
  entry_phase_id: string;
  author_id: string | null;
  for_room: boolean;
  anonymous: boolean;
};

/** The columns of a DotRow, over `session_vote v JOIN session_entry e ON e.id = v.entry_id`. */
export const DOT_COLUMNS =
  'v.phase_id, v.entry_id, v.voter_id, v.count, e.phase_id AS entry_phase_id, e.author_id, e.for_room, e.anonymous';

/** The author is never sent for an anonymous entry, to anyone. */
export function entryFromRow(r: EntryRow): LiveEntry {
  return {
    id: r.id,
    phaseId: r.phase_id,
    kind: r.kind,
    body: r.body,
    anonymous: r.anonymous,
    authorId: r.anonymous || r.for_room ? null : r.author_id,
    forRoom: r.for_room,
    clientKey: r.client_key,
    groupId: r.group_id,
    createdAt: r.created_at.toISOString(),
    editedAt: r.edited_at?.toISOString() ?? null,
    flagged: r.flagged,
  };
}

export function groupFromRow(r: GroupRow): LiveGroup {
  return { id: r.id, phaseId: r.phase_id, label: r.label };
}

/** A stored dot with its entry, as the domain's dot rule (voteSight) reads it; what a screen gets of it is the rule's to say. */
export function dotFromRow(r: DotRow): RoomDot {
  return {
    phaseId: r.phase_id,
    voterId: r.voter_id,
    count: r.count,
    entry: { id: r.entry_id, phaseId: r.entry_phase_id, authorId: r.author_id, forRoom: r.for_room, anonymous: r.anonymous },
  };
}

export function tagFromRow(r: TagRow): LiveTag {
  return { id: r.id, phaseId: r.phase_id, entryId: r.entry_id, itemId: r.item_id, direction: r.direction };
}

/** Participants with names and ready marks (for the current phase only); presence is added by the caller. */
export async function loadParticipants(
  manager: EntityManager,
  sessionId: string,
  currentPhaseId: string | null,
): Promise<LiveParticipant[]> {
  const rows: ParticipantRow[] = await manager.query(
    `SELECT sp.person_id, sp.role, sp.ready_phase_id, p.display_name FROM session_participant sp JOIN person p ON p.id = sp.person_id
     WHERE sp.session_id = $1 ORDER BY sp.role = 'moderator' DESC, p.display_name`,
    [sessionId],
  );
  return rows.map((r) => ({
    personId: r.person_id,
    displayName: r.display_name,
    role: r.role,
    online: false,
    ready: r.ready_phase_id !== null && r.ready_phase_id === currentPhaseId,
  }));
}
