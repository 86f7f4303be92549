import { LocalizedText, MatchingOrganisation, MatchingResult, proposeVisitGroups, todayInNetherlands, visitsOfGroup } from '@kring/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../engine/audit/audit.service';
import { NetworkAccess, Viewer } from '../../engine/auth/viewer';
import { UserError } from '../../engine/graphql/user-error';
import {
  MatchingRoundRow,
  MembershipRow,
  OrganisationRow,
  PersonRow,
  VisitProposalMemberRow,
  VisitProposalRow,
} from '../../engine/database/tables.generated';
import { MailService } from '../../engine/mail/mail.service';
import { insertVisit, visitHistory } from './visit-rows';
import { MatchingRoundDto, VisitProposalDto } from './dtos/matching.dto';
import { RespondToProposalInput, StartMatchingRoundInput } from './dtos/matching.inputs';
import { proposalMail } from './utils/proposal-mail';
import { proposalOutcome } from './utils/proposal-outcome';

/** The jsonb column `unmatched` holds the matching result's unmatched organisations. */
type Unmatched = MatchingResult['unmatched'][number];
type RoundRow = Omit<MatchingRoundRow, 'unmatched'> & { unmatched: Unmatched[] };
type ProposalMember = Pick<VisitProposalMemberRow, 'position' | 'response'> & Pick<OrganisationRow, 'id' | 'name'>;
type ProposalRow = Omit<VisitProposalRow, 'explanation'> & { explanation: LocalizedText; members: ProposalMember[] };
/** A proposal locked for an answer, with its round's settings. */
type LockedProposal = VisitProposalRow & Pick<RoundRow, 'months_without_repeat' | 'unmatched'>;
type MemberWithName = VisitProposalMemberRow & Pick<OrganisationRow, 'name'>;

/**
 * Rounds of peer visits: Kring proposes groups (see proposeVisitGroups), the
 * entrepreneurs of every organisation in a group accept or decline; when all
 * accept, the visits are created; a decline gives the organisations of that
 * proposal a new one, never again with the one who declined.
 */
@Injectable()
export class MatchingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly mail: MailService,
    private readonly audit: AuditService,
  ) {}

  async start(access: NetworkAccess, viewer: Viewer, input: StartMatchingRoundInput): Promise<MatchingRoundDto> {
    const ids = [...new Set(input.organisationIds)];
    if (ids.length < 2) throw new UserError('MATCHING_TOO_FEW');
    const roundId = await this.db.transaction(async (manager) => {
      const organisations: MatchingOrganisation[] = await manager.query(
        `SELECT id, name FROM organisation WHERE network_id = $1 AND id = ANY($2::uuid[])`,
        [access.networkId, ids],
      );
      // An id of an organisation outside the network reveals nothing: the same answer as an unknown one.
      if (organisations.length !== ids.length) throw new UserError('NOT_FOUND');
      const [round] = await manager.query<Pick<MatchingRoundRow, 'id'>[]>(
        `INSERT INTO matching_round (network_id, months_without_repeat, created_by) VALUES ($1, $2, $3) RETURNING id`,
        [access.networkId, input.monthsWithoutRepeat, viewer.personId],
      );
      await this.propose(manager, access.networkId, round.id, organisations, [], input.monthsWithoutRepeat);
      await this.audit.recordOn('matching_round_started', { personId: viewer.personId }, { type: 'matching_round', id: round.id }, manager);
      return round.id;
    });
    return (await this.rounds(access.networkId, roundId))[0];
  }

  /** Runs the matcher for these organisations and stores its proposals and the organisations left over. */
  private async propose(
    manager: EntityManager,
    networkId: string,
    roundId: string,
    organisations: MatchingOrganisation[],
    avoid: [string, string][],
    months: number,
  ): Promise<void> {
    const result: MatchingResult = proposeVisitGroups({
      organisations,
      history: await visitHistory(manager, networkId),
      today: todayInNetherlands(),
      monthsWithoutRepeat: months,
      avoid,
    });
    for (const group of result.groups) {
      const [proposal] = await manager.query<Pick<VisitProposalRow, 'id'>[]>(
        `INSERT INTO visit_proposal (network_id, round_id, explanation) VALUES ($1, $2, $3) RETURNING id`,
        [networkId, roundId, JSON.stringify(group.explanation)],
      );
      for (const [position, organisationId] of group.organisationIds.entries()) {
        await manager.query(
          `INSERT INTO visit_proposal_member (proposal_id, organisation_id, network_id, position) VALUES ($1, $2, $3, $4)`,
          [proposal.id, organisationId, networkId, position],
        );
      }
      await this.notify(manager, group.organisationIds, group.explanation);
    }
    await manager.query(`UPDATE matching_round SET unmatched = $2 WHERE id = $1`, [roundId, JSON.stringify(result.unmatched)]);
  }

  private async notify(manager: EntityManager, organisationIds: readonly string[], explanation: LocalizedText): Promise<void> {
    const rows: (Pick<PersonRow, 'email'> & Pick<MembershipRow, 'organisation_id'>)[] = await manager.query(
      `SELECT DISTINCT p.email, m.organisation_id FROM membership m JOIN person p ON p.id = m.person_id WHERE m.organisation_id = ANY($1::uuid[]) AND m.role = 'entrepreneur'`,
      [organisationIds],
    );
    for (const row of rows) {
      await this.mail.send(
        { to: row.email, organisationId: row.organisation_id!, ...proposalMail(explanation, this.mail.link('/visitaties')) },
        manager,
      );
    }
  }

  async rounds(networkId: string, roundId?: string): Promise<MatchingRoundDto[]> {
    const rounds: RoundRow[] = await this.db.query(
      `SELECT * FROM matching_round WHERE network_id = $1 AND ($2::uuid IS NULL OR id = $2) ORDER BY created_at DESC`,
      [networkId, roundId ?? null],
    );
    const proposals = await this.proposals({ roundIds: rounds.map((r) => r.id) });
    const organisations: Pick<OrganisationRow, 'id' | 'name'>[] = await this.db.query(
      `SELECT id, name FROM organisation WHERE id = ANY($1::uuid[])`,
      [rounds.flatMap((r) => r.unmatched.map((u) => u.organisationId))],
    );
    const names = new Map(organisations.map((o) => [o.id, o.name]));
    return rounds.map((r) => ({
      id: r.id,
      monthsWithoutRepeat: r.months_without_repeat,
      createdAt: r.created_at,
      proposals: proposals.filter((p) => p.roundId === r.id),
      unmatched: r.unmatched
        .filter((u) => names.has(u.organisationId))
        .map((u) => ({ organisation: { id: u.organisationId, name: names.get(u.organisationId)! }, explanation: u.explanation })),
    }));
  }

  /** Proposals of rounds, or the open ones an organisation is asked to answer. */
  async proposals(filter: { roundIds?: string[]; openFor?: string; id?: string }): Promise<VisitProposalDto[]> {
    const rows: ProposalRow[] = await this.db.query(
      `SELECT p.*, coalesce(json_agg(json_build_object('id', o.id, 'name', o.name, 'position', m.position, 'response', m.response) ORDER BY m.position), '[]') AS members
       FROM visit_proposal p JOIN visit_proposal_member m ON m.proposal_id = p.id JOIN organisation o ON o.id = m.organisation_id
       WHERE ($1::uuid[] IS NULL OR p.round_id = ANY($1::uuid[]))
         AND ($2::uuid IS NULL OR (p.status = 'proposed' AND EXISTS (SELECT 1 FROM visit_proposal_member x WHERE x.proposal_id = p.id AND x.organisation_id = $2)))
         AND ($3::uuid IS NULL OR p.id = $3)
       GROUP BY p.id ORDER BY p.created_at`,
      [filter.roundIds ?? null, filter.openFor ?? null, filter.id ?? null],
    );
    return rows.map((r) => {
      const members = r.members;
      const byId = new Map(members.map((m) => [m.id, { id: m.id, name: m.name }]));
      return {
        id: r.id,
        roundId: r.round_id,
        status: r.status,
        explanation: r.explanation,
        members: members.map((m) => ({ organisation: { id: m.id, name: m.name }, position: m.position, response: m.response })),
        visits: visitsOfGroup(members.map((m) => m.id)).map((v) => ({ host: byId.get(v.hostId)!, visitor: byId.get(v.visitorId)! })),
        createdAt: r.created_at,
      };
    });
  }

  async respond(access: NetworkAccess, viewer: Viewer, input: RespondToProposalInput): Promise<VisitProposalDto> {
    await this.db.transaction(async (manager) => {
      const [proposal]: LockedProposal[] = await manager.query(
        `SELECT p.*, r.months_without_repeat, r.unmatched FROM visit_proposal p JOIN matching_round r ON r.id = p.round_id WHERE p.id = $1 AND p.network_id = $2 FOR UPDATE OF p, r`,
        [input.proposalId, access.networkId],
      );
      const members: MemberWithName[] = await manager.query(
        `SELECT m.*, o.name FROM visit_proposal_member m JOIN organisation o ON o.id = m.organisation_id WHERE m.proposal_id = $1 ORDER BY m.position`,
        [input.proposalId],
      );
      const answering = members.find((m) => m.organisation_id === input.organisationId);
      // Only an entrepreneur of an organisation in the proposal answers for it.
      const entrepreneur = await manager.query<unknown[]>(
        `SELECT 1 FROM membership WHERE person_id = $1 AND organisation_id = $2 AND role = 'entrepreneur'`,
        [viewer.personId, input.organisationId],
      );
      if (!proposal || !answering || entrepreneur.length === 0) throw new UserError('NOT_FOUND');
      if (proposal.status !== 'proposed') throw new UserError('VISIT_PROPOSAL_DECIDED');
      const response = input.accept ? 'accepted' : 'declined';
      await manager.query(
        `UPDATE visit_proposal_member SET response = $3, responded_by = $4, responded_at = now() WHERE proposal_id = $1 AND organisation_id = $2`,
        [input.proposalId, input.organisationId, response, viewer.personId],
      );
      await this.audit.recordOn(
        `visit_proposal_${response}`,
        { organisationId: input.organisationId, personId: viewer.personId },
        { type: 'visit_proposal', id: input.proposalId },
        manager,
      );
      const outcome = proposalOutcome(members, input.organisationId, input.accept);
      if (outcome === 'declined') {
        await manager.query(`UPDATE visit_proposal SET status = 'declined', decided_at = now() WHERE id = $1`, [input.proposalId]);
        await this.rematch(manager, access.networkId, proposal, members);
      } else if (outcome === 'accepted') {
        await manager.query(`UPDATE visit_proposal SET status = 'accepted', decided_at = now() WHERE id = $1`, [input.proposalId]);
        for (const visit of visitsOfGroup(members.map((m) => m.organisation_id))) {
          await insertVisit(manager, {
            networkId: access.networkId,
            hostId: visit.hostId,
            visitorId: visit.visitorId,
            proposalId: input.proposalId,
            createdBy: viewer.personId,
          });
        }
      }
    });
    return (await this.proposals({ id: input.proposalId }))[0];
  }

  /**
   * A new proposal for the organisations of a declined one, together with
   * those the round could not place yet. Whoever declined is not grouped
   * again with the others of that proposal, nor are any pairs declined
   * earlier in this round.
   */
  private async rematch(manager: EntityManager, networkId: string, proposal: LockedProposal, members: MemberWithName[]): Promise<void> {
    const declined: { decliner: string; other: string }[] = await manager.query(
      `SELECT d.organisation_id AS decliner, o.organisation_id AS other FROM visit_proposal p
       JOIN visit_proposal_member d ON d.proposal_id = p.id AND d.response = 'declined'
       JOIN visit_proposal_member o ON o.proposal_id = p.id AND o.organisation_id <> d.organisation_id
       WHERE p.round_id = $1 AND p.status = 'declined'`,
      [proposal.round_id],
    );
    const candidates = [...members.map((m) => m.organisation_id), ...proposal.unmatched.map((u) => u.organisationId)];
    const organisations: MatchingOrganisation[] = await manager.query(
      `SELECT id, name FROM organisation WHERE network_id = $1 AND id = ANY($2::uuid[])`,
      [networkId, candidates],
    );
    await this.propose(
      manager,
      networkId,
      proposal.round_id,
      organisations,
      declined.map((d) => [d.decliner, d.other]),
      proposal.months_without_repeat,
    );
  }
}
