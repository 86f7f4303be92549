import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { NetworkAccess, Viewer } from '../../engine/auth/viewer';
import { Access } from '../../engine/policy/access.decorator';
import { CurrentNetworkAccess, CurrentViewer } from '../../engine/policy/current.decorators';
import { MirrorConversationDto, MirrorReportDto, MirrorResponseDto, SharedMirrorReportDto } from './dtos/mirror.dto';
import {
  AddVisitPracticeInput,
  HostReflectionInput,
  RemoveVisitPracticeInput,
  SaveMirrorResponseInput,
  SetReportVisibilityInput,
  UpdateReportDraftInput,
} from './dtos/mirror.inputs';
import { MirrorConversationService } from './mirror-conversation.service';
import { MirrorReportService } from './mirror-report.service';

export const VISIT = { arg: 'visitId', table: 'peer_visit' } as const;
const VISIT_IN_INPUT = { arg: 'input.visitId', table: 'peer_visit' } as const;

/** Mirror conversation mode and the mirror report; who may do what is decided per visit in the services. */
@Resolver()
export class MirrorResolver {
  constructor(
    private readonly conversations: MirrorConversationService,
    private readonly reports: MirrorReportService,
  ) {}

  @Query(() => MirrorConversationDto)
  @Access.network(VISIT)
  visitMirrorConversation(
    @Args('visitId', { type: () => ID }) visitId: string,
    @CurrentNetworkAccess() access: NetworkAccess,
    @CurrentViewer() viewer: Viewer,
  ): Promise<MirrorConversationDto> {
    return this.conversations.conversation(access, viewer, visitId);
  }

  @Mutation(() => MirrorResponseDto)
  @Access.network(VISIT_IN_INPUT)
  saveMirrorResponse(
    @Args('input') input: SaveMirrorResponseInput,
    @CurrentNetworkAccess() access: NetworkAccess,
    @CurrentViewer() viewer: Viewer,
  ): Promise<MirrorResponseDto> {
    return this.conversations.save(access, viewer, input);
  }

  @Query(() => MirrorReportDto, {
    description: 'Full for those the host shared it with; anonymised for the network when the host chose so.',
  })
  @Access.network(VISIT)
  mirrorReport(
    @Args('visitId', { type: () => ID }) visitId: string,
    @CurrentNetworkAccess() access: NetworkAccess,
    @CurrentViewer() viewer: Viewer,
  ): Promise<MirrorReportDto> {
    return this.reports.report(access, viewer, visitId);
  }

  @Query(() => [SharedMirrorReportDto], { description: 'Mirror reports the hosts shared with the network, anonymised.' })
  @Access.network({ arg: 'networkId' })
  networkMirrorReports(
    @Args('networkId', { type: () => ID }) _networkId: string,
    @CurrentNetworkAccess() access: NetworkAccess,
    @CurrentViewer() viewer: Viewer,
  ): Promise<SharedMirrorReportDto[]> {
    return this.reports.shared(access, viewer);
  }

  @Mutation(() => MirrorReportDto)
  @Access.network(VISIT_IN_INPUT)
  updateReportDraft(
    @Args('input') input: UpdateReportDraftInput,
    @CurrentNetworkAccess() access: NetworkAccess,
    @CurrentViewer() viewer: Viewer,
  ): Promise<MirrorReportDto> {
    return this.reports.updateDraft(access, viewer, input);
  }

  @Mutation(() => MirrorReportDto)
  @Access.network(VISIT)
  handReportToHost(
    @Args('visitId', { type: () => ID }) visitId: string,
    @CurrentNetworkAccess() access: NetworkAccess,
    @CurrentViewer() viewer: Viewer,
  ): Promise<MirrorReportDto> {
    return this.reports.handToHost(access, viewer, visitId);
  }

  @Mutation(() => MirrorReportDto)
  @Access.network(VISIT_IN_INPUT, ['entrepreneur'])
  updateHostReflection(
    @Args('input') input: HostReflectionInput,
    @CurrentNetworkAccess() access: NetworkAccess,
    @CurrentViewer() viewer: Viewer,
  ): Promise<MirrorReportDto> {
    return this.reports.reflect(access, viewer, input);
  }

  @Mutation(() => MirrorReportDto)
  @Access.network(VISIT_IN_INPUT, ['entrepreneur'])
  addVisitPractice(
    @Args('input') input: AddVisitPracticeInput,
    @CurrentNetworkAccess() access: NetworkAccess,
    @CurrentViewer() viewer: Viewer,
  ): Promise<MirrorReportDto> {
    return this.reports.addPractice(access, viewer, input);
  }

  @Mutation(() => MirrorReportDto)
  @Access.network(VISIT_IN_INPUT, ['entrepreneur'])
  removeVisitPractice(
    @Args('input') input: RemoveVisitPracticeInput,
    @CurrentNetworkAccess() access: NetworkAccess,
    @CurrentViewer() viewer: Viewer,
  ): Promise<MirrorReportDto> {
    return this.reports.removePractice(access, viewer, input);
  }

  @Mutation(() => MirrorReportDto)
  @Access.network(VISIT_IN_INPUT)
  setReportVisibility(
    @Args('input') input: SetReportVisibilityInput,
    @CurrentNetworkAccess() access: NetworkAccess,
    @CurrentViewer() viewer: Viewer,
  ): Promise<MirrorReportDto> {
    return this.reports.setVisibility(access, viewer, input);
  }

  @Mutation(() => MirrorReportDto)
  @Access.network(VISIT, ['entrepreneur'])
  closeMirrorReport(
    @Args('visitId', { type: () => ID }) visitId: string,
    @CurrentNetworkAccess() access: NetworkAccess,
    @CurrentViewer() viewer: Viewer,
  ): Promise<MirrorReportDto> {
    return this.reports.close(access, viewer, visitId);
  }
}
