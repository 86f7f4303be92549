import { MIRROR_PLANNER_ROLES } from '@kring/domain';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { TenantAccess, Viewer } from '../../../engine/auth/viewer';
import { Access } from '../../../engine/policy/access.decorator';
import { CurrentAccess, CurrentViewer } from '../../../engine/policy/current.decorators';
import { MirrorConversationDto, MirrorConversationSummaryDto } from '../dtos/conversation.dto';
import {
  AddMirrorLearningWishInput,
  CancelMirrorConversationInput,
  PlanMirrorConversationInput,
  SaveMirrorQuestionGuideInput,
  UpdateMirrorConversationInput,
} from '../dtos/conversation.inputs';
import { MirrorPlanningService } from './mirror-planning.service';

const CONVERSATION = { arg: 'conversationId', table: 'mirror_conversation' } as const;
const INPUT_CONVERSATION = { arg: 'input.conversationId', table: 'mirror_conversation' } as const;

@Resolver()
export class MirrorPlanningResolver {
  constructor(private readonly planning: MirrorPlanningService) {}

  @Query(() => [MirrorConversationSummaryDto], {
    description: 'Mirror conversations (spiegelgesprekken) of the organisation, newest first.',
  })
  @Access.organisation({ arg: 'organisationId' })
  mirrorConversations(
    @Args('organisationId', { type: () => ID }) _organisationId: string,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<MirrorConversationSummaryDto[]> {
    return this.planning.list(viewer, access);
  }

  @Query(() => MirrorConversationDto)
  @Access.organisation(CONVERSATION)
  mirrorConversation(
    @Args('conversationId', { type: () => ID }) conversationId: string,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<MirrorConversationDto> {
    return this.planning.conversation(viewer, access, conversationId);
  }

  @Mutation(() => MirrorConversationDto)
  @Access.organisation({ arg: 'input.organisationId' }, MIRROR_PLANNER_ROLES)
  planMirrorConversation(
    @Args('input') input: PlanMirrorConversationInput,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<MirrorConversationDto> {
    return this.planning.plan(viewer, access, input);
  }

  @Mutation(() => MirrorConversationDto)
  @Access.organisation(INPUT_CONVERSATION)
  updateMirrorConversation(
    @Args('input') input: UpdateMirrorConversationInput,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<MirrorConversationDto> {
    return this.planning.update(viewer, access, input);
  }

  @Mutation(() => MirrorConversationDto, {
    description: 'The conversation does not take place; every invited relative is told (e-mail and their page).',
  })
  @Access.organisation(INPUT_CONVERSATION)
  cancelMirrorConversation(
    @Args('input') input: CancelMirrorConversationInput,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<MirrorConversationDto> {
    return this.planning.cancel(viewer, access, input);
  }

  @Mutation(() => MirrorConversationDto, { description: 'What a staff member wants to learn from the relatives.' })
  @Access.organisation(INPUT_CONVERSATION)
  addMirrorLearningWish(
    @Args('input') input: AddMirrorLearningWishInput,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<MirrorConversationDto> {
    return this.planning.addWish(viewer, access, input);
  }

  @Mutation(() => MirrorConversationDto)
  @Access.organisation({ arg: 'wishId', table: 'mirror_learning_wish' })
  removeMirrorLearningWish(
    @Args('wishId', { type: () => ID }) wishId: string,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<MirrorConversationDto> {
    return this.planning.removeWish(viewer, access, wishId);
  }

  @Mutation(() => MirrorConversationDto, { description: 'Replaces the question guide (gespreksleidraad) as a whole, in order.' })
  @Access.organisation(INPUT_CONVERSATION)
  saveMirrorQuestionGuide(
    @Args('input') input: SaveMirrorQuestionGuideInput,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<MirrorConversationDto> {
    return this.planning.saveGuide(viewer, access, input);
  }
}
