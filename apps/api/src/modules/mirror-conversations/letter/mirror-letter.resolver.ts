import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { TenantAccess, Viewer } from '../../../engine/auth/viewer';
import { Access } from '../../../engine/policy/access.decorator';
import { CurrentAccess, CurrentViewer } from '../../../engine/policy/current.decorators';
import { MirrorLetterDto } from '../dtos/letter.dto';
import { SaveMirrorLetterInput } from '../dtos/letter.inputs';
import { MirrorLetterService } from './mirror-letter.service';

export const CONVERSATION = { arg: 'conversationId', table: 'mirror_conversation' } as const;

@Resolver()
export class MirrorLetterResolver {
  constructor(private readonly letters: MirrorLetterService) {}

  @Query(() => MirrorLetterDto, { nullable: true, description: 'The letter back; null until the moderator drafts it.' })
  @Access.organisation(CONVERSATION)
  mirrorLetter(
    @Args('conversationId', { type: () => ID }) conversationId: string,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<MirrorLetterDto | null> {
    return this.letters.letter(viewer, access, conversationId);
  }

  @Mutation(() => MirrorLetterDto, {
    description: 'Drafts the letter from the approved harvest and the chosen practices, replacing the text.',
  })
  @Access.organisation(CONVERSATION)
  draftMirrorLetter(
    @Args('conversationId', { type: () => ID }) conversationId: string,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<MirrorLetterDto> {
    return this.letters.draft(viewer, access, conversationId);
  }

  @Mutation(() => MirrorLetterDto)
  @Access.organisation({ arg: 'input.conversationId', table: 'mirror_conversation' })
  saveMirrorLetter(
    @Args('input') input: SaveMirrorLetterInput,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<MirrorLetterDto> {
    return this.letters.save(viewer, access, input);
  }

  @Mutation(() => MirrorLetterDto, {
    description: 'E-mails the letter to participants who take part; it also appears on every personal page.',
  })
  @Access.organisation(CONVERSATION)
  sendMirrorLetter(
    @Args('conversationId', { type: () => ID }) conversationId: string,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<MirrorLetterDto> {
    return this.letters.send(viewer, access, conversationId);
  }
}
