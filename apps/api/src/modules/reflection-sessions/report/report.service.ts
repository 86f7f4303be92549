import {
  EXPORTED_HARVEST_KINDS,
  findFrameworkItem,
  findLens,
  harvestKindsOnScreen,
  Language,
  TAG_DIRECTION_LABELS,
  TagDirection,
} from '@kring/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { actorIn, AuditService } from '../../../engine/audit/audit.service';
import { TenantAccess, Viewer } from '../../../engine/auth/viewer';
import type { SessionEntryRow, SessionTagRow } from '../../../engine/database/tables.generated';
import { ReportEntryDto, ReportTagCountDto, ReportTagDto, SessionReportDto } from '../dtos/report.dto';
import { harvestItemsReadBy } from '../harvest/harvest-rows';
import { loadPractices, sessionPractices } from '../harvest/practice-rows';
import { practiceDto } from '../planning/session-dtos';
import { UserError } from '../../../engine/graphql/user-error';
import { SessionAccess } from '../session-access';

/** The report's own reads, typed from the migrated tables. */
interface Details {
  team_name: string | null;
  display_pseudonym: string | null;
  moderator_name: string;
  approved_by: string | null;
}
type EntryRead = SessionEntryRow & { author_name: string | null; group_label: string | null; votes: number };
type TagRead = Pick<SessionTagRow, 'entry_id' | 'item_id' | 'direction'>;

/** The ways a report leaves Kring; each is written to the audit log. */
type ReportAccess = 'read' | 'markdown' | 'pdf';

function tag(itemId: string, direction: TagDirection, language: Language): ReportTagDto {
  return {
    itemId,
    itemName: findFrameworkItem(itemId)?.name[language] ?? itemId,
    direction,
    directionLabel: TAG_DIRECTION_LABELS[direction][language],
  };
}

/**
 * The report of a session, for its participants: method, question, the case
 * by pseudonym only, every phase with what was said (anonymous stays
 * anonymous), dots and value tags, and the harvest. Reading and exporting are
 * audited, as for any content about residents.
 */
@Injectable()
export class ReportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sessions: SessionAccess,
    private readonly audit: AuditService,
  ) {}

  async report(viewer: Viewer, access: TenantAccess, sessionId: string, how: ReportAccess): Promise<SessionReportDto> {
    const session = await this.sessions.participant(sessionId, access, viewer);
    // While the session runs, a phase may keep contributions to their authors and dots hidden; the report shows all of
    // it, so it waits for the end (which closes every phase).
    if (session.status !== 'closed') throw new UserError('SESSION_REPORT_NOT_YET');
    const language = viewer.preferredLanguage;
    const moderator = session.moderator_id === viewer.personId;
    // On screen what the harvest rule lets this reader see; in a download only what the rule exports (never memos).
    const kinds = how === 'read' ? harvestKindsOnScreen([moderator ? 'session_moderator' : 'session_participant']) : EXPORTED_HARVEST_KINDS;
    const [[details], people, entries, tags, items, practices, reviewed] = await Promise.all([
      this.db.query<Details[]>(
        `SELECT t.name AS team_name, c.display_pseudonym, m.display_name AS moderator_name, a.display_name AS approved_by
         FROM reflection_session s LEFT JOIN team t ON t.id = s.team_id LEFT JOIN case_file c ON c.id = s.case_id
         JOIN person m ON m.id = s.moderator_id LEFT JOIN person a ON a.id = s.report_approved_by WHERE s.id = $1`,
        [sessionId],
      ),
      this.db.query<{ display_name: string }[]>(
        `SELECT p.display_name FROM session_participant sp JOIN person p ON p.id = sp.person_id WHERE sp.session_id = $1 AND sp.role = 'participant' ORDER BY p.display_name`,
        [sessionId],
      ),
      // Contributions the retention purge emptied (the organisation's choice) are gone from the report too.
      this.db.query<EntryRead[]>(
        `SELECT e.*, p.display_name AS author_name, g.label AS group_label, (SELECT coalesce(sum(v.count), 0)::int FROM session_vote v WHERE v.entry_id = e.id) AS votes
         FROM session_entry e LEFT JOIN person p ON p.id = e.author_id LEFT JOIN session_group g ON g.id = e.group_id
         WHERE e.session_id = $1 AND e.body <> '' ORDER BY e.created_at, e.id`,
        [sessionId],
      ),
      this.db.query<TagRead[]>(`SELECT entry_id, item_id, direction FROM session_tag WHERE session_id = $1 ORDER BY created_at, id`, [
        sessionId,
      ]),
      harvestItemsReadBy(this.db.manager, sessionId, kinds, viewer.personId),
      sessionPractices(this.db.manager, sessionId),
      loadPractices(this.db.manager, `EXISTS (SELECT 1 FROM practice_review r WHERE r.practice_id = p.id AND r.session_id = $1)`, [
        sessionId,
      ]),
    ]);
    await this.audit.recordOn(`session_report_${how}`, actorIn(access, viewer), { type: 'reflection_session', id: sessionId });

    const tagsOf = (entryId: string) => tags.filter((t) => t.entry_id === entryId).map((t) => tag(t.item_id, t.direction, language));
    const entry = (e: EntryRead): ReportEntryDto => ({
      kind: e.kind,
      body: e.body,
      // The report keeps every promise of the room: no author for anonymous or room entries.
      author: e.anonymous || e.for_room ? null : (e.author_name ?? null),
      anonymous: e.anonymous,
      forRoom: e.for_room,
      groupLabel: e.group_label,
      votes: e.votes,
      tags: tagsOf(e.id),
    });
    const method = session.method_snapshot;
    const byItem = new Map<string, ReportTagCountDto>();
    for (const t of tags) {
      const key = `${t.item_id}:${t.direction}`;
      const counted = byItem.get(key) ?? { ...tag(t.item_id, t.direction, language), count: 0 };
      byItem.set(key, { ...counted, count: counted.count + 1 });
    }
    const texts = (kind: string) => items.filter((i) => i.kind === kind).map((i) => i.body);
    return {
      sessionId,
      question: session.title,
      methodName: method.name[language],
      methodVersion: method.version,
      teamName: details.team_name,
      casePseudonym: session.case_id ? details.display_pseudonym : null,
      scheduledAt: session.scheduled_at,
      startedAt: session.started_at,
      endedAt: session.ended_at,
      place: session.place,
      moderatorName: details.moderator_name,
      participantNames: people.map((p) => p.display_name),
      lensNames: session.lens_ids.map((id) => findLens(id)?.name[language] ?? id),
      phases: method.phases.map((phase) => ({
        id: phase.id,
        title: phase.title[language],
        kind: phase.kind,
        prompt: phase.participantPrompt[language],
        entries: entries.filter((e) => e.phase_id === phase.id).map(entry),
      })),
      tagCounts: [...byItem.values()],
      insights: texts('insight'),
      advice: texts('advice'),
      practices: practices.map(practiceDto),
      reviewedPractices: reviewed.map(practiceDto),
      memos: texts('memo'),
      approvedAt: session.report_approved_at,
      approvedBy: details.approved_by,
    };
  }
}
