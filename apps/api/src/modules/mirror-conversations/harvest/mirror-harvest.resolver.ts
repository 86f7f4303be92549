import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { TenantAccess, Viewer } from '../../../engine/auth/viewer';
import { Access } from '../../../engine/policy/access.decorator';
import { CurrentAccess, CurrentViewer } from '../../../engine/policy/current.decorators';
import { MirrorHarvestDto } from '../dtos/harvest.dto';
import { SaveMirrorHarvestThemeInput, SetMirrorQuoteInput } from '../dtos/harvest.inputs';
import { MirrorHarvestService } from './mirror-harvest.service';

const CONVERSATION = { arg: 'conversationId', table: 'mirror_conversation' } as const;

@Resolver()
export class MirrorHarvestResolver {
  constructor(private readonly harvests: MirrorHarvestService) {}

  @Query(() => MirrorHarvestDto, { description: 'The draft for the moderator after the conversation; for the organisation once approved.' })
  @Access.organisation(CONVERSATION)
  mirrorHarvest(
    @Args('conversationId', { type: () => ID }) conversationId: string,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<MirrorHarvestDto> {
    return this.harvests.harvest(viewer, access, conversationId);
  }

  @Mutation(() => MirrorHarvestDto)
  @Access.organisation({ arg: 'input.statementId', table: 'mirror_statement' })
  setMirrorQuote(
    @Args('input') input: SetMirrorQuoteInput,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<MirrorHarvestDto> {
    return this.harvests.setQuote(viewer, access, input);
  }

  @Mutation(() => MirrorHarvestDto)
  @Access.organisation({ arg: 'input.conversationId', table: 'mirror_conversation' })
  saveMirrorHarvestTheme(
    @Args('input') input: SaveMirrorHarvestThemeInput,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<MirrorHarvestDto> {
    return this.harvests.saveTheme(viewer, access, input);
  }

  @Mutation(() => MirrorHarvestDto, {
    description: 'Approves the harvest and deletes the raw notes (statements not chosen as quotes, listeners’ notes).',
  })
  @Access.organisation(CONVERSATION)
  approveMirrorHarvest(
    @Args('conversationId', { type: () => ID }) conversationId: string,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<MirrorHarvestDto> {
    return this.harvests.approve(viewer, access, conversationId);
  }
}
