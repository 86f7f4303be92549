import { parseJoinCode } from '@kring/domain';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Viewer } from '../../../engine/auth/viewer';
import { UserError } from '../../../engine/graphql/user-error';
import { Access } from '../../../engine/policy/access.decorator';
import { CurrentViewer } from '../../../engine/policy/current.decorators';
import type { ReflectionSessionRow } from '../../../engine/database/tables.generated';
import { JoinCodeArgs } from './join-code.args';
import { organisationIdsOf } from '../../../engine/auth/viewer-memberships';

/**
 * The short code of the room's shared screen (join-code.ts in the domain),
 * typed or scanned on a phone. It is looked up only among the sessions the
 * caller takes part in, in organisations they are still a member of, so a
 * code opens nothing a person could not already open: the live room checks
 * their right to the session again when they join.
 */
@Resolver()
export class JoinCodeResolver {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Query(() => ID, { description: "The session behind a room's short code, among the caller's own sessions; live ones first." })
  @Access.authenticated()
  sessionByJoinCode(@Args() { code }: JoinCodeArgs, @CurrentViewer() viewer: Viewer): Promise<string> {
    return this.find(code, viewer);
  }

  private async find(code: string, viewer: Viewer): Promise<string> {
    const prefix = parseJoinCode(code);
    if (!prefix) throw new UserError('SESSION_JOIN_CODE_INVALID');
    const organisationIds = organisationIdsOf(viewer);
    const rows: Pick<ReflectionSessionRow, 'id'>[] = await this.db.query(
      `SELECT s.id FROM reflection_session s
       JOIN session_participant p ON p.session_id = s.id AND p.person_id = $1
       WHERE s.organisation_id = ANY($2::uuid[]) AND replace(s.id::text, '-', '') LIKE $3 || '%' AND s.status IN ('live', 'planned')
       ORDER BY s.status = 'live' DESC, s.scheduled_at ASC LIMIT 1`,
      [viewer.personId, organisationIds, prefix],
    );
    if (!rows[0]) throw new UserError('SESSION_JOIN_CODE_UNKNOWN');
    return rows[0].id;
  }
}
