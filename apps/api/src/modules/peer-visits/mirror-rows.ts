import { EntityManager } from 'typeorm';
import { MirrorResponseDto } from './dtos/mirror.dto';

type Row = Record<string, any>;

export async function mirrorResponses(manager: EntityManager, visitId: string): Promise<MirrorResponseDto[]> {
  const rows: Row[] = await manager.query(
    `SELECT r.*, p.display_name AS updated_by_name FROM peer_visit_mirror_response r LEFT JOIN person p ON p.id = r.updated_by
     WHERE r.visit_id = $1 ORDER BY r.topic_kind, r.topic_id`,
    [visitId],
  );
  return rows.map((r) => ({ topicKind: r.topic_kind, topicId: r.topic_id, body: r.body, version: r.version, updatedBy: r.updated_by_name, updatedAt: r.updated_at }));
}
