import { CoreValueId, MirrorThemeId, ObservationLens, STARTING_LENS_VERSION, STARTING_OBSERVATION_LENS } from '@kring/domain';
import { EntityManager } from 'typeorm';
import type { NetworkLensProposalRow, NetworkLensVersionRow, OrganisationRow, PersonRow } from '../../engine/database/tables.generated';
import { LensProposalDto, ObservationLensDto } from './dtos/lens.dto';

/** The lens fields a published version and a proposal share. */
type LensColumns = Pick<NetworkLensVersionRow, 'purpose' | 'value_ids' | 'mirror_theme_ids' | 'questions'>;
/** A published version with the name of whoever published it (null once that person is gone). */
type PublishedRow = NetworkLensVersionRow & { published_by_name: PersonRow['display_name'] | null };
/** A proposal with its organisation's name and the proposer's (null once that person is gone). */
export type ProposalRow = NetworkLensProposalRow & {
  organisation_name: OrganisationRow['name'];
  proposer: PersonRow['display_name'] | null;
};

function lensOfRow(row: LensColumns): ObservationLens {
  return {
    purpose: row.purpose,
    valueIds: row.value_ids as CoreValueId[],
    mirrorThemeIds: row.mirror_theme_ids as MirrorThemeId[],
    questions: row.questions,
  };
}

export function lensDto(
  version: number,
  lens: ObservationLens,
  meta: { changeNote?: string; publishedAt?: Date | null; publishedBy?: string | null } = {},
): ObservationLensDto {
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
  const rows: PublishedRow[] = await manager.query(
    `SELECT v.*, p.display_name AS published_by_name FROM network_lens_version v LEFT JOIN person p ON p.id = v.published_by
     WHERE v.network_id = $1 ORDER BY v.version DESC`,
    [networkId],
  );
  return rows.map((r) =>
    lensDto(r.version, lensOfRow(r), { changeNote: r.change_note, publishedAt: r.published_at, publishedBy: r.published_by_name }),
  );
}

/** The lens a new visit starts from: the newest published version, or Kring's starting lens (version 0). */
export async function currentLens(manager: EntityManager, networkId: string): Promise<{ version: number; lens: ObservationLens }> {
  const [row]: (NetworkLensVersionRow | undefined)[] = await manager.query(
    `SELECT * FROM network_lens_version WHERE network_id = $1 ORDER BY version DESC LIMIT 1`,
    [networkId],
  );
  return row ? { version: row.version, lens: lensOfRow(row) } : { version: STARTING_LENS_VERSION, lens: STARTING_OBSERVATION_LENS };
}

export function proposalDto(r: ProposalRow): LensProposalDto {
  return {
    id: r.id,
    organisation: { id: r.organisation_id, name: r.organisation_name },
    proposedBy: r.proposer,
    baseVersion: r.base_version,
    purpose: r.purpose,
    valueIds: r.value_ids,
    mirrorThemeIds: r.mirror_theme_ids,
    questions: r.questions,
    motivation: r.motivation,
    status: r.status,
    decisionNote: r.decision_note,
    adoptedInVersion: r.adopted_in_version,
    createdAt: r.created_at,
  };
}
