import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { TenantAccess, Viewer } from '../../../engine/auth/viewer';
import { Access } from '../../../engine/policy/access.decorator';
import { CurrentAccess, CurrentViewer } from '../../../engine/policy/current.decorators';
import { MirrorLinkDto, MirrorParticipantDto } from '../dtos/participant.dto';
import { InviteMirrorParticipantInput, RecordMirrorConsentInput, RenewMirrorLinkInput } from '../dtos/participant.inputs';
import { MirrorParticipantsService } from './mirror-participants.service';

@Resolver()
export class MirrorParticipantsResolver {
  constructor(private readonly participants: MirrorParticipantsService) {}

  @Mutation(() => MirrorLinkDto, {
    description: 'Invites a relative or resident with a personal link (shown once: copy, print or e-mail it).',
  })
  @Access.organisation({ arg: 'input.conversationId', table: 'mirror_conversation' })
  inviteMirrorParticipant(
    @Args('input') input: InviteMirrorParticipantInput,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<MirrorLinkDto> {
    return this.participants.invite(viewer, access, input);
  }

  @Mutation(() => MirrorLinkDto, { description: 'A new personal link; the old one stops working.' })
  @Access.organisation({ arg: 'input.participantId', table: 'mirror_participant' })
  renewMirrorLink(
    @Args('input') input: RenewMirrorLinkInput,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<MirrorLinkDto> {
    return this.participants.renew(viewer, access, input);
  }

  @Mutation(() => MirrorParticipantDto, {
    description: 'Consent given on paper, by telephone or in person, recorded by the moderator for the relative.',
  })
  @Access.organisation({ arg: 'input.participantId', table: 'mirror_participant' })
  recordMirrorConsent(
    @Args('input') input: RecordMirrorConsentInput,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<MirrorParticipantDto> {
    return this.participants.recordConsent(viewer, access, input);
  }

  @Mutation(() => MirrorParticipantDto, { description: 'The personal link stops working; consent and input stay as they are.' })
  @Access.organisation({ arg: 'participantId', table: 'mirror_participant' })
  revokeMirrorLink(
    @Args('participantId', { type: () => ID }) participantId: string,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<MirrorParticipantDto> {
    return this.participants.revoke(viewer, access, participantId);
  }
}
