import { AuditAction, AuditChange, fromTo, MIRROR_LIMITS, MIRROR_MODERATOR_ROLES } from '@kring/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { actorIn, AuditService } from '../../../engine/audit/audit.service';
import { RetentionPurgeService } from '../../../engine/retention/retention-purge.service';
import { TenantAccess, Viewer } from '../../../engine/auth/viewer';
import { UserError } from '../../../engine/graphql/user-error';
import { checkStartToCome, startMoved } from '../../../engine/dates/start-to-come';
import { MirrorConversationDto, MirrorConversationSummaryDto, MirrorLearningWishDto, MirrorPriorInputDto } from '../dtos/conversation.dto';
import {
  AddMirrorLearningWishInput,
  CancelMirrorConversationInput,
  PlanMirrorConversationInput,
  SaveMirrorQuestionGuideInput,
  UpdateMirrorConversationInput,
} from '../dtos/conversation.inputs';
import { bumpMirrorVersion, MirrorBroadcaster } from '../live/mirror-broadcaster';
import { canPlan, MirrorAccess, requireStatus } from '../mirror-access';
import { ACTIVE_SCOPES, RELATIVE_PAGE_SURFACE, ViewedConversationRow } from '../mirror-rows';
import { cancelledMail, ChangeMailFacts, changedMail } from '../participants/invitation-mail';
import { MirrorParticipantsService } from '../participants/mirror-participants.service';
import { loadParticipants } from '../participants/participant-rows';
import { loadSummaryRows, toSummary } from './conversation-rows';
import { namedRef } from '../../../engine/graphql/named-ref';
import { mirrorReadiness } from './utils/mirror-readiness';
import { planMove } from './utils/plan-move';
import { PersonSummary } from '../../../engine/graphql/person-summary';
import type {
  MirrorConversationRow,
  MirrorLearningWishRow,
  MirrorQuestionRow,
  PersonRow,
  ReflectionSessionRow,
} from '../../../engine/database/tables.generated';

type WishRow = Pick<MirrorLearningWishRow, 'id' | 'body' | 'created_at' | 'author_id'> & { author_name: PersonRow['display_name'] | null };
/** A question as the guide shows it (theme_ids read as "themeIds"). */
type QuestionRow = Pick<MirrorQuestionRow, 'id' | 'position' | 'body'> & { themeIds: MirrorQuestionRow['theme_ids'] };

/** What a change of plan records in the audit log, and the mail it sends every invited relative (neither when nothing they need to know changed). */
interface PlanChange {
  audit?: AuditAction;
  /** What the audit log keeps of the change, from and to (a moved date; never the place someone typed). */
  change?: AuditChange;
  mail?: (facts: ChangeMailFacts) => { subject: string; body: string };
  /** People no longer in the conversation (`gone`), or no longer its moderator (`demoted`): their consoles are taken off. */
  takenOff?: { gone: string[]; demoted: string[] };
}

/**
 * Preparing a mirror conversation (voorbereiden): theme, date and place, the
 * moderator and the listeners; what staff want to learn; the question guide
 * (gespreksleidraad) the moderator makes of it.
 */
@Injectable()
export class MirrorPlanningService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly conversations: MirrorAccess,
    private readonly broadcaster: MirrorBroadcaster,
    private readonly participantsService: MirrorParticipantsService,
    private readonly audit: AuditService,
    private readonly purges: RetentionPurgeService,
  ) {}

  /** Every member sees which conversations there are: the theme and date are no secret, the harvest has its own rules. */
  async list(viewer: Viewer, access: TenantAccess): Promise<MirrorConversationSummaryDto[]> {
    const rows = await loadSummaryRows(this.db.manager, access, viewer);
    return rows.map((row) => toSummary(row, access, viewer));
  }

  async conversation(viewer: Viewer, access: TenantAccess, conversationId: string): Promise<MirrorConversationDto> {
    const [row] = await loadSummaryRows(this.db.manager, access, viewer, 'c.id = $4', [conversationId]);
    if (!row) throw new UserError('NOT_FOUND');
    const isModerator = row.moderator_id === viewer.personId;
    const planner = canPlan(row, access, viewer);
    const [listeners, wishes, questions, participants, priorInput, [session]] = await Promise.all([
      this.db.query<PersonSummary[]>(
        `SELECT p.id, p.display_name AS "displayName", p.email FROM mirror_listener l JOIN person p ON p.id = l.person_id
         WHERE l.conversation_id = $1 ORDER BY p.display_name`,
        [conversationId],
      ),
      this.db.query<WishRow[]>(
        `SELECT w.id, w.body, w.created_at, w.author_id, p.display_name AS author_name FROM mirror_learning_wish w
         LEFT JOIN person p ON p.id = w.author_id WHERE w.conversation_id = $1 ORDER BY w.created_at, w.id`,
        [conversationId],
      ),
      this.db.query<QuestionRow[]>(
        `SELECT id, position, body, theme_ids AS "themeIds" FROM mirror_question WHERE conversation_id = $1 ORDER BY position`,
        [conversationId],
      ),
      planner ? loadParticipants(this.db.manager, conversationId) : Promise.resolve([]),
      isModerator ? this.priorInput(conversationId) : Promise.resolve([]),
      row.listener_session_id
        ? this.db.query<Pick<ReflectionSessionRow, 'id' | 'title'>[]>(`SELECT id, title FROM reflection_session WHERE id = $1`, [
            row.listener_session_id,
          ])
        : Promise.resolve([]),
    ]);
    return {
      ...toSummary(row, access, viewer),
      escalationProcedure: row.escalation_procedure,
      moderatorNotIndependent: row.moderator_not_independent,
      listeners,
      learningWishes: wishes.map((w): MirrorLearningWishDto => ({
        id: w.id,
        body: w.body,
        createdAt: w.created_at,
        author: namedRef(w.author_id, w.author_name),
        mine: w.author_id === viewer.personId,
      })),
      questions,
      participants,
      priorInput,
      viewerCanPlan: planner,
      listenerSession: session ? namedRef(session.id, session.title) : null,
      readiness: planner
        ? mirrorReadiness({ status: row.status, scheduledAt: new Date(row.scheduled_at) }, questions.length, participants, new Date())
        : null,
      cancelledAt: row.cancelled_at,
      cancelMessage: row.cancel_message,
      startedAt: row.started_at,
      endedAt: row.ended_at,
      harvestApprovedAt: row.harvest_approved_at,
    };
  }

  async plan(viewer: Viewer, access: TenantAccess, input: PlanMirrorConversationInput): Promise<MirrorConversationDto> {
    checkStartToCome(input.scheduledAt);
    const id = await this.db.transaction(async (manager) => {
      await this.checkTeam(manager, access, input.teamId);
      const listenerIds = await this.checkPeople(manager, access, input.moderatorId, input.listenerIds);
      const [row] = await manager.query<Pick<MirrorConversationRow, 'id'>[]>(
        `INSERT INTO mirror_conversation (organisation_id, team_id, theme, scheduled_at, duration_minutes, place, moderator_id, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [
          access.organisationId,
          input.teamId ?? null,
          input.theme,
          input.scheduledAt,
          input.durationMinutes ?? MIRROR_LIMITS.defaultDurationMinutes,
          input.place ?? '',
          input.moderatorId,
          viewer.personId,
        ],
      );
      await this.syncListeners(manager, row.id, access.organisationId, listenerIds);
      await this.audit.recordOn(
        'mirror_conversation_planned',
        actorIn(access, viewer),
        { type: 'mirror_conversation', id: row.id },
        manager,
      );
      return row.id;
    });
    return this.conversation(viewer, access, id);
  }

  /**
   * Re-planning, also during the conversation (a listener who joins late); the room hears of it at once.
   * A new date or place before the conversation is mailed to every invited relative, and their page says it moved.
   */
  async update(viewer: Viewer, access: TenantAccess, input: UpdateMirrorConversationInput): Promise<MirrorConversationDto> {
    return this.changePlan(viewer, access, input.conversationId, async (manager, row) => {
      // Only a moved start: the form sends the start again with every change, also of a conversation under way.
      if (startMoved(new Date(row.scheduled_at), input.scheduledAt)) checkStartToCome(input.scheduledAt);
      const { dateMoved, moved } = planMove({ status: row.status, scheduledAt: new Date(row.scheduled_at), place: row.place }, input);
      if (dateMoved) await manager.query(`UPDATE mirror_conversation SET rescheduled_from = scheduled_at WHERE id = $1`, [row.id]);
      await this.checkTeam(manager, access, input.teamId);
      const listenerIds = await this.checkPeople(manager, access, input.moderatorId, input.listenerIds);
      await manager.query(
        `UPDATE mirror_conversation SET team_id = $2, theme = $3, scheduled_at = $4, duration_minutes = $5, place = $6, moderator_id = $7,
           escalation_procedure = $8, updated_at = now() WHERE id = $1`,
        [
          row.id,
          input.teamId ?? null,
          input.theme,
          input.scheduledAt,
          input.durationMinutes ?? row.duration_minutes,
          input.place ?? row.place,
          input.moderatorId,
          input.escalationProcedure ?? row.escalation_procedure,
        ],
      );
      const dropped = await this.syncListeners(manager, row.id, access.organisationId, listenerIds);
      const now = new Set([input.moderatorId, ...listenerIds]);
      const takenOff = {
        gone: [...new Set([row.moderator_id, ...dropped])].filter((id) => !now.has(id)),
        demoted: row.moderator_id !== input.moderatorId && now.has(row.moderator_id) ? [row.moderator_id] : [],
      };
      const change: AuditChange = {
        scheduledAt: fromTo(new Date(row.scheduled_at).toISOString(), new Date(input.scheduledAt).toISOString()),
      };
      return { takenOff, ...(moved ? { audit: 'mirror_conversation_rescheduled', change, mail: changedMail } : {}) };
    });
  }

  /**
   * The conversation does not take place (also a test conversation left running).
   * Every invited relative gets the moderator's message by e-mail and on their page;
   * what they wrote beforehand has no purpose any more and is deleted.
   */
  async cancel(viewer: Viewer, access: TenantAccess, input: CancelMirrorConversationInput): Promise<MirrorConversationDto> {
    return this.changePlan(viewer, access, input.conversationId, async (manager, row) => {
      await manager.query(
        `UPDATE mirror_conversation SET status = 'cancelled', cancelled_at = now(), cancel_message = $2, current_question_id = NULL, updated_at = now() WHERE id = $1`,
        [row.id, input.message ?? ''],
      );
      await this.purges.onEvent(manager, 'mirror_conversation_cancelled', {
        organisationId: access.organisationId,
        subjectId: row.id,
        personId: viewer.personId,
      });
      return { audit: 'mirror_conversation_cancelled', mail: (facts) => cancelledMail({ ...facts, message: input.message ?? '' }) };
    });
  }

  /**
   * A planner's change while the conversation is planned or live: `write` runs on the
   * locked row and says what to record in the audit log and what to mail every invited
   * relative; the room hears of the change first, the relatives after.
   */
  private async changePlan(
    viewer: Viewer,
    access: TenantAccess,
    conversationId: string,
    write: (manager: EntityManager, row: ViewedConversationRow) => Promise<PlanChange>,
  ): Promise<MirrorConversationDto> {
    let told: PlanChange = {};
    const change = await this.db.transaction(async (manager) => {
      const row = await this.conversations.planner(conversationId, access, viewer, manager, true);
      requireStatus(row, ['planned', 'live']);
      told = await write(manager, row);
      if (told.audit)
        await this.audit.recordChange(
          told.audit,
          actorIn(access, viewer),
          { type: 'mirror_conversation', id: row.id },
          told.change ?? {},
          manager,
        );
      return bumpMirrorVersion(manager, row.id);
    });
    this.broadcaster.changed(change);
    if (told.takenOff) this.broadcaster.takenOff(conversationId, told.takenOff);
    if (told.mail) await this.participantsService.tellInvited(conversationId, told.mail);
    return this.conversation(viewer, access, conversationId);
  }

  /** Any member may say what they want to learn, while the conversation is being prepared. */
  async addWish(viewer: Viewer, access: TenantAccess, input: AddMirrorLearningWishInput): Promise<MirrorConversationDto> {
    await this.db.transaction(async (manager) => {
      const row = await this.conversations.viewed(input.conversationId, access, viewer, manager, true);
      requireStatus(row, ['planned']);
      await manager.query(`INSERT INTO mirror_learning_wish (organisation_id, conversation_id, body, author_id) VALUES ($1, $2, $3, $4)`, [
        access.organisationId,
        row.id,
        input.body,
        viewer.personId,
      ]);
    });
    return this.conversation(viewer, access, input.conversationId);
  }

  /** Its author takes a wish back, or a planner removes it once it is in the guide. */
  async removeWish(viewer: Viewer, access: TenantAccess, wishId: string): Promise<MirrorConversationDto> {
    const conversationId = await this.db.transaction(async (manager) => {
      const [wish] = await manager.query<Pick<MirrorLearningWishRow, 'conversation_id' | 'author_id'>[]>(
        `SELECT conversation_id, author_id FROM mirror_learning_wish WHERE id = $1 AND organisation_id = $2`,
        [wishId, access.organisationId],
      );
      if (!wish) throw new UserError('NOT_FOUND');
      const row = await this.conversations.viewed(wish.conversation_id, access, viewer, manager, true);
      if (wish.author_id !== viewer.personId && !canPlan(row, access, viewer)) throw new UserError('MIRROR_PLANNER_ONLY');
      requireStatus(row, ['planned']);
      await manager.query(`DELETE FROM mirror_learning_wish WHERE id = $1`, [wishId]);
      return row.id;
    });
    return this.conversation(viewer, access, conversationId);
  }

  /** Replaces the guide as a whole, in the order given; fixed once the conversation has started. */
  async saveGuide(viewer: Viewer, access: TenantAccess, input: SaveMirrorQuestionGuideInput): Promise<MirrorConversationDto> {
    const change = await this.db.transaction(async (manager) => {
      const row = await this.conversations.planner(input.conversationId, access, viewer, manager, true);
      requireStatus(row, ['planned']);
      await manager.query(`DELETE FROM mirror_question WHERE conversation_id = $1`, [row.id]);
      for (const [position, question] of input.questions.entries()) {
        await manager.query(
          `INSERT INTO mirror_question (organisation_id, conversation_id, position, body, theme_ids) VALUES ($1, $2, $3, $4, $5)`,
          [access.organisationId, row.id, position + 1, question.body, [...new Set(question.themeIds)]],
        );
      }
      return bumpMirrorVersion(manager, row.id);
    });
    this.broadcaster.changed(change);
    return this.conversation(viewer, access, input.conversationId);
  }

  /**
   * Free texts of people who take part, by pseudonym: what the moderator reads to prepare; and whether they kept a text
   * on their own page through an escalation prompt (the prompt's record: who and the choice, never the text), so a
   * complaint signal from a relative reaches the moderator as a session's flagged contribution does.
   */
  private async priorInput(conversationId: string): Promise<MirrorPriorInputDto[]> {
    return this.db.query<MirrorPriorInputDto[]>(
      `SELECT pseudonym, "freeText", flagged FROM (
         SELECT p.pseudonym, p.free_text AS "freeText",
                EXISTS (SELECT 1 FROM escalation_prompt e WHERE e.shown_to_participant = p.id AND e.surface = '${RELATIVE_PAGE_SURFACE}' AND e.choice = 'kept') AS flagged
         FROM mirror_participant p WHERE p.conversation_id = $1 AND 'take_part' = ANY(${ACTIVE_SCOPES})
       ) input WHERE "freeText" <> '' OR flagged ORDER BY pseudonym`,
      [conversationId],
    );
  }

  private async checkTeam(manager: EntityManager, access: TenantAccess, teamId: string | null | undefined): Promise<void> {
    if (!teamId) return;
    const [team] = await manager.query<unknown[]>(`SELECT 1 FROM team WHERE id = $1 AND organisation_id = $2`, [
      teamId,
      access.organisationId,
    ]);
    if (!team) throw new UserError('NOT_FOUND');
  }

  /** The moderator must be able to lead; listeners must be members of the organisation. Returns the listeners without the moderator. */
  private async checkPeople(manager: EntityManager, access: TenantAccess, moderatorId: string, listenerIds: string[]): Promise<string[]> {
    const listeners = [...new Set(listenerIds)].filter((id) => id !== moderatorId);
    const rows: { person_id: string; can_moderate: boolean }[] = await manager.query(
      `SELECT person_id, bool_or(role = ANY($3::text[])) AS can_moderate FROM membership
       WHERE organisation_id = $1 AND person_id = ANY($2::uuid[]) GROUP BY person_id`,
      [access.organisationId, [moderatorId, ...listeners], MIRROR_MODERATOR_ROLES],
    );
    const members = new Map(rows.map((r) => [r.person_id, r.can_moderate]));
    if (!members.get(moderatorId)) throw new UserError('SESSION_MODERATOR_NOT_ALLOWED');
    if (listeners.some((id) => !members.has(id))) throw new UserError('SESSION_PARTICIPANT_NOT_MEMBER');
    return listeners;
  }

  /** Makes the listeners exactly `listenerIds`; returns who was a listener and no longer is. */
  private async syncListeners(
    manager: EntityManager,
    conversationId: string,
    organisationId: string,
    listenerIds: string[],
  ): Promise<string[]> {
    const dropped = await manager.query<{ person_id: string }[]>(
      // In a CTE: TypeORM answers a bare DELETE … RETURNING with [rows, count].
      `WITH dropped AS (DELETE FROM mirror_listener WHERE conversation_id = $1 AND person_id <> ALL($2::uuid[]) RETURNING person_id)
       SELECT person_id FROM dropped`,
      [conversationId, listenerIds],
    );
    await manager.query(
      `INSERT INTO mirror_listener (conversation_id, person_id, organisation_id) SELECT $1, unnest($2::uuid[]), $3 ON CONFLICT DO NOTHING`,
      [conversationId, listenerIds, organisationId],
    );
    return dropped.map((r) => r.person_id);
  }
}
