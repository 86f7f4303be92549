import { ORGANISATION_MANAGER_ROLES } from '@kring/domain';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { NetworkAccess, TenantAccess, Viewer } from '../../engine/auth/viewer';
import { Access } from '../../engine/policy/access.decorator';
import { CurrentAccess, CurrentNetworkAccess, CurrentViewer } from '../../engine/policy/current.decorators';
import { LearningNetworkDto, NetworkInvitationDto, NetworkInvitationPreview } from './dtos/network.dto';
import { AcceptNetworkInvitationInput, InviteOrganisationInput, RemoveNetworkOrganisationInput } from './dtos/network.inputs';
import { NetworkMembersService } from './network-members.service';
import { UnguardedText } from '../../engine/privacy/text-guard.decorators';

const COORDINATOR = ['network_coordinator'] as const;

@Resolver()
export class LearningNetworksResolver {
  constructor(private readonly members: NetworkMembersService) {}

  @Query(() => LearningNetworkDto)
  @Access.network({ arg: 'networkId' })
  learningNetwork(
    @Args('networkId', { type: () => ID }) _networkId: string,
    @CurrentNetworkAccess() access: NetworkAccess,
  ): Promise<LearningNetworkDto> {
    return this.members.network(access);
  }

  @Query(() => [NetworkInvitationDto])
  @Access.network({ arg: 'networkId' }, COORDINATOR)
  networkInvitations(
    @Args('networkId', { type: () => ID }) _networkId: string,
    @CurrentNetworkAccess() access: NetworkAccess,
  ): Promise<NetworkInvitationDto[]> {
    return this.members.invitations(access);
  }

  @Mutation(() => NetworkInvitationDto)
  @Access.network({ arg: 'input.networkId' }, COORDINATOR)
  inviteOrganisationToNetwork(
    @Args('input') input: InviteOrganisationInput,
    @CurrentNetworkAccess() access: NetworkAccess,
    @CurrentViewer() viewer: Viewer,
  ): Promise<NetworkInvitationDto> {
    return this.members.invite(access, viewer, input);
  }

  @Mutation(() => NetworkInvitationDto)
  @Access.network({ arg: 'invitationId', table: 'network_invitation' }, COORDINATOR)
  revokeNetworkInvitation(
    @Args('invitationId', { type: () => ID }) invitationId: string,
    @CurrentNetworkAccess() access: NetworkAccess,
  ): Promise<NetworkInvitationDto> {
    return this.members.revoke(access, invitationId);
  }

  /** Public: the token itself is the permission, and it shows only the network's name and the invited address. */
  @Query(() => NetworkInvitationPreview)
  @Access.public('the secret token is the permission; shows only the network name and the invited address')
  networkInvitationPreview(
    @Args('token') @UnguardedText('a link token, compared with its hash; no text about anyone') token: string,
  ): Promise<NetworkInvitationPreview> {
    return this.members.preview(token);
  }

  @Mutation(() => ID, { description: 'The network the organisation joined.' })
  @Access.organisation({ arg: 'input.organisationId' }, ORGANISATION_MANAGER_ROLES)
  acceptNetworkInvitation(
    @Args('input') input: AcceptNetworkInvitationInput,
    @CurrentAccess() access: TenantAccess,
    @CurrentViewer() viewer: Viewer,
  ): Promise<string> {
    return this.members.accept(access, viewer, input);
  }

  @Mutation(() => Boolean)
  @Access.network({ arg: 'input.networkId' }, COORDINATOR)
  removeOrganisationFromNetwork(
    @Args('input') input: RemoveNetworkOrganisationInput,
    @CurrentNetworkAccess() access: NetworkAccess,
    @CurrentViewer() viewer: Viewer,
  ): Promise<boolean> {
    return this.members.remove(access, viewer, input.organisationId);
  }

  @Mutation(() => Boolean)
  @Access.organisation({ arg: 'organisationId' }, ORGANISATION_MANAGER_ROLES)
  leaveLearningNetwork(
    @Args('organisationId', { type: () => ID }) _organisationId: string,
    @CurrentAccess() access: TenantAccess,
    @CurrentViewer() viewer: Viewer,
  ): Promise<boolean> {
    return this.members.leave(access, viewer);
  }
}
