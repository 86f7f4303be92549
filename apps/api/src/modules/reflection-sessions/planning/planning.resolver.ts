import { SESSION_PLANNER_ROLES } from '@kring/domain';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { TenantAccess, Viewer } from '../../../engine/auth/viewer';
import { Access } from '../../../engine/policy/access.decorator';
import { CurrentAccess, CurrentViewer } from '../../../engine/policy/current.decorators';
import { SessionDto, SessionSummaryDto } from '../dtos/session.dto';
import { PlanSessionInput, UpdateSessionInput } from '../dtos/session.inputs';
import { PlanningService } from './planning.service';

const SESSION = { arg: 'sessionId', table: 'reflection_session' } as const;

@Resolver()
export class PlanningResolver {
  constructor(private readonly planning: PlanningService) {}

  @Query(() => [SessionSummaryDto], {
    description: 'For the home page: planned and live sessions the viewer takes part in, soonest first.',
  })
  @Access.organisation({ arg: 'organisationId' })
  upcomingSessions(
    @Args('organisationId', { type: () => ID }) _organisationId: string,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<SessionSummaryDto[]> {
    return this.planning.upcoming(viewer, access);
  }

  @Query(() => [SessionSummaryDto], { description: 'Closed sessions the viewer took part in, newest first (the way to their reports).' })
  @Access.organisation({ arg: 'organisationId' })
  pastSessions(
    @Args('organisationId', { type: () => ID }) _organisationId: string,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<SessionSummaryDto[]> {
    return this.planning.past(viewer, access);
  }

  @Query(() => SessionDto, {
    description:
      'A session with its harvest and the team’s open practices, for its participants; the plan alone for a manager or planner who does not take part.',
  })
  @Access.organisation(SESSION)
  session(
    @Args('sessionId', { type: () => ID }) sessionId: string,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<SessionDto> {
    return this.planning.session(viewer, access, sessionId);
  }

  @Mutation(() => SessionSummaryDto)
  @Access.organisation({ arg: 'input.organisationId' }, SESSION_PLANNER_ROLES)
  planSession(
    @Args('input') input: PlanSessionInput,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<SessionSummaryDto> {
    return this.planning.plan(viewer, access, input);
  }

  @Mutation(() => SessionSummaryDto, { description: 'Changes the plan (also while live); for the moderator, the planner or a manager.' })
  @Access.organisation({ arg: 'input.sessionId', table: 'reflection_session' })
  updateSession(
    @Args('input') input: UpdateSessionInput,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<SessionSummaryDto> {
    return this.planning.update(viewer, access, input);
  }

  @Mutation(() => SessionSummaryDto, { description: 'Afgelast: only a session that has not started.' })
  @Access.organisation(SESSION)
  cancelSession(
    @Args('sessionId', { type: () => ID }) sessionId: string,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<SessionSummaryDto> {
    return this.planning.cancel(viewer, access, sessionId);
  }
}
