import { ORGANISATION_MANAGER_ROLES } from '@kring/domain';
import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { TenantAccess, Viewer } from '../../engine/auth/viewer';
import { Access } from '../../engine/policy/access.decorator';
import { CurrentAccess, CurrentViewer } from '../../engine/policy/current.decorators';
import { MembershipDto } from './dtos/membership.dto';
import { ChangeMembershipInput } from './dtos/membership.inputs';
import { MembershipsService } from './memberships.service';

@Resolver(() => MembershipDto)
export class MembershipsResolver {
  constructor(private readonly memberships: MembershipsService) {}

  @Mutation(() => MembershipDto, { description: "A member's role and team, changed in place. The organisation keeps an administrator." })
  @Access.organisation({ arg: 'input.membershipId', table: 'membership' }, ORGANISATION_MANAGER_ROLES)
  changeMembership(
    @Args('input') input: ChangeMembershipInput,
    @CurrentAccess() access: TenantAccess,
    @CurrentViewer() viewer: Viewer,
  ): Promise<MembershipDto> {
    return this.memberships.change(access, viewer, input);
  }

  @Mutation(() => Boolean)
  @Access.organisation({ arg: 'membershipId', table: 'membership' }, ORGANISATION_MANAGER_ROLES)
  removeMembership(
    @Args('membershipId', { type: () => ID }) membershipId: string,
    @CurrentAccess() access: TenantAccess,
    @CurrentViewer() viewer: Viewer,
  ): Promise<boolean> {
    return this.memberships.remove(access, viewer, membershipId);
  }
}
