import { ORGANISATION_MANAGER_ROLES } from '@kring/domain';
import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { KringRequest, TenantAccess, Viewer } from '../../engine/auth/viewer';
import { Access } from '../../engine/policy/access.decorator';
import { CurrentAccess, CurrentViewer } from '../../engine/policy/current.decorators';
import { ViewerDto } from '../accounts';
import { InvitationDto } from '../organisations';
import { AcceptInvitationInput, InvitationPreview, InviteMemberInput } from './dtos/invitation.inputs';
import { InvitationsService } from './invitations.service';
import { UnguardedText } from '../../engine/privacy/text-guard.decorators';

@Resolver()
export class InvitationsResolver {
  constructor(private readonly invitations: InvitationsService) {}

  @Mutation(() => InvitationDto)
  @Access.organisation({ arg: 'input.organisationId' }, ORGANISATION_MANAGER_ROLES)
  inviteMember(
    @Args('input') input: InviteMemberInput,
    @CurrentAccess() access: TenantAccess,
    @CurrentViewer() viewer: Viewer,
  ): Promise<InvitationDto> {
    return this.invitations.invite(access, viewer, input);
  }

  @Mutation(() => InvitationDto)
  @Access.organisation({ arg: 'invitationId', table: 'invitation' }, ORGANISATION_MANAGER_ROLES)
  revokeInvitation(
    @Args('invitationId', { type: () => ID }) invitationId: string,
    @CurrentAccess() access: TenantAccess,
  ): Promise<InvitationDto> {
    return this.invitations.revoke(access, invitationId);
  }

  /** Public: the token itself is the permission, and it shows only what the invitee needs. */
  @Query(() => InvitationPreview)
  @Access.public('the secret token is the permission; shows only what the invitee needs')
  invitationPreview(
    @Args('token') @UnguardedText('a link token, compared with its hash; no text about anyone') token: string,
    @Context('req') req: KringRequest,
  ): Promise<InvitationPreview> {
    return this.invitations.preview(token, req);
  }

  @Mutation(() => ViewerDto)
  @Access.public('the secret token is the permission')
  acceptInvitation(@Args('input') input: AcceptInvitationInput, @Context('req') req: KringRequest): Promise<ViewerDto> {
    return this.invitations.accept(input, req);
  }
}
