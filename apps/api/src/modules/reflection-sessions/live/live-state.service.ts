import { entryVisibleTo, LiveSessionState, RoomDisclosureState, voteVisibleTo } from '@kring/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { SessionEntryRow, SessionTagRow, SessionVoteRow } from '../../../engine/database/tables.generated';
import { sharedHarvest } from '../harvest/harvest-rows';
import { openTeamPractices } from '../harvest/practice-rows';
import { ViewedSessionRow, timerOf } from '../session-rows';
import { LiveRooms } from '../../../engine/live/live-rooms';
import { SESSION_ROOM } from './session-room';
import { entryFromRow, groupFromRow, loadParticipants, tagFromRow, voteFromRow } from './live-rows';

/**
 * The full state of a live room for one viewer, read from PostgreSQL: what a
 * late joiner or a reconnecting screen receives. What a phase still keeps to
 * itself (others' private entries and their tags, others' hidden dots) is
 * left out here, for this viewer, by the same rules that route the events. All reads happen in one
 * REPEATABLE READ transaction, so the snapshot matches its version exactly;
 * events with a higher version that arrive meanwhile are applied on top.
 */
type VoteRead = Pick<SessionVoteRow, 'phase_id' | 'entry_id' | 'voter_id' | 'count'>;
type TagRead = Pick<SessionTagRow, 'id' | 'phase_id' | 'entry_id' | 'item_id' | 'direction'>;

@Injectable()
export class LiveStateService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly rooms: LiveRooms,
  ) {}

  async snapshot(sessionId: string, personId: string): Promise<LiveSessionState> {
    // A join never waits on another API process (one that was just killed would hold it for seconds): the snapshot
    // knows this process's screens, and the presence event sent right after the join ack tells everyone.
    const online = new Set(await this.rooms.online(SESSION_ROOM, sessionId, 'local'));
    return this.db.transaction('REPEATABLE READ', async (manager) => {
      const [session]: (ViewedSessionRow & { case_pseudonym: string | null; db_now: Date })[] = await manager.query(
        `SELECT s.*, c.display_pseudonym AS case_pseudonym, now() AS db_now FROM reflection_session s
         LEFT JOIN case_file c ON c.id = s.case_id WHERE s.id = $1`,
        [sessionId],
      );
      const method = session.method_snapshot;
      const phase = method.phases[session.current_phase_index];
      const participants = await loadParticipants(manager, sessionId, session.status === 'live' ? phase.id : null);
      // Contributions the retention purge emptied after the report was approved (the organisation's choice) are not shown.
      const allEntries: SessionEntryRow[] = await manager.query(
        `SELECT * FROM session_entry WHERE session_id = $1 AND body <> '' ORDER BY created_at, id`,
        [sessionId],
      );
      const groups = await manager.query(`SELECT id, phase_id, label FROM session_group WHERE session_id = $1 ORDER BY created_at, id`, [
        sessionId,
      ]);
      const allVotes: VoteRead[] = await manager.query(
        `SELECT phase_id, entry_id, voter_id, count FROM session_vote WHERE session_id = $1`,
        [sessionId],
      );
      const allTags: TagRead[] = await manager.query(
        `SELECT id, phase_id, entry_id, item_id, direction FROM session_tag WHERE session_id = $1 ORDER BY created_at, id`,
        [sessionId],
      );
      const room: RoomDisclosureState = {
        phases: method.phases,
        revealedPhaseIds: session.revealed_phase_ids,
        closedPhaseIds: session.closed_phase_ids,
      };
      const isModerator = session.moderator_id === personId;
      const entries = allEntries.filter((e) =>
        entryVisibleTo(room, { phaseId: e.phase_id, authorId: e.author_id, forRoom: e.for_room }, personId),
      );
      const shown = new Set(entries.map((e) => e.id));
      const tags = allTags.filter((t) => shown.has(t.entry_id));
      const votes = allVotes.filter((v) => voteVisibleTo(room, { phaseId: v.phase_id, voterId: v.voter_id }, { personId, isModerator }));
      return {
        sessionId,
        version: Number(session.version),
        status: session.status,
        title: session.title,
        oneScreen: session.one_screen,
        voteBudget: session.vote_budget,
        moderatorId: session.moderator_id,
        caseRef: session.case_id && session.case_pseudonym ? { id: session.case_id, pseudonym: session.case_pseudonym } : null,
        lensIds: session.lens_ids,
        method: { id: method.id, version: method.version, name: method.name, summary: method.summary },
        phases: method.phases,
        currentPhaseIndex: session.current_phase_index,
        revealedPhaseIds: session.revealed_phase_ids,
        closedPhaseIds: session.closed_phase_ids,
        timer: timerOf(session),
        serverNow: session.db_now.toISOString(),
        participants: participants.map((p) => ({ ...p, online: online.has(p.personId) })),
        entries: entries.map(entryFromRow),
        groups: groups.map(groupFromRow),
        votes: votes.map(voteFromRow),
        tags: tags.map(tagFromRow),
        openPractices: await openTeamPractices(manager, session),
        harvest: await sharedHarvest(manager, sessionId),
        viewer: {
          personId,
          isModerator,
          ownEntryIds: entries.filter((e: { author_id: string | null }) => e.author_id === personId).map((e: { id: string }) => e.id),
        },
      };
    });
  }
}
