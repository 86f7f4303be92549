import { CoreValueId, MirrorThemeId, ObservationLens, STARTING_LENS_VERSION, STARTING_OBSERVATION_LENS } from '@kring/domain';
import { EntityManager } from 'typeorm';
import { ObservationLensDto } from './dtos/lens.dto';

type Row = Record<string, any>;

export function lensOfRow(row: Row): ObservationLens {
  return { purpose: row.purpose, valueIds: row.value_ids as CoreValueId[], mirrorThemeIds: row.mirror_theme_ids as MirrorThemeId[], questions: row.questions };
}

export function lensDto(version: number, lens: ObservationLens, meta: { changeNote?: string; publishedAt?: Date | null; publishedBy?: string | null } = {}): ObservationLensDto {
  return {
    version,
    purpose: lens.purpose,
    valueIds: [...lens.valueIds],
    mirrorThemeIds: [...lens.mirrorThemeIds],
    questions: [...lens.questions],
    changeNote: meta.changeNote ?? '',
    publishedAt: meta.publishedAt ?? null,
    publishedBy: meta.publishedBy ?? null,
  };
}

/** Published versions of a network's lens, newest first. */
export async function publishedLenses(manager: EntityManager, networkId: string): Promise<ObservationLensDto[]> {
  const rows: Row[] = await manager.query(
    `SELECT v.*, p.display_name AS published_by_name FROM network_lens_version v LEFT JOIN person p ON p.id = v.published_by
     WHERE v.network_id = $1 ORDER BY v.version DESC`,
    [networkId],
  );
  return rows.map((r) => lensDto(r.version, lensOfRow(r), { changeNote: r.change_note, publishedAt: r.published_at, publishedBy: r.published_by_name }));
}

/** The lens a new visit starts from: the newest published version, or Kring's starting lens (version 0). */
export async function currentLens(manager: EntityManager, networkId: string): Promise<{ version: number; lens: ObservationLens }> {
  const [row] = await manager.query(`SELECT * FROM network_lens_version WHERE network_id = $1 ORDER BY version DESC LIMIT 1`, [networkId]);
  return row ? { version: row.version, lens: lensOfRow(row) } : { version: STARTING_LENS_VERSION, lens: STARTING_OBSERVATION_LENS };
}
