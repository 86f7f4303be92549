import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { NetworkAccess, Viewer } from '../../engine/auth/viewer';
import { Access } from '../../engine/policy/access.decorator';
import { CurrentNetworkAccess, CurrentViewer } from '../../engine/policy/current.decorators';
import { MatchingRoundDto, VisitProposalDto } from './dtos/matching.dto';
import { RespondToProposalInput, StartMatchingRoundInput } from './dtos/matching.inputs';
import { MatchingService } from './matching.service';

@Resolver()
export class MatchingResolver {
  constructor(private readonly matching: MatchingService) {}

  @Query(() => [MatchingRoundDto], { description: 'Rounds of the network, newest first.' })
  @Access.network({ arg: 'networkId' }, ['network_coordinator'])
  matchingRounds(
    @Args('networkId', { type: () => ID }) _networkId: string,
    @CurrentNetworkAccess() access: NetworkAccess,
  ): Promise<MatchingRoundDto[]> {
    return this.matching.rounds(access.networkId);
  }

  @Mutation(() => MatchingRoundDto)
  @Access.network({ arg: 'input.networkId' }, ['network_coordinator'])
  startMatchingRound(
    @Args('input') input: StartMatchingRoundInput,
    @CurrentNetworkAccess() access: NetworkAccess,
    @CurrentViewer() viewer: Viewer,
  ): Promise<MatchingRoundDto> {
    return this.matching.start(access, viewer, input);
  }

  @Mutation(() => VisitProposalDto)
  @Access.network({ arg: 'input.proposalId', table: 'visit_proposal' }, ['entrepreneur'])
  respondToVisitProposal(
    @Args('input') input: RespondToProposalInput,
    @CurrentNetworkAccess() access: NetworkAccess,
    @CurrentViewer() viewer: Viewer,
  ): Promise<VisitProposalDto> {
    return this.matching.respond(access, viewer, input);
  }
}
