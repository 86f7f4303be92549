import { harvestKindsOnScreen, HarvestItemKind, LiveHarvest, LiveHarvestItem, OWN_HARVEST_KINDS } from '@kring/domain';
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

/** A harvest item as a reader reads it, its times under the DTO's names. */
export type HarvestItemReadRow = Pick<HarvestItemRow, 'id' | 'kind' | 'body'> & {
  createdAt: HarvestItemRow['created_at'];
  updatedAt: HarvestItemRow['updated_at'];
};

/**
 * The harvest items of `kinds` that `viewerId` reads: of the kinds that are their writer's own (OWN_HARVEST_KINDS,
 * memos) only those they wrote. Every read of harvest items for one person goes through here (the harvest page, the
 * report on screen), so a memo stays with who wrote it whoever leads the session now.
 */
export function harvestItemsReadBy(
  manager: EntityManager,
  sessionId: string,
  kinds: readonly HarvestItemKind[],
  viewerId: string,
): Promise<HarvestItemReadRow[]> {
  return manager.query<HarvestItemReadRow[]>(
    `SELECT id, kind, body, created_at AS "createdAt", updated_at AS "updatedAt" FROM harvest_item
     WHERE session_id = $1 AND kind = ANY($2::text[]) AND (kind <> ALL($3::text[]) OR created_by = $4) ORDER BY created_at, id`,
    [sessionId, kinds, OWN_HARVEST_KINDS, viewerId],
  );
}

/** Whether `viewerId` may change an item of this kind written by `writerId` (an own-only kind: only its writer). */
export function mayChangeHarvestItem(kind: string, writerId: string | null, viewerId: string): boolean {
  return !(OWN_HARVEST_KINDS as readonly string[]).includes(kind) || writerId === viewerId;
}
