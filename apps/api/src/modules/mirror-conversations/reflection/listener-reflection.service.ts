import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { actorIn, AuditService } from '../../../engine/audit/audit.service';
import { TenantAccess, Viewer } from '../../../engine/auth/viewer';
import { UserError } from '../../../engine/graphql/user-error';
import type { ReflectionSessionRow } from '../../../engine/database/tables.generated';
import { MirrorConversationDto } from '../dtos/conversation.dto';
import { LinkMirrorListenerReflectionInput } from '../dtos/reflection.inputs';
import { MirrorAccess, requireStatus } from '../mirror-access';
import { MirrorPlanningService } from '../planning/mirror-planning.service';

/**
 * The listener reflection (luisteraarsreflectie): after the harvest, the team
 * holds its own reflection session on what struck it and what it will try.
 * The session itself is planned through the reflection sessions API; this
 * records which session it is, so its practices feed the letter back.
 */
@Injectable()
export class ListenerReflectionService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly conversations: MirrorAccess,
    private readonly planning: MirrorPlanningService,
    private readonly audit: AuditService,
  ) {}

  async link(viewer: Viewer, access: TenantAccess, input: LinkMirrorListenerReflectionInput): Promise<MirrorConversationDto> {
    await this.db.transaction(async (manager) => {
      const row = await this.conversations.moderator(input.conversationId, access, viewer, manager, true);
      requireStatus(row, ['approved']);
      if (row.listener_session_id) throw new UserError('MIRROR_REFLECTION_EXISTS');
      // The reflection is a session of the conversation's team; a conversation planned without one takes the team that
      // holds it (chosen beside the date, as its details can no longer change once approved), for the letter's practices.
      const [session] = await manager.query<Pick<ReflectionSessionRow, 'team_id'>[]>(
        `SELECT team_id FROM reflection_session WHERE id = $1 AND organisation_id = $2 AND ($3::uuid IS NULL OR team_id = $3)`,
        [input.sessionId, access.organisationId, row.team_id],
      );
      if (!session) throw new UserError('NOT_FOUND');
      await manager.query(
        `UPDATE mirror_conversation SET listener_session_id = $2, team_id = coalesce(team_id, $3), updated_at = now() WHERE id = $1`,
        [row.id, input.sessionId, session.team_id],
      );
      await this.audit.recordOn(
        'mirror_listener_reflection_linked',
        actorIn(access, viewer),
        { type: 'mirror_conversation', id: row.id },
        manager,
      );
    });
    return this.planning.conversation(viewer, access, input.conversationId);
  }
}
