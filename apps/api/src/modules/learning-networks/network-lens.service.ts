import { lensProblems, normaliseLens, ObservationLens, CoreValueId, MirrorThemeId } from '@kring/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../engine/audit/audit.service';
import { NetworkAccess, Viewer } from '../../engine/auth/viewer';
import type { NetworkLensProposalRow } from '../../engine/database/tables.generated';
import { updateReturning } from '../../engine/database/update-returning';
import { UserError } from '../../engine/graphql/user-error';
import { LensProposalDto, NetworkLensOverview, ObservationLensDto } from './dtos/lens.dto';
import { DeclineLensProposalInput, LensFieldsInput, ProposeLensChangeInput, PublishLensInput } from './dtos/lens.inputs';
import { isCoordinator } from './network-members.service';
import { currentLens, lensDto, proposalDto, ProposalRow, publishedLenses } from './network-lens-rows';
import { inRoleNow } from '../../engine/database/membership-sql';

type IdRow = Pick<NetworkLensProposalRow, 'id'>;

/** Any number: serialises publications per network, so two versions never get the same number. */
const PUBLISH_LOCK = 4_721_104;

function lensFromInput(input: LensFieldsInput): ObservationLens {
  const lens = normaliseLens({
    purpose: input.purpose,
    valueIds: input.valueIds as CoreValueId[],
    mirrorThemeIds: input.mirrorThemeIds as MirrorThemeId[],
    questions: input.lookForQuestions,
  });
  const problems = lensProblems(lens);
  if (problems.length > 0) {
    throw new UserError(
      'BAD_USER_INPUT',
      {},
      problems.map((p) =>
        p === 'purpose_required'
          ? { field: 'purpose', rule: 'required' }
          : p === 'nothing_to_look_at'
            ? { field: 'valueIds', rule: 'required' }
            : { field: 'lookForQuestions', rule: 'invalid' },
      ),
    );
  }
  return lens;
}

/**
 * The network's observation lens as versioned data: members propose changes,
 * the coordinator publishes a new version (taking up proposals or declining
 * them with a note), and visits keep the version they agreed on.
 */
@Injectable()
export class NetworkLensService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async overview(access: NetworkAccess): Promise<NetworkLensOverview> {
    const [current, versions, proposals] = await Promise.all([
      currentLens(this.db.manager, access.networkId),
      publishedLenses(this.db.manager, access.networkId),
      this.proposals(access.networkId),
    ]);
    return {
      current: versions[0] ?? lensDto(current.version, current.lens),
      versions,
      proposals,
      viewerCanPropose: access.roles.includes('entrepreneur'),
      viewerCanPublish: isCoordinator(access),
    };
  }

  private async proposals(networkId: string, id?: string): Promise<LensProposalDto[]> {
    const rows: ProposalRow[] = await this.db.query(
      `SELECT l.*, o.name AS organisation_name, p.display_name AS proposer FROM network_lens_proposal l
       JOIN organisation o ON o.id = l.organisation_id LEFT JOIN person p ON p.id = l.proposed_by
       WHERE l.network_id = $1 AND ($2::uuid IS NULL OR l.id = $2) ORDER BY l.created_at DESC`,
      [networkId, id ?? null],
    );
    return rows.map(proposalDto);
  }

  async propose(access: NetworkAccess, viewer: Viewer, input: ProposeLensChangeInput): Promise<LensProposalDto> {
    // Proposing for an organisation is for its own entrepreneurs, not for another member of the network.
    const own = await inRoleNow(this.db.manager, viewer.personId, input.organisationId, 'entrepreneur');
    if (!own || !access.organisationIds.includes(input.organisationId)) throw new UserError('NOT_FOUND');
    const lens = lensFromInput(input);
    const { version } = await currentLens(this.db.manager, access.networkId);
    const [row]: IdRow[] = await this.db.query(
      `INSERT INTO network_lens_proposal (network_id, organisation_id, proposed_by, base_version, purpose, value_ids, mirror_theme_ids, questions, motivation)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        access.networkId,
        input.organisationId,
        viewer.personId,
        version,
        lens.purpose,
        lens.valueIds,
        lens.mirrorThemeIds,
        lens.questions,
        input.motivation,
      ],
    );
    return (await this.proposals(access.networkId, row.id))[0];
  }

  async publish(access: NetworkAccess, viewer: Viewer, input: PublishLensInput): Promise<ObservationLensDto> {
    const lens = lensFromInput(input);
    const version = await this.db.transaction(async (manager: EntityManager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [PUBLISH_LOCK, access.networkId]);
      const { version: latest } = await currentLens(manager, access.networkId);
      const next = latest + 1;
      await manager.query(
        `INSERT INTO network_lens_version (network_id, version, purpose, value_ids, mirror_theme_ids, questions, change_note, published_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [access.networkId, next, lens.purpose, lens.valueIds, lens.mirrorThemeIds, lens.questions, input.changeNote, viewer.personId],
      );
      const adopted = await updateReturning<IdRow>(
        manager,
        `UPDATE network_lens_proposal SET status = 'adopted', adopted_in_version = $3, decided_at = now()
         WHERE network_id = $1 AND id = ANY($2::uuid[]) AND status = 'open' RETURNING id`,
        [access.networkId, input.adoptedProposalIds, next],
      );
      if (adopted.length !== new Set(input.adoptedProposalIds).size) throw new UserError('LENS_PROPOSAL_DECIDED');
      await this.audit.record({ action: 'network_lens_published', personId: viewer.personId }, manager);
      return next;
    });
    return (await publishedLenses(this.db.manager, access.networkId)).find((v) => v.version === version)!;
  }

  async decline(access: NetworkAccess, input: DeclineLensProposalInput): Promise<LensProposalDto> {
    const [row] = await updateReturning<IdRow>(
      this.db.manager,
      `UPDATE network_lens_proposal SET status = 'declined', decision_note = $3, decided_at = now()
       WHERE id = $1 AND network_id = $2 AND status = 'open' RETURNING id`,
      [input.proposalId, access.networkId, input.decisionNote],
    );
    if (!row) throw new UserError('LENS_PROPOSAL_DECIDED');
    return (await this.proposals(access.networkId, row.id))[0];
  }
}
