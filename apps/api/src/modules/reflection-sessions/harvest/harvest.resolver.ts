import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { TenantAccess, Viewer } from '../../../engine/auth/viewer';
import { Access } from '../../../engine/policy/access.decorator';
import { CurrentAccess, CurrentViewer } from '../../../engine/policy/current.decorators';
import {
  AcceptHarvestDraftInput,
  AddHarvestItemInput,
  AddPracticeInput,
  ReviewPracticeInput,
  UpdateHarvestItemInput,
  UpdatePracticeInput,
} from '../dtos/harvest.inputs';
import { PracticeDto, SessionHarvestDto } from '../dtos/session.dto';
import { HarvestService } from './harvest.service';

/** The harvest is the moderator's (checked in the service); each mutation answers with the whole harvest. */
@Resolver()
export class HarvestResolver {
  constructor(private readonly harvest: HarvestService) {}

  @Mutation(() => SessionHarvestDto, { description: 'An insight, advice to the contributor, or a memo (seen by the moderator only).' })
  @Access.organisation({ arg: 'input.sessionId', table: 'reflection_session' })
  addHarvestItem(
    @Args('input') input: AddHarvestItemInput,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<SessionHarvestDto> {
    return this.harvest.addItem(viewer, access, input);
  }

  @Mutation(() => SessionHarvestDto)
  @Access.organisation({ arg: 'input.harvestItemId', table: 'harvest_item' })
  updateHarvestItem(
    @Args('input') input: UpdateHarvestItemInput,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<SessionHarvestDto> {
    return this.harvest.updateItem(viewer, access, input);
  }

  @Mutation(() => SessionHarvestDto)
  @Access.organisation({ arg: 'harvestItemId', table: 'harvest_item' })
  removeHarvestItem(
    @Args('harvestItemId', { type: () => ID }) harvestItemId: string,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<SessionHarvestDto> {
    return this.harvest.removeItem(viewer, access, harvestItemId);
  }

  @Mutation(() => SessionHarvestDto, { description: 'A new practice to try: what, who, and when we look back.' })
  @Access.organisation({ arg: 'input.sessionId', table: 'reflection_session' })
  addPractice(
    @Args('input') input: AddPracticeInput,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<SessionHarvestDto> {
    return this.harvest.addPractice(viewer, access, input);
  }

  @Mutation(() => SessionHarvestDto)
  @Access.organisation({ arg: 'input.practiceId', table: 'practice' })
  updatePractice(
    @Args('input') input: UpdatePracticeInput,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<SessionHarvestDto> {
    return this.harvest.updatePractice(viewer, access, input);
  }

  @Mutation(() => SessionHarvestDto)
  @Access.organisation({ arg: 'practiceId', table: 'practice' })
  removePractice(
    @Args('practiceId', { type: () => ID }) practiceId: string,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<SessionHarvestDto> {
    return this.harvest.removePractice(viewer, access, practiceId);
  }

  @Mutation(() => PracticeDto, {
    description: '"Hoe ging het?": a review of a practice from an earlier session of the team; a new status is for the moderator.',
  })
  @Access.organisation({ arg: 'input.sessionId', table: 'reflection_session' })
  reviewPractice(
    @Args('input') input: ReviewPracticeInput,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<PracticeDto> {
    return this.harvest.reviewPractice(viewer, access, input);
  }

  @Mutation(() => SessionHarvestDto, { description: 'Takes a draft gathered from the session over, as edited, into the harvest.' })
  @Access.organisation({ arg: 'input.sessionId', table: 'reflection_session' })
  acceptHarvestDraft(
    @Args('input') input: AcceptHarvestDraftInput,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<SessionHarvestDto> {
    return this.harvest.acceptDraft(viewer, access, input);
  }

  @Mutation(() => SessionHarvestDto, { description: 'Removes a draft gathered from the session; its entry stays in the conversation.' })
  @Access.organisation({ arg: 'sessionId', table: 'reflection_session' })
  removeHarvestDraft(
    @Args('sessionId', { type: () => ID }) sessionId: string,
    @Args('draftId', { type: () => ID }) draftId: string,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<SessionHarvestDto> {
    return this.harvest.removeDraft(viewer, access, sessionId, draftId);
  }

  @Mutation(() => SessionHarvestDto, { description: 'The moderator approves the report of a closed session; the harvest is then fixed.' })
  @Access.organisation({ arg: 'sessionId', table: 'reflection_session' })
  approveReport(
    @Args('sessionId', { type: () => ID }) sessionId: string,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<SessionHarvestDto> {
    return this.harvest.approve(viewer, access, sessionId);
  }
}
