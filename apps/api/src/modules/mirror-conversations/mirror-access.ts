import { ErrorCode, MIRROR_PLANNER_ROLES, MirrorStatus, QuoteAudience } from '@kring/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { TenantAccess, Viewer } from '../../engine/auth/viewer';
import { UserError } from '../../engine/graphql/user-error';
import { MirrorViewerRole } from './dtos/mirror.enums';
import { ViewedConversationRow } from './mirror-rows';

/**
 * Who may do what with a mirror conversation, beyond the policy guard's
 * organisation check. Every member of the organisation may see that it
 * exists and add what they want to learn; the moderator and the listeners
 * are in the room; the moderator (or a planner: moderators and managers)
 * prepares it and invites relatives; only the moderator captures and harvests.
 */
@Injectable()
export class MirrorAccess {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The conversation and the viewer's place in it; NOT_FOUND outside the organisation. `lock` keeps the row locked until the transaction ends. */
  async viewed(
    ...[conversationId, access, viewer, manager = this.db.manager, lock = false]: ConversationLookup
  ): Promise<ViewedConversationRow> {
    const [row] = await manager.query<ViewedConversationRow[]>(
      `SELECT c.*,
              EXISTS (SELECT 1 FROM mirror_listener l WHERE l.conversation_id = c.id AND l.person_id = $3) AS viewer_is_listener,
              EXISTS (SELECT 1 FROM membership m WHERE m.person_id = $3 AND m.team_id = c.team_id) AS viewer_in_team
       FROM mirror_conversation c WHERE c.id = $1 AND c.organisation_id = $2${lock ? ' FOR UPDATE OF c' : ''}`,
      [conversationId, access.organisationId, viewer.personId],
    );
    if (!row) throw new UserError('NOT_FOUND');
    return row;
  }

  /** Moderator and listeners: the people in the room. */
  inRoom(...lookup: ConversationLookup): Promise<ViewedConversationRow> {
    return this.viewedAs(ROOM, lookup);
  }

  moderator(...lookup: ConversationLookup): Promise<ViewedConversationRow> {
    return this.viewedAs(MODERATOR, lookup);
  }

  /** The plan, the question guide and the invitations: the moderator, or a planner of the organisation. */
  planner(...lookup: ConversationLookup): Promise<ViewedConversationRow> {
    return this.viewedAs(PLANNER, lookup);
  }

  /** The conversation when the viewer has the place the call needs; else the refusal that names that place. */
  private async viewedAs(place: Place, lookup: ConversationLookup): Promise<ViewedConversationRow> {
    const [, access, viewer] = lookup;
    const row = await this.viewed(...lookup);
    if (!place.holds(row, access, viewer)) throw new UserError(place.refusal);
    return row;
  }
}

/** What a lookup takes: the conversation, who asks in which organisation, and optionally the transaction and a lock. */
type ConversationLookup = [conversationId: string, access: TenantAccess, viewer: Viewer, manager?: EntityManager, lock?: boolean];

/** A place in the conversation a call needs, and the refusal for anyone without it. */
interface Place {
  holds(row: ViewedConversationRow, access: TenantAccess, viewer: Viewer): boolean;
  refusal: ErrorCode;
}

const isModerator = (row: ViewedConversationRow, viewer: Viewer) => row.moderator_id === viewer.personId;
const ROOM: Place = {
  holds: (row, _, viewer) => isModerator(row, viewer) || row.viewer_is_listener,
  refusal: 'MIRROR_NOT_IN_CONVERSATION',
};
const MODERATOR: Place = { holds: (row, _, viewer) => isModerator(row, viewer), refusal: 'MIRROR_MODERATOR_ONLY' };
const PLANNER: Place = { holds: (row, access, viewer) => canPlan(row, access, viewer), refusal: 'MIRROR_PLANNER_ONLY' };

export function canPlan(row: ViewedConversationRow, access: TenantAccess, viewer: Viewer): boolean {
  return isModerator(row, viewer) || access.roles.some((role) => MIRROR_PLANNER_ROLES.includes(role));
}

export function viewerRole(row: ViewedConversationRow, access: TenantAccess, viewer: Viewer): MirrorViewerRole {
  if (isModerator(row, viewer)) return 'moderator';
  if (row.viewer_is_listener) return 'listener';
  if (canPlan(row, access, viewer)) return 'planner';
  return 'member';
}

/**
 * Whose quotes the viewer reads: the conversation's own circle (moderator,
 * listeners, the team) or the wider organisation, which needs consent to
 * share within the organisation.
 */
export function quoteAudience(row: ViewedConversationRow, viewer: Viewer): QuoteAudience {
  return isModerator(row, viewer) || row.viewer_is_listener || row.viewer_in_team ? 'team' : 'organisation';
}

/** Refuses with the message that fits the status the conversation is in. */
export function requireStatus(row: { status: MirrorStatus }, allowed: readonly MirrorStatus[]): void {
  if (allowed.includes(row.status)) return;
  if (row.status === 'approved') throw new UserError('MIRROR_HARVEST_LOCKED');
  if (row.status === 'cancelled') throw new UserError('MIRROR_CANCELLED');
  const wanted = allowed[0];
  throw new UserError(
    wanted === 'planned'
      ? 'MIRROR_NOT_PLANNED'
      : wanted === 'live'
        ? 'MIRROR_NOT_LIVE'
        : wanted === 'ended'
          ? 'MIRROR_NOT_ENDED'
          : 'MIRROR_NOT_APPROVED',
  );
}
