import {
  freshTimer,
  LIVE_LIMITS,
  methodDurationMinutes,
  plannedDurationMinutes,
  QUESTION_RULE,
  SESSION_MODERATOR_ROLES,
  sessionQuestion,
} from '@kring/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { TenantAccess, Viewer } from '../../../engine/auth/viewer';
import type { ReflectionSessionRow, TeamRow } from '../../../engine/database/tables.generated';
import { UserError } from '../../../engine/graphql/user-error';
import { CasesService } from '../../cases';
import { MethodsService } from '../../methods';
import { PlanSessionInput, UpdateSessionInput } from '../dtos/session.inputs';
import { SessionDto, SessionSummaryDto } from '../dtos/session.dto';
import { HarvestService } from '../harvest/harvest.service';
import { openTeamPractices } from '../harvest/practice-rows';
import { LiveBroadcaster } from '../live/live-broadcaster';
import { loadParticipants } from '../live/live-rows';
import { bumpVersion } from '../live/session-version';
import { SessionAccess } from '../session-access';
import { loadSummaries, practiceDto, UPCOMING } from './session-dtos';
import { checkStartToCome, startMoved } from '../../../engine/dates/start-to-come';

/** The question to store (sessionQuestion), or the field's error, in the words the planning form shows too. */
function questionOf(input: { question?: string | null }, caseTitle: string | null | undefined): string {
  const question = sessionQuestion(input.question, caseTitle);
  if (!question) throw new UserError('BAD_USER_INPUT', {}, [{ field: 'question', rule: QUESTION_RULE }]);
  return question;
}

/** Who takes part: the moderator, and the invited people without the moderator. */
interface People {
  moderatorId: string;
  participantIds: string[];
}

/**
 * Planning (voorbereiden): a session gets a method (its version kept as a
 * snapshot), optionally a case, a question or theme, a date, a moderator,
 * invited participants and lenses. Participants see it on their home page.
 */
@Injectable()
export class PlanningService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly methods: MethodsService,
    private readonly cases: CasesService,
    private readonly sessions: SessionAccess,
    private readonly harvest: HarvestService,
    private readonly broadcaster: LiveBroadcaster,
  ) {}

  async plan(viewer: Viewer, access: TenantAccess, input: PlanSessionInput): Promise<SessionSummaryDto> {
    checkStartToCome(input.scheduledAt);
    const method = await this.methods.resolve(access.organisationId, input.methodId, input.methodVersion ?? undefined);
    const id = await this.db.transaction(async (manager) => {
      const [team] = await manager.query<Pick<TeamRow, 'id'>[]>(`SELECT id FROM team WHERE id = $1 AND organisation_id = $2`, [
        input.teamId,
        access.organisationId,
      ]);
      if (!team) throw new UserError('NOT_FOUND');
      const people = await this.checkPeople(manager, access, input);
      const chosen = input.caseId ? await this.cases.readableCase(viewer, access, input.caseId, manager) : null;
      const question = questionOf(input, chosen?.row.title);
      const [row] = await manager.query<Pick<ReflectionSessionRow, 'id'>[]>(
        `INSERT INTO reflection_session (organisation_id, team_id, title, method_id, method_version, method_snapshot, case_id, lens_ids, scheduled_at,
           duration_minutes, place, moderator_id, vote_budget, one_screen, created_by, timer_phase_id, timer_duration_seconds, timer_remaining_seconds)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $17) RETURNING id`,
        [
          access.organisationId,
          input.teamId,
          question,
          method.id,
          method.version,
          JSON.stringify(method),
          input.caseId ?? null,
          input.lensIds,
          input.scheduledAt,
          input.durationMinutes ?? plannedDurationMinutes(methodDurationMinutes(method)),
          input.place ?? '',
          people.moderatorId,
          input.voteBudget ?? LIVE_LIMITS.defaultVoteBudget,
          input.oneScreen ?? false,
          viewer.personId,
          method.phases[0].id,
          freshTimer(method.phases[0]).durationSeconds,
        ],
      );
      await this.syncParticipants(manager, row.id, access.organisationId, people);
      return row.id;
    });
    return this.summary(viewer, access, id);
  }

  /** Re-planning: also during a live session (e.g. inviting someone late); the room hears of it at once. */
  async update(viewer: Viewer, access: TenantAccess, input: UpdateSessionInput): Promise<SessionSummaryDto> {
    const { event, removed } = await this.db.transaction(async (manager) => {
      const session = await this.sessions.planner(input.sessionId, access, viewer, manager, true);
      if (session.status !== 'planned' && session.status !== 'live') throw new UserError('SESSION_NOT_EDITABLE');
      // Only a moved start: the form sends the start again with every change, also of a session under way or overdue.
      if (startMoved(session.scheduled_at, input.scheduledAt)) checkStartToCome(input.scheduledAt);
      const caseId = input.caseId ?? null;
      if (caseId !== session.case_id) {
        // What the room reflects on is fixed once it has started.
        if (session.status !== 'planned') throw new UserError('SESSION_NOT_PLANNED');
        if (caseId) await this.cases.readableCase(viewer, access, caseId, manager);
      }
      // Left empty with a case: the case's title, read as this planner may read the case.
      const caseTitle =
        caseId && !input.question?.trim() ? (await this.cases.readableCase(viewer, access, caseId, manager)).row.title : null;
      const question = questionOf(input, caseTitle);
      const people = await this.checkPeople(manager, access, input);
      const before: { person_id: string }[] = await manager.query(`SELECT person_id FROM session_participant WHERE session_id = $1`, [
        session.id,
      ]);
      const staying = new Set([people.moderatorId, ...people.participantIds]);
      await manager.query(
        `UPDATE reflection_session SET title = $2, scheduled_at = $3, duration_minutes = $4, place = $5, moderator_id = $6, lens_ids = $7,
           vote_budget = $8, one_screen = $9, case_id = $10 WHERE id = $1`,
        [
          session.id,
          question,
          input.scheduledAt,
          input.durationMinutes ?? session.duration_minutes,
          input.place ?? session.place,
          people.moderatorId,
          input.lensIds,
          input.voteBudget ?? session.vote_budget,
          input.oneScreen ?? session.one_screen,
          caseId,
        ],
      );
      await this.syncParticipants(manager, session.id, access.organisationId, people);
      const phase = session.method_snapshot.phases[session.current_phase_index];
      const event = await bumpVersion(manager, session.id, {
        type: 'detailsChanged',
        title: question,
        voteBudget: input.voteBudget ?? session.vote_budget,
        oneScreen: input.oneScreen ?? session.one_screen,
        moderatorId: people.moderatorId,
        participants: await loadParticipants(manager, session.id, session.status === 'live' ? phase.id : null),
      });
      return { event, removed: before.map((p) => p.person_id).filter((id) => !staying.has(id)) };
    });
    this.broadcaster.publish(event);
    this.broadcaster.removeFromRoom(input.sessionId, removed);
    return this.summary(viewer, access, input.sessionId);
  }

  /** Afgelast: only a session that has not started; what was planned stays visible as cancelled. */
  async cancel(viewer: Viewer, access: TenantAccess, sessionId: string): Promise<SessionSummaryDto> {
    const event = await this.db.transaction(async (manager) => {
      const session = await this.sessions.planner(sessionId, access, viewer, manager, true);
      if (session.status !== 'planned') throw new UserError('SESSION_NOT_PLANNED');
      await manager.query(`UPDATE reflection_session SET status = 'cancelled' WHERE id = $1`, [sessionId]);
      return bumpVersion(manager, sessionId, { type: 'sessionCancelled' });
    });
    this.broadcaster.publish(event);
    return this.summary(viewer, access, sessionId);
  }

  /** For the home page: planned and live sessions the viewer takes part in, soonest first (UPCOMING: overdue ones for their moderator). */
  upcoming(viewer: Viewer, access: TenantAccess): Promise<SessionSummaryDto[]> {
    return this.summaries(
      viewer,
      access,
      `s.organisation_id = $2 AND me.person_id IS NOT NULL AND ${UPCOMING} ORDER BY s.scheduled_at, s.id`,
      [access.organisationId],
    );
  }

  /**
   * Closed sessions the viewer took part in, newest first by the day they were held (started, else planned: the day the
   * list shows), the way to their reports. Overdue ones are in `upcoming`.
   */
  past(viewer: Viewer, access: TenantAccess): Promise<SessionSummaryDto[]> {
    return this.summaries(
      viewer,
      access,
      `s.organisation_id = $2 AND me.person_id IS NOT NULL AND s.status = 'closed' ORDER BY coalesce(s.started_at, s.scheduled_at) DESC, s.id LIMIT 100`,
      [access.organisationId],
    );
  }

  /**
   * The session page: details, harvest (memos for the moderator only) and the team's open practices, for its
   * participants; a manager or planner who does not take part gets the plan only (to hand it to another moderator).
   */
  async session(viewer: Viewer, access: TenantAccess, sessionId: string): Promise<SessionDto> {
    const session = await this.sessions.participantOrPlanner(sessionId, access, viewer);
    const [summary] = await this.summaries(viewer, access, `s.id = $2`, [sessionId]);
    if (!session.viewer_role) return { ...summary, harvest: null, openPractices: [] };
    return {
      ...summary,
      harvest: await this.harvest.harvest(this.db.manager, session, viewer),
      openPractices: (await openTeamPractices(this.db.manager, session)).map(practiceDto),
    };
  }

  async summary(viewer: Viewer, access: TenantAccess, sessionId: string): Promise<SessionSummaryDto> {
    const [summary] = await this.summaries(viewer, access, `s.id = $2 AND s.organisation_id = $3`, [sessionId, access.organisationId]);
    if (!summary) throw new UserError('NOT_FOUND');
    return summary;
  }

  /** Sessions as every view shows them, with whether the viewer may open each one's case (the case rule, one query). */
  private async summaries(viewer: Viewer, access: TenantAccess, where: string, params: unknown[]): Promise<SessionSummaryDto[]> {
    const summaries = await loadSummaries(this.db.manager, viewer, access.roles, where, params);
    const readable = await this.cases.readableIds(
      viewer,
      access,
      summaries.flatMap((summary) => (summary.caseRef ? [summary.caseRef.id] : [])),
    );
    return summaries.map((summary) =>
      summary.caseRef ? { ...summary, caseRef: { ...summary.caseRef, viewerCanRead: readable.has(summary.caseRef.id) } } : summary,
    );
  }

  /** The moderator must be able to lead; everyone invited must be a member of the organisation. */
  private async checkPeople(
    manager: EntityManager,
    access: TenantAccess,
    input: { moderatorId: string; participantIds: string[] },
  ): Promise<People> {
    const participantIds = [...new Set(input.participantIds)].filter((id) => id !== input.moderatorId);
    const rows: { person_id: string; can_moderate: boolean }[] = await manager.query(
      `SELECT person_id, bool_or(role = ANY($3::text[])) AS can_moderate FROM membership
       WHERE organisation_id = $1 AND person_id = ANY($2::uuid[]) GROUP BY person_id`,
      [access.organisationId, [input.moderatorId, ...participantIds], SESSION_MODERATOR_ROLES],
    );
    const members = new Map(rows.map((r) => [r.person_id, r.can_moderate]));
    if (!members.get(input.moderatorId)) throw new UserError('SESSION_MODERATOR_NOT_ALLOWED');
    if (participantIds.some((id) => !members.has(id))) throw new UserError('SESSION_PARTICIPANT_NOT_MEMBER');
    return { moderatorId: input.moderatorId, participantIds };
  }

  /** Makes the participant list exactly `people`; ready marks of those who stay are kept. */
  private async syncParticipants(manager: EntityManager, sessionId: string, organisationId: string, people: People): Promise<void> {
    const everyone = [people.moderatorId, ...people.participantIds];
    const roles = everyone.map((id) => (id === people.moderatorId ? 'moderator' : 'participant'));
    await manager.query(`DELETE FROM session_participant WHERE session_id = $1 AND person_id <> ALL($2::uuid[])`, [sessionId, everyone]);
    await manager.query(
      `INSERT INTO session_participant (session_id, person_id, organisation_id, role) SELECT $1, unnest($2::uuid[]), $3, unnest($4::text[])
       ON CONFLICT (session_id, person_id) DO UPDATE SET role = EXCLUDED.role`,
      [sessionId, everyone, organisationId, roles],
    );
  }
}
