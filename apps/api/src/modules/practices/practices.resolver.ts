import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { TenantAccess, Viewer } from '../../engine/auth/viewer';
import { Access } from '../../engine/policy/access.decorator';
import { CurrentAccess, CurrentViewer } from '../../engine/policy/current.decorators';
import { TrackedPracticeDto } from './dtos/practice.dto';
import { LookBackOnPracticeInput } from './dtos/practice.inputs';
import { TeamListArgs } from './dtos/team-list.args';
import { PracticesService } from './practices.service';

/** The team's list of new practices; which ones a viewer follows is the service's business. */
@Resolver()
export class PracticesResolver {
  constructor(private readonly service: PracticesService) {}

  @Query(() => [TrackedPracticeDto], { description: 'New practices from sessions, mirror conversations and visits: due look-backs first.' })
  @Access.organisation({ arg: 'organisationId' })
  practices(
    @Args() args: TeamListArgs,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<TrackedPracticeDto[]> {
    return this.service.list(viewer, access, args.teamId);
  }

  @Mutation(() => TrackedPracticeDto, {
    description: '"Hoe ging het?" outside a session, with a new status or look-back date when agreed.',
  })
  @Access.organisation({ arg: 'input.practiceId', table: 'practice' })
  lookBackOnPractice(
    @Args('input') input: LookBackOnPracticeInput,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<TrackedPracticeDto> {
    return this.service.lookBack(viewer, access, input);
  }
}
