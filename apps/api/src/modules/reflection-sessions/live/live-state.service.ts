import {
  entryVisibleTo,
  LiveHarvest,
  LiveParticipant,
  LivePractice,
  LiveSessionState,
  RoomDisclosureState,
  votesSeenBy,
} from '@kring/domain';
import { Injectable } from '@nestjs/common';
import { BoundedMap } from '../../../engine/memory/bounded-map';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { SessionEntryRow, SessionGroupRow, SessionTagRow } from '../../../engine/database/tables.generated';
import { UserError } from '../../../engine/graphql/user-error';
import { TenantAccess, Viewer } from '../../../engine/auth/viewer';
import { CasesService } from '../../cases';
import { sharedHarvest } from '../harvest/harvest-rows';
import { openTeamPractices } from '../harvest/practice-rows';
import { ViewedSessionRow, timerOf } from '../session-rows';
import { LiveRooms } from '../../../engine/live/live-rooms';
import { SESSION_ROOM } from './session-room';
import { DOT_COLUMNS, DotRow, dotFromRow, entryFromRow, groupFromRow, loadParticipants, tagFromRow } from './live-rows';

type TagRead = Pick<SessionTagRow, 'id' | 'phase_id' | 'entry_id' | 'item_id' | 'direction'>;
type GroupRead = Pick<SessionGroupRow, 'id' | 'phase_id' | 'label'>;

/** Everything a snapshot is made of that the session's version covers, read at one version for every viewer. */
interface SessionReading {
  version: number;
  readAt: number;
  session: ViewedSessionRow & { case_pseudonym: string | null };
  participants: LiveParticipant[];
  entries: SessionEntryRow[];
  groups: GroupRead[];
  votes: DotRow[];
  tags: TagRead[];
  harvest: LiveHarvest;
}

/**
 * A reading is served again while the session's version is unchanged, for
 * at most this long: a few things the snapshot shows change without a
 * version (a participant's display name), and those show up within it.
 */
const READING_TTL_MS = 15_000;
/** Live sessions whose reading this process keeps; beyond this the oldest is dropped. */
const READINGS_KEPT = 500;

/**
 * The full state of a live room for one viewer, read from PostgreSQL: what a
 * late joiner or a reconnecting screen receives. What a phase still keeps to
 * itself (others' private entries and their tags, others' hidden dots, dots
 * on entries the viewer cannot see) is left out here, and others' dots on an
 * anonymous entry are only counted, for this viewer, by the same rules that
 * route the events.
 *
 * The rows are read in one REPEATABLE READ transaction, so they match their
 * version exactly; events with a higher version that arrive meanwhile are
 * applied on top. Every change to those rows bumps the session's version, so
 * for a live session the reading is kept and served to the next joiner (20
 * screens joining, or resyncing after a gap, read once) after one primary-key
 * read shows the version unchanged. Only live sessions are kept: a closed
 * one's contributions may be purged without a version. The team's open
 * practices change outside the session and are read for every snapshot.
 */
@Injectable()
export class LiveStateService {
  private readonly readings = new BoundedMap<string, SessionReading>(READINGS_KEPT);
  /** The reading being read now, by session, with the version its join saw before it began. */
  private readonly pending = new Map<string, { version: number; read: Promise<SessionReading> }>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly rooms: LiveRooms,
    private readonly cases: CasesService,
  ) {}

  /**
   * What a joining screen receives: the snapshot, and whether this viewer may open the session's case, by the one case
   * rule (CasesService.readableIds, as the session's page asks it). A participant of a private case, or of another
   * team once the report is approved, sees the case named without a link to a page they cannot open.
   */
  async joinSnapshot(sessionId: string, viewer: Viewer, access: TenantAccess): Promise<LiveSessionState> {
    const state = await this.snapshot(sessionId, viewer.personId);
    if (!state.caseRef) return state;
    const readable = await this.cases.readableIds(viewer, access, [state.caseRef.id]);
    return { ...state, caseRef: { ...state.caseRef, viewerCanRead: readable.has(state.caseRef.id) } };
  }

  async snapshot(sessionId: string, personId: string): Promise<LiveSessionState> {
    // A join never waits on another API process (one that was just killed would hold it for seconds): the snapshot
    // knows this process's screens, and the presence event sent right after the join ack tells everyone.
    const online = new Set(await this.rooms.online(SESSION_ROOM, sessionId, 'local'));
    const [head]: { version: string; db_now: Date }[] = await this.db.query(
      `SELECT version, now() AS db_now FROM reflection_session WHERE id = $1`,
      [sessionId],
    );
    if (!head) throw new UserError('NOT_FOUND');
    const version = Number(head.version);
    let reading = this.readings.get(sessionId);
    if (!reading || reading.version !== version || Date.now() - reading.readAt > READING_TTL_MS) {
      // The screens of a room join together (a session starts, a process's screens move after a crash): they share
      // one reading in flight.
      reading = await this.reading(sessionId, version);
    }
    return this.view(reading, personId, online, head.db_now, await openTeamPractices(this.db.manager, reading.session));
  }

  /**
   * A fresh reading of at least `version` (the session's version when the
   * screen had joined the room). The reading in flight is shared when the
   * join that began it saw the same version: it began after that, so it
   * reads that version or a later one. Otherwise the room moved on and this
   * join reads for itself, as it would without sharing.
   */
  private reading(sessionId: string, version: number): Promise<SessionReading> {
    const pending = this.pending.get(sessionId);
    if (pending?.version === version) return pending.read;
    const read = this.read(sessionId)
      .then((reading) => {
        this.keep(reading);
        return reading;
      })
      .finally(() => {
        if (this.pending.get(sessionId)?.read === read) this.pending.delete(sessionId);
      });
    this.pending.set(sessionId, { version, read });
    return read;
  }

  private keep(reading: SessionReading): void {
    if (reading.session.status === 'live') this.readings.set(reading.session.id, reading);
    else this.readings.delete(reading.session.id);
  }

  private read(sessionId: string): Promise<SessionReading> {
    return this.db.transaction('REPEATABLE READ', async (manager) => {
      const [session]: (ViewedSessionRow & { case_pseudonym: string | null })[] = await manager.query(
        `SELECT s.*, c.display_pseudonym AS case_pseudonym FROM reflection_session s
         LEFT JOIN case_file c ON c.id = s.case_id WHERE s.id = $1`,
        [sessionId],
      );
      const phase = session.method_snapshot.phases[session.current_phase_index];
      return {
        version: Number(session.version),
        readAt: Date.now(),
        session,
        participants: await loadParticipants(manager, sessionId, session.status === 'live' ? phase.id : null),
        // Contributions the retention purge emptied after the report was approved (the organisation's choice) are not shown.
        entries: await manager.query(`SELECT * FROM session_entry WHERE session_id = $1 AND body <> '' ORDER BY created_at, id`, [
          sessionId,
        ]),
        groups: await manager.query(`SELECT id, phase_id, label FROM session_group WHERE session_id = $1 ORDER BY created_at, id`, [
          sessionId,
        ]),
        votes: await manager.query(
          `SELECT ${DOT_COLUMNS} FROM session_vote v JOIN session_entry e ON e.id = v.entry_id WHERE v.session_id = $1`,
          [sessionId],
        ),
        tags: await manager.query(
          `SELECT id, phase_id, entry_id, item_id, direction FROM session_tag WHERE session_id = $1 ORDER BY created_at, id`,
          [sessionId],
        ),
        harvest: await sharedHarvest(manager, sessionId),
      };
    });
  }

  /** One viewer's snapshot of a reading: what the phases keep to themselves is left out for this viewer. */
  private view(
    { session, participants, entries: allEntries, groups, votes: allVotes, tags: allTags, harvest }: SessionReading,
    personId: string,
    online: ReadonlySet<string>,
    now: Date,
    openPractices: LivePractice[],
  ): LiveSessionState {
    const method = session.method_snapshot;
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
    // Others' dots on an entry this viewer cannot see, or hidden, are left out; on an anonymous entry they are only counted.
    const votes = votesSeenBy(room, allVotes.map(dotFromRow), { personId, isModerator });
    return {
      sessionId: session.id,
      version: Number(session.version),
      status: session.status,
      title: session.title,
      oneScreen: session.one_screen,
      voteBudget: session.vote_budget,
      moderatorId: session.moderator_id,
      // No link until the case rule is asked for this viewer (joinSnapshot).
      caseRef:
        session.case_id && session.case_pseudonym ? { id: session.case_id, pseudonym: session.case_pseudonym, viewerCanRead: false } : null,
      lensIds: session.lens_ids,
      method: { id: method.id, version: method.version, name: method.name, summary: method.summary },
      phases: method.phases,
      currentPhaseIndex: session.current_phase_index,
      revealedPhaseIds: session.revealed_phase_ids,
      closedPhaseIds: session.closed_phase_ids,
      timer: timerOf(session),
      serverNow: now.toISOString(),
      participants: participants.map((p) => ({ ...p, online: online.has(p.personId) })),
      entries: entries.map(entryFromRow),
      groups: groups.map(groupFromRow),
      votes,
      tags: tags.map(tagFromRow),
      openPractices,
      harvest,
      viewer: {
        personId,
        isModerator,
        ownEntryIds: entries.filter((e) => e.author_id === personId).map((e) => e.id),
      },
    };
  }
}
