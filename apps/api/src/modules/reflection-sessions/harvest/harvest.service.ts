import { harvestKindsOnScreen, LIMITS, LiveEvent } from '@kring/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { actorIn, AuditService } from '../../../engine/audit/audit.service';
import { Notifier } from '../../../engine/notifications/notifier';
import { RetentionPurgeService } from '../../../engine/retention/retention-purge.service';
import { TenantAccess, Viewer } from '../../../engine/auth/viewer';
import { UserError } from '../../../engine/graphql/user-error';
import type { HarvestDraftRow, HarvestItemRow, PracticeRow, ReflectionSessionRow } from '../../../engine/database/tables.generated';
import { updateReturning } from '../../../engine/database/update-returning';
import { requireFlagSeen } from '../../../engine/privacy/flag-seen';
import {
  AcceptHarvestDraftInput,
  AddHarvestItemInput,
  AddPracticeInput,
  ReviewPracticeInput,
  UpdateHarvestItemInput,
  UpdatePracticeInput,
} from '../dtos/harvest.inputs';
import { PracticeDto, SessionHarvestDto } from '../dtos/session.dto';
import { LiveBroadcaster } from '../live/live-broadcaster';
import { bumpVersion } from '../live/session-version';
import { practiceDto } from '../planning/session-dtos';
import { SessionAccess } from '../session-access';
import { SessionRow, ViewedSessionRow } from '../session-rows';
import { harvestItemsReadBy, mayChangeHarvestItem, sharedHarvest } from './harvest-rows';
import { checkLookBackToCome } from './look-back-date';
import { loadPractices, sessionPractices } from './practice-rows';
import { sessionDrafts } from './harvest-drafts';
import { reportApprovedNotifications } from './report-approved-notice';

/**
 * The harvest (oogst), written by the moderator: insights, advice to the
 * contributor, new practices to try, and memos only the moderator sees. While
 * the room is open, every change to the shared part reaches it at once. Once
 * the report is approved the harvest is fixed.
 */
@Injectable()
export class HarvestService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sessions: SessionAccess,
    private readonly broadcaster: LiveBroadcaster,
    private readonly audit: AuditService,
    private readonly purges: RetentionPurgeService,
    private readonly notifier: Notifier,
  ) {}

  async harvest(manager: EntityManager, session: SessionRow, viewer: Viewer): Promise<SessionHarvestDto> {
    const moderator = session.moderator_id === viewer.personId;
    const items = await harvestItemsReadBy(
      manager,
      session.id,
      harvestKindsOnScreen([moderator ? 'session_moderator' : 'session_participant']),
      viewer.personId,
    );
    return {
      items,
      practices: (await sessionPractices(manager, session.id)).map(practiceDto),
      drafts: moderator ? await sessionDrafts(manager, session) : [],
      approvedAt: session.report_approved_at,
    };
  }

  addItem(viewer: Viewer, access: TenantAccess, input: AddHarvestItemInput): Promise<SessionHarvestDto> {
    return this.change(viewer, access, input.sessionId, input.kind !== 'memo', (manager, session) =>
      manager.query(`INSERT INTO harvest_item (organisation_id, session_id, kind, body, created_by) VALUES ($1, $2, $3, $4, $5)`, [
        session.organisation_id,
        session.id,
        input.kind,
        input.body,
        viewer.personId,
      ]),
    );
  }

  async updateItem(viewer: Viewer, access: TenantAccess, input: UpdateHarvestItemInput): Promise<SessionHarvestDto> {
    const item = await this.item(viewer, access, input.harvestItemId);
    return this.change(viewer, access, item.session_id, item.kind !== 'memo', (manager) =>
      manager.query(`UPDATE harvest_item SET body = $2, updated_at = now() WHERE id = $1`, [item.id, input.body]),
    );
  }

  async removeItem(viewer: Viewer, access: TenantAccess, harvestItemId: string): Promise<SessionHarvestDto> {
    const item = await this.item(viewer, access, harvestItemId);
    return this.change(viewer, access, item.session_id, item.kind !== 'memo', (manager) =>
      manager.query(`DELETE FROM harvest_item WHERE id = $1`, [item.id]),
    );
  }

  addPractice(viewer: Viewer, access: TenantAccess, input: AddPracticeInput): Promise<SessionHarvestDto> {
    checkLookBackToCome('lookBackOn', input.lookBackOn);
    return this.change(viewer, access, input.sessionId, true, (manager, session) =>
      manager.query(
        `INSERT INTO practice (organisation_id, team_id, session_id, what, who, look_back_on, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [session.organisation_id, session.team_id, session.id, input.what, input.who ?? '', input.lookBackOn ?? null, viewer.personId],
      ),
    );
  }

  async updatePractice(viewer: Viewer, access: TenantAccess, input: UpdatePracticeInput): Promise<SessionHarvestDto> {
    const { sessionId, lookBackOn } = await this.practiceSession(access, input.practiceId);
    // Only a new date: the form sends the date again with every change, also once the agreed day has come.
    if ((input.lookBackOn ?? null) !== lookBackOn) checkLookBackToCome('lookBackOn', input.lookBackOn);
    return this.change(viewer, access, sessionId, true, (manager) =>
      manager.query(`UPDATE practice SET what = $2, who = $3, look_back_on = $4, updated_at = now() WHERE id = $1`, [
        input.practiceId,
        input.what,
        input.who ?? '',
        input.lookBackOn ?? null,
      ]),
    );
  }

  async removePractice(viewer: Viewer, access: TenantAccess, practiceId: string): Promise<SessionHarvestDto> {
    const { sessionId } = await this.practiceSession(access, practiceId);
    return this.change(viewer, access, sessionId, true, (manager) => manager.query(`DELETE FROM practice WHERE id = $1`, [practiceId]));
  }

  /**
   * "Hoe ging het?": anyone in the session may say how a practice of an
   * earlier session of the team went; only the moderator sets its status.
   */
  async reviewPractice(viewer: Viewer, access: TenantAccess, input: ReviewPracticeInput): Promise<PracticeDto> {
    const { practice, event } = await this.db.transaction(async (manager) => {
      const session = await this.sessions.participant(input.sessionId, access, viewer, manager, true);
      this.checkOpen(session);
      if (input.status && session.moderator_id !== viewer.personId) throw new UserError('SESSION_MODERATOR_ONLY');
      const [own] = await manager.query<Pick<PracticeRow, 'id'>[]>(
        `SELECT id FROM practice WHERE id = $1 AND organisation_id = $2 AND team_id = $3 AND session_id IS DISTINCT FROM $4`,
        [input.practiceId, access.organisationId, session.team_id, session.id],
      );
      if (!own) throw new UserError('NOT_FOUND');
      await manager.query(
        `INSERT INTO practice_review (organisation_id, practice_id, session_id, body, status, author_id) VALUES ($1, $2, $3, $4, $5, $6)`,
        [access.organisationId, input.practiceId, session.id, input.body, input.status ?? null, viewer.personId],
      );
      if (input.status)
        await manager.query(`UPDATE practice SET status = $2, updated_at = now() WHERE id = $1`, [input.practiceId, input.status]);
      const [practice] = await loadPractices(manager, `p.id = $1`, [input.practiceId]);
      return { practice, event: await bumpVersion(manager, session.id, { type: 'practiceReviewed', practice }) };
    });
    this.broadcaster.publish(event);
    return practiceDto(practice);
  }

  /**
   * The moderator takes a gathered draft over as edited: it becomes an
   * insight, advice or a new practice (which needs who and when to look back,
   * as every practice the team follows up), and the room sees it at once.
   * What it becomes is the moderator's choice (input.target), the phase's
   * harvestFlow only the first guess: a "practice" that turns out to be
   * something learned is taken over as an insight, not given an invented who
   * and date. Any target is accepted whatever the method's phases say, because
   * every session's harvest page holds insights, advice and practices, and the
   * moderator may already add each of them by hand (addItem, addPractice).
   * A draft whose contribution was kept through an escalation prompt is taken
   * over only when the moderator confirms they saw the flag (flagSeen).
   */
  async acceptDraft(viewer: Viewer, access: TenantAccess, input: AcceptHarvestDraftInput): Promise<SessionHarvestDto> {
    return this.change(viewer, access, input.sessionId, true, async (manager, session) => {
      const draft = await this.draft(manager, session.id, input.draftId);
      requireFlagSeen(draft, input.flagSeen);
      const target = input.target ?? draft.target;
      if (target === 'practice') {
        if (input.body.length > LIMITS.shortText)
          throw new UserError('HARVEST_PRACTICE_TOO_LONG', { max: LIMITS.shortText, length: input.body.length });
        // Named per empty box, so the harvest page says it beside "Wie doet het?" and/or the date, not only by the button.
        const missing = [...(input.who ? [] : ['who']), ...(input.lookBackOn ? [] : ['lookBackOn'])];
        if (missing.length > 0)
          throw new UserError(
            'HARVEST_PRACTICE_WHO_AND_WHEN',
            {},
            missing.map((field) => ({ field, rule: 'invalid' })),
          );
        checkLookBackToCome('lookBackOn', input.lookBackOn);
        await manager.query(
          `INSERT INTO practice (organisation_id, team_id, session_id, what, who, look_back_on, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [session.organisation_id, session.team_id, session.id, input.body, input.who, input.lookBackOn, viewer.personId],
        );
      } else {
        await manager.query(`INSERT INTO harvest_item (organisation_id, session_id, kind, body, created_by) VALUES ($1, $2, $3, $4, $5)`, [
          session.organisation_id,
          session.id,
          target,
          input.body,
          viewer.personId,
        ]);
      }
      await manager.query(`DELETE FROM harvest_draft WHERE id = $1`, [draft.id]);
    });
  }

  /** A draft the harvest does not need; the entry it came from stays in the conversation. */
  removeDraft(viewer: Viewer, access: TenantAccess, sessionId: string, draftId: string): Promise<SessionHarvestDto> {
    return this.change(viewer, access, sessionId, false, async (manager, session) => {
      await this.draft(manager, session.id, draftId);
      await manager.query(`DELETE FROM harvest_draft WHERE id = $1`, [draftId]);
    });
  }

  /**
   * The moderator approves the report of a closed session; from then on the harvest is fixed, and the participants
   * are told. `tell: false` is for the demo, which approves a year of history that its people read back then.
   */
  async approve(viewer: Viewer, access: TenantAccess, sessionId: string, { tell = true } = {}): Promise<SessionHarvestDto> {
    return this.db.transaction(async (manager) => {
      const session = await this.sessions.moderator(sessionId, access, viewer, manager, true);
      if (session.status !== 'closed') throw new UserError('SESSION_NOT_CLOSED');
      if (!session.report_approved_at) {
        // Nothing gathered from the session is approved unseen: each draft is taken over or removed first.
        const [{ open }] = await manager.query<{ open: number }[]>(
          `SELECT count(*)::int AS open FROM harvest_draft WHERE session_id = $1`,
          [sessionId],
        );
        if (open > 0) throw new UserError('HARVEST_DRAFTS_OPEN', { count: open });
        const [row] = await updateReturning<Pick<ReflectionSessionRow, 'report_approved_at'>>(
          manager,
          `UPDATE reflection_session SET report_approved_at = now(), report_approved_by = $2 WHERE id = $1 RETURNING report_approved_at`,
          [sessionId, viewer.personId],
        );
        session.report_approved_at = row.report_approved_at;
        await this.audit.recordOn(
          'session_report_approved',
          actorIn(access, viewer),
          { type: 'reflection_session', id: sessionId },
          manager,
        );
        // What the organisation chose to purge on approval (the live room's contributions) goes with it.
        await this.purges.onEvent(manager, 'session_report_approved', {
          organisationId: access.organisationId,
          subjectId: sessionId,
          personId: viewer.personId,
        });
        // The participants hear that the report is there, in the app and by e-mail, with this approval or not at all.
        if (tell) await this.notifier.notify(manager, await reportApprovedNotifications(manager, sessionId, viewer.personId));
      }
      return this.harvest(manager, session, viewer);
    });
  }

  /**
   * One harvest change by the moderator, in a transaction with the session
   * row locked; a change to the shared part bumps the version and reaches the
   * room after the commit. Memos never do.
   */
  private async change(
    viewer: Viewer,
    access: TenantAccess,
    sessionId: string,
    shared: boolean,
    write: (manager: EntityManager, session: ViewedSessionRow) => Promise<unknown>,
  ): Promise<SessionHarvestDto> {
    const { harvest, event } = await this.db.transaction(async (manager) => {
      const session = await this.sessions.moderator(sessionId, access, viewer, manager, true);
      this.checkOpen(session);
      await write(manager, session);
      const event: LiveEvent | null = shared
        ? await bumpVersion(manager, sessionId, { type: 'harvestChanged', harvest: await sharedHarvest(manager, sessionId) })
        : null;
      return { harvest: await this.harvest(manager, session, viewer), event };
    });
    this.broadcaster.publish(event);
    return harvest;
  }

  private checkOpen(session: SessionRow): void {
    if (session.status === 'cancelled') throw new UserError('SESSION_NOT_EDITABLE');
    if (session.report_approved_at) throw new UserError('SESSION_REPORT_LOCKED');
  }

  private async draft(
    manager: EntityManager,
    sessionId: string,
    draftId: string,
  ): Promise<Pick<HarvestDraftRow, 'id' | 'target' | 'flagged'>> {
    const [draft] = await manager.query<Pick<HarvestDraftRow, 'id' | 'target' | 'flagged'>[]>(
      `SELECT id, target, flagged FROM harvest_draft WHERE id = $1 AND session_id = $2`,
      [draftId, sessionId],
    );
    if (!draft) throw new UserError('NOT_FOUND');
    return draft;
  }

  /** An item to change; another's memo is not found (it is theirs alone, also for a moderator who took the session over). */
  private async item(viewer: Viewer, access: TenantAccess, id: string): Promise<Pick<HarvestItemRow, 'id' | 'session_id' | 'kind'>> {
    const [item] = await this.db.query<Pick<HarvestItemRow, 'id' | 'session_id' | 'kind' | 'created_by'>[]>(
      `SELECT id, session_id, kind, created_by FROM harvest_item WHERE id = $1 AND organisation_id = $2`,
      [id, access.organisationId],
    );
    if (!item || !mayChangeHarvestItem(item.kind, item.created_by, viewer.personId)) throw new UserError('NOT_FOUND');
    return item;
  }

  /** Practices are edited through the session they came from; with the date agreed so far (YYYY-MM-DD). */
  private async practiceSession(access: TenantAccess, practiceId: string): Promise<{ sessionId: string; lookBackOn: string | null }> {
    const [practice] = await this.db.query<(Pick<PracticeRow, 'session_id'> & { look_back_on: string | null })[]>(
      `SELECT session_id, to_char(look_back_on, 'YYYY-MM-DD') AS look_back_on FROM practice WHERE id = $1 AND organisation_id = $2`,
      [practiceId, access.organisationId],
    );
    if (!practice?.session_id) throw new UserError('NOT_FOUND');
    return { sessionId: practice.session_id, lookBackOn: practice.look_back_on };
  }
}
