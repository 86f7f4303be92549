import { EntityManager } from 'typeorm';
import { UserError } from '../graphql/user-error';

/**
 * A team filter or target must be one of the organisation's own teams. The
 * policy layer checks the organisation id; a team id beside it is checked
 * here, so another organisation's team is NOT_FOUND — never an empty answer
 * that silently ignores it.
 */
export async function requireOwnTeam(manager: EntityManager, organisationId: string, teamId: string | null | undefined): Promise<void> {
  if (!teamId) return;
  const [team] = await manager.query<unknown[]>(`SELECT 1 FROM team WHERE id = $1 AND organisation_id = $2`, [teamId, organisationId]);
  if (!team) throw new UserError('NOT_FOUND');
}
