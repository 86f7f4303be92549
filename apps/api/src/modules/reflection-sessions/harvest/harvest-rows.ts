import { harvestKindsOnScreen, LiveHarvest, LiveHarvestItem } from '@kring/domain';
import { EntityManager } from 'typeorm';
import type { HarvestItemRow } from '../../../engine/database/tables.generated';
import { sessionPractices } from './practice-rows';

/** The WHERE clause keeps the kinds participants read (harvestKindsOnScreen: never a memo), so `kind` is a shared kind. */
type SharedItemRow = Pick<HarvestItemRow, 'id' | 'body'> & Pick<LiveHarvestItem, 'kind'>;

/** The harvest as the room sees it: insights, advice and practices; memos stay with the moderator. */
export async function sharedHarvest(manager: EntityManager, sessionId: string): Promise<LiveHarvest> {
  const items = await manager.query<SharedItemRow[]>(
    `SELECT id, kind, body FROM harvest_item WHERE session_id = $1 AND kind = ANY($2::text[]) ORDER BY created_at, id`,
    [sessionId, harvestKindsOnScreen(['session_participant'])],
  );
  return { items, practices: await sessionPractices(manager, sessionId) };
}
