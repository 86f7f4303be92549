import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { TenantAccess, Viewer } from '../../engine/auth/viewer';
import { UserError } from '../../engine/graphql/user-error';
import { canManage } from '../organisations';
import { ViewedSessionRow } from './session-rows';

/**
 * Who may do what with a session, beyond the policy guard's organisation
 * check: participants (invited people and the moderator) see it; the
 * moderator leads it and writes the harvest; the moderator, the person who
 * planned it and the organisation's managers may change or cancel the plan.
 */
@Injectable()
export class SessionAccess {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The session with the viewer's role in it; NOT_FOUND outside the organisation. With `lock`, the row stays locked until the transaction ends. */
  async viewed(
    sessionId: string,
    organisationId: string,
    personId: string,
    manager: EntityManager = this.db.manager,
    lock = false,
  ): Promise<ViewedSessionRow> {
    const [row] = await manager.query<ViewedSessionRow[]>(
      `SELECT s.*, p.role AS viewer_role FROM reflection_session s
       LEFT JOIN session_participant p ON p.session_id = s.id AND p.person_id = $3
       WHERE s.id = $1 AND s.organisation_id = $2${lock ? ' FOR UPDATE OF s' : ''}`,
      [sessionId, organisationId, personId],
    );
    if (!row) throw new UserError('NOT_FOUND');
    return row;
  }

  async participant(...lookup: SessionLookup): Promise<ViewedSessionRow> {
    const row = await this.viewedIn(lookup);
    if (!row.viewer_role) throw new UserError('SESSION_NOT_PARTICIPANT');
    return row;
  }

  async moderator(...lookup: SessionLookup): Promise<ViewedSessionRow> {
    const row = await this.participant(...lookup);
    if (row.moderator_id !== lookup[2].personId) throw new UserError('SESSION_MODERATOR_ONLY');
    return row;
  }

  /** The plan may be changed by its moderator, the person who planned it, or a manager. */
  async planner(...lookup: SessionLookup): Promise<ViewedSessionRow> {
    const [, access, viewer] = lookup;
    const row = await this.viewedIn(lookup);
    if (mayPlan(row, access, viewer)) return row;
    throw new UserError(row.viewer_role ? 'SESSION_MODERATOR_ONLY' : 'SESSION_NOT_PARTICIPANT');
  }

  /**
   * The session's page: its participants, and whoever may change its plan without taking part (a manager handing it
   * to another moderator), who then sees the plan and not what the session yields.
   */
  async participantOrPlanner(...lookup: SessionLookup): Promise<ViewedSessionRow> {
    const [, access, viewer] = lookup;
    const row = await this.viewedIn(lookup);
    if (row.viewer_role || mayPlan(row, access, viewer)) return row;
    throw new UserError('SESSION_NOT_PARTICIPANT');
  }

  private viewedIn([sessionId, access, viewer, manager, lock]: SessionLookup): Promise<ViewedSessionRow> {
    return this.viewed(sessionId, access.organisationId, viewer.personId, manager, lock);
  }
}

function mayPlan(row: ViewedSessionRow, access: TenantAccess, viewer: Viewer): boolean {
  return row.moderator_id === viewer.personId || row.created_by === viewer.personId || canManage(access.roles);
}

/** What the checks take: the session, who asks in which organisation, and optionally the transaction and a lock. */
type SessionLookup = [sessionId: string, access: TenantAccess, viewer: Viewer, manager?: EntityManager, lock?: boolean];
