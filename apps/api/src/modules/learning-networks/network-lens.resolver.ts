import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { NetworkAccess, Viewer } from '../../engine/auth/viewer';
import { Access } from '../../engine/policy/access.decorator';
import { CurrentNetworkAccess, CurrentViewer } from '../../engine/policy/current.decorators';
import { LensProposalDto, NetworkLensOverview, ObservationLensDto } from './dtos/lens.dto';
import { DeclineLensProposalInput, ProposeLensChangeInput, PublishLensInput } from './dtos/lens.inputs';
import { NetworkLensService } from './network-lens.service';

@Resolver()
export class NetworkLensResolver {
  constructor(private readonly lenses: NetworkLensService) {}

  @Query(() => NetworkLensOverview)
  @Access.network({ arg: 'networkId' })
  networkLens(
    @Args('networkId', { type: () => ID }) _networkId: string,
    @CurrentNetworkAccess() access: NetworkAccess,
  ): Promise<NetworkLensOverview> {
    return this.lenses.overview(access);
  }

  @Mutation(() => LensProposalDto)
  @Access.network({ arg: 'input.networkId' }, ['entrepreneur'])
  proposeLensChange(
    @Args('input') input: ProposeLensChangeInput,
    @CurrentNetworkAccess() access: NetworkAccess,
    @CurrentViewer() viewer: Viewer,
  ): Promise<LensProposalDto> {
    return this.lenses.propose(access, viewer, input);
  }

  @Mutation(() => ObservationLensDto)
  @Access.network({ arg: 'input.networkId' }, ['network_coordinator'])
  publishLensVersion(
    @Args('input') input: PublishLensInput,
    @CurrentNetworkAccess() access: NetworkAccess,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ObservationLensDto> {
    return this.lenses.publish(access, viewer, input);
  }

  @Mutation(() => LensProposalDto)
  @Access.network({ arg: 'input.proposalId', table: 'network_lens_proposal' }, ['network_coordinator'])
  declineLensProposal(
    @Args('input') input: DeclineLensProposalInput,
    @CurrentNetworkAccess() access: NetworkAccess,
  ): Promise<LensProposalDto> {
    return this.lenses.decline(access, input);
  }
}
