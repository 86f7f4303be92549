import { EntityManager } from 'typeorm';
import type { PeerVisitMirrorResponseRow, PersonRow } from '../../engine/database/tables.generated';
import { MirrorResponseDto } from './dtos/mirror.dto';

/** A response with the name of whoever wrote it last (null once that person is gone). */
type ResponseRow = PeerVisitMirrorResponseRow & { updated_by_name: PersonRow['display_name'] | null };

function responseDto(r: ResponseRow): MirrorResponseDto {
  return {
    topicKind: r.topic_kind,
    topicId: r.topic_id,
    body: r.body,
    version: r.version,
    updatedBy: r.updated_by_name,
    updatedAt: r.updated_at,
  };
}

export async function mirrorResponses(manager: EntityManager, visitId: string): Promise<MirrorResponseDto[]> {
  const rows: ResponseRow[] = await manager.query(
    `SELECT r.*, p.display_name AS updated_by_name FROM peer_visit_mirror_response r LEFT JOIN person p ON p.id = r.updated_by
     WHERE r.visit_id = $1 ORDER BY r.topic_kind, r.topic_id`,
    [visitId],
  );
  return rows.map(responseDto);
}
