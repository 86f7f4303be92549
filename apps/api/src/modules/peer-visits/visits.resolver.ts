import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { NetworkAccess, TenantAccess, Viewer } from '../../engine/auth/viewer';
import { Access } from '../../engine/policy/access.decorator';
import { CurrentAccess, CurrentNetworkAccess, CurrentViewer } from '../../engine/policy/current.decorators';
import { PeerVisitDto, PeerVisitOverviewDto, PeerVisitSummaryDto, VisitTeamCandidateDto } from './dtos/visit.dto';
import { ArrangeVisitInput, PlanReturnVisitInput, SetVisitingTeamInput, UpdateAgreementInput } from './dtos/visit.inputs';
import { VisitsService } from './visits.service';

const VISIT = { arg: 'visitId', table: 'peer_visit' } as const;
const VISIT_IN_INPUT = { arg: 'input.visitId', table: 'peer_visit' } as const;

@Resolver()
export class VisitsResolver {
  constructor(private readonly visits: VisitsService) {}

  @Query(() => PeerVisitOverviewDto)
  @Access.organisation({ arg: 'organisationId' })
  peerVisitOverview(
    @Args('organisationId', { type: () => ID }) _organisationId: string,
    @CurrentAccess() access: TenantAccess,
    @CurrentViewer() viewer: Viewer,
  ): Promise<PeerVisitOverviewDto> {
    return this.visits.overview(access, viewer);
  }

  @Query(() => PeerVisitDto)
  @Access.network(VISIT)
  peerVisit(
    @Args('visitId', { type: () => ID }) visitId: string,
    @CurrentNetworkAccess() access: NetworkAccess,
    @CurrentViewer() viewer: Viewer,
  ): Promise<PeerVisitDto> {
    return this.visits.visit(access, viewer, visitId);
  }

  @Query(() => [VisitTeamCandidateDto], { description: 'People of the visiting organisation who can be in the team.' })
  @Access.network(VISIT, ['entrepreneur'])
  visitTeamCandidates(
    @Args('visitId', { type: () => ID }) visitId: string,
    @CurrentNetworkAccess() access: NetworkAccess,
    @CurrentViewer() viewer: Viewer,
  ): Promise<VisitTeamCandidateDto[]> {
    return this.visits.candidates(access, viewer, visitId);
  }

  @Query(() => [PeerVisitSummaryDto], { description: 'The coordinator’s schedule of the network’s visits.' })
  @Access.network({ arg: 'networkId' }, ['network_coordinator'])
  networkVisits(
    @Args('networkId', { type: () => ID }) _networkId: string,
    @CurrentNetworkAccess() access: NetworkAccess,
  ): Promise<PeerVisitSummaryDto[]> {
    return this.visits.networkVisits(access);
  }

  @Mutation(() => PeerVisitSummaryDto, { description: 'Entrepreneurs arrange a visit themselves, outside a matching round.' })
  @Access.organisation({ arg: 'input.organisationId' }, ['entrepreneur'])
  arrangePeerVisit(
    @Args('input') input: ArrangeVisitInput,
    @CurrentAccess() access: TenantAccess,
    @CurrentViewer() viewer: Viewer,
  ): Promise<PeerVisitSummaryDto> {
    return this.visits.arrange(access, viewer, input);
  }

  @Mutation(() => PeerVisitDto)
  @Access.network(VISIT_IN_INPUT, ['entrepreneur'])
  updateVisitAgreement(
    @Args('input') input: UpdateAgreementInput,
    @CurrentNetworkAccess() access: NetworkAccess,
    @CurrentViewer() viewer: Viewer,
  ): Promise<PeerVisitDto> {
    return this.visits.updateAgreement(access, viewer, input);
  }

  @Mutation(() => PeerVisitDto)
  @Access.network(VISIT_IN_INPUT, ['entrepreneur'])
  setVisitingTeam(
    @Args('input') input: SetVisitingTeamInput,
    @CurrentNetworkAccess() access: NetworkAccess,
    @CurrentViewer() viewer: Viewer,
  ): Promise<PeerVisitDto> {
    return this.visits.setTeam(access, viewer, input);
  }

  @Mutation(() => PeerVisitDto, { description: 'One side agrees; when both have, the visit is agreed and its lens version fixed.' })
  @Access.network(VISIT, ['entrepreneur'])
  agreeToVisit(
    @Args('visitId', { type: () => ID }) visitId: string,
    @CurrentNetworkAccess() access: NetworkAccess,
    @CurrentViewer() viewer: Viewer,
  ): Promise<PeerVisitDto> {
    return this.visits.agree(access, viewer, visitId);
  }

  @Mutation(() => PeerVisitDto)
  @Access.network(VISIT, ['entrepreneur'])
  cancelPeerVisit(
    @Args('visitId', { type: () => ID }) visitId: string,
    @CurrentNetworkAccess() access: NetworkAccess,
    @CurrentViewer() viewer: Viewer,
  ): Promise<PeerVisitDto> {
    return this.visits.cancel(access, viewer, visitId);
  }

  @Mutation(() => PeerVisitSummaryDto, { description: 'The visit back (tegenbezoek), planned from the mirror report.' })
  @Access.network(VISIT_IN_INPUT, ['entrepreneur'])
  planReturnVisit(
    @Args('input') input: PlanReturnVisitInput,
    @CurrentNetworkAccess() access: NetworkAccess,
    @CurrentViewer() viewer: Viewer,
  ): Promise<PeerVisitSummaryDto> {
    return this.visits.planReturn(access, viewer, input);
  }
}
