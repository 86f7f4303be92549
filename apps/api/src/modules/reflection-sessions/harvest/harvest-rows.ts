import { harvestKindsOnScreen, LiveHarvest } from '@kring/domain';
import { EntityManager } from 'typeorm';
import { sessionPractices } from './practice-rows';

/** The harvest as the room sees it: insights, advice and practices; memos stay with the moderator. */
export async function sharedHarvest(manager: EntityManager, sessionId: string): Promise<LiveHarvest> {
  const items = await manager.query(
    `SELECT id, kind, body FROM harvest_item WHERE session_id = $1 AND kind = ANY($2::text[]) ORDER BY created_at, id`,
    [sessionId, harvestKindsOnScreen(['session_participant'])],
  );
  return { items, practices: await sessionPractices(manager, sessionId) };
}
