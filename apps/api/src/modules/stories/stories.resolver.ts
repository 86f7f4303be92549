import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { KringRequest, TenantAccess, Viewer } from '../../engine/auth/viewer';
import { Access } from '../../engine/policy/access.decorator';
import { CurrentAccess, CurrentViewer } from '../../engine/policy/current.decorators';
import { StoryDto, StoryForStorytellerDto, StorySentDto, StorySummaryDto } from './dtos/story.dto';
import {
  AnswerStoryCheckByLinkInput,
  AnswerStoryCheckInput,
  CommentOnStoryInput,
  CreateStoryInput,
  SendStoryForCheckInput,
  SetStorytellerEmailInput,
  UpdateStoryInput,
} from './dtos/story.inputs';
import { TeamListArgs } from '../practices';
import { MemberCheckService } from './member-check.service';
import { StoriesService } from './stories.service';
import { UnguardedText } from '../../engine/privacy/text-guard.decorators';

const STORY = { arg: 'storyId', table: 'story' } as const;
const STORY_INPUT = { arg: 'input.storyId', table: 'story' } as const;

/**
 * Stories and their member check. The policy guard checks membership of the
 * organisation; who reads, writes or answers is the services' business. A
 * storyteller without an account reaches only their own story, by its link.
 */
@Resolver()
export class StoriesResolver {
  constructor(
    private readonly service: StoriesService,
    private readonly memberCheck: MemberCheckService,
  ) {}

  @Query(() => [StorySummaryDto], {
    description: 'The stories the viewer may read: their own, those they tell, and those their storyteller let reach them.',
  })
  @Access.organisation({ arg: 'organisationId' })
  stories(@Args() args: TeamListArgs, @CurrentViewer() viewer: Viewer, @CurrentAccess() access: TenantAccess): Promise<StorySummaryDto[]> {
    return this.service.list(viewer, access, args.teamId);
  }

  @Query(() => StoryDto)
  @Access.organisation(STORY)
  story(
    @Args('storyId', { type: () => ID }) storyId: string,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<StoryDto> {
    return this.service.read(viewer, access, storyId);
  }

  @Mutation(() => StoryDto, {
    description: 'A new story, checked for identifying details; it stays with its writer and teller until the member check.',
  })
  @Access.organisation({ arg: 'input.organisationId' })
  createStory(
    @Args('input') input: CreateStoryInput,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<StoryDto> {
    return this.service.create(viewer, access, input);
  }

  @Mutation(() => StoryDto, { description: 'A changed title or text is a new version, which the storyteller checks again.' })
  @Access.organisation(STORY_INPUT)
  updateStory(
    @Args('input') input: UpdateStoryInput,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<StoryDto> {
    return this.service.update(viewer, access, input);
  }

  @Mutation(() => StorySentDto, { description: 'Lays the story before its storyteller: in Kring, or through a new personal link.' })
  @Access.organisation(STORY_INPUT)
  sendStoryForCheck(
    @Args('input') input: SendStoryForCheckInput,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<StorySentDto> {
    return this.service.sendForCheck(viewer, access, input);
  }

  @Mutation(() => StoryDto, {
    description: 'Adds or corrects the address of a storyteller without an account; a link sent to the old address stops working.',
  })
  @Access.organisation(STORY_INPUT)
  setStorytellerEmail(
    @Args('input') input: SetStorytellerEmailInput,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<StoryDto> {
    return this.service.setStorytellerEmail(viewer, access, input);
  }

  @Mutation(() => StoryDto, { description: 'The storyteller’s personal link stops working at once.' })
  @Access.organisation(STORY)
  revokeStoryLink(
    @Args('storyId', { type: () => ID }) storyId: string,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<StoryDto> {
    return this.service.revokeLink(viewer, access, storyId);
  }

  @Mutation(() => StoryDto, { description: 'A remark in the member check, by the writer or a storyteller with an account.' })
  @Access.organisation(STORY_INPUT)
  commentOnStory(
    @Args('input') input: CommentOnStoryInput,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<StoryDto> {
    return this.service.comment(viewer, access, input);
  }

  @Mutation(() => StoryDto, { description: 'The answer of a storyteller with an account: remark, decision, and consent per audience.' })
  @Access.organisation(STORY_INPUT)
  answerStoryCheck(
    @Args('input') input: AnswerStoryCheckInput,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<StoryDto> {
    return this.memberCheck.answer(viewer, access, input);
  }

  /** Public: the secret link is the permission, and it opens this one story only. */
  @Query(() => StoryForStorytellerDto, { description: 'A storyteller without an account reads their story through their personal link.' })
  @Access.public('the secret token is the permission; opens only its own story')
  storyForStoryteller(
    @Args('token') @UnguardedText('a link token, compared with its hash; no text about anyone') token: string,
    @Context('req') req: KringRequest,
  ): Promise<StoryForStorytellerDto> {
    return this.memberCheck.forStoryteller(token, req);
  }

  @Mutation(() => StoryForStorytellerDto, { description: 'The answer of a storyteller without an account, through their personal link.' })
  @Access.public('the secret token is the permission; answers only for its own story')
  answerStoryCheckByLink(
    @Args('input') input: AnswerStoryCheckByLinkInput,
    @Context('req') req: KringRequest,
  ): Promise<StoryForStorytellerDto> {
    return this.memberCheck.answerByLink(input, req);
  }
}
