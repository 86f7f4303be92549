import { ORGANISATION_MANAGER_ROLES } from '@kring/domain';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { TenantAccess } from '../../engine/auth/viewer';
import { Access } from '../../engine/policy/access.decorator';
import { CurrentAccess } from '../../engine/policy/current.decorators';
import { LocationDto, OrganisationDto, TeamDto } from './dtos/organisation.dto';
import { CreateLocationInput, CreateTeamInput, SetEscalationProcedureInput, UpdateOrganisationInput } from './dtos/organisation.inputs';
import { OrganisationsService } from './organisations.service';

@Resolver(() => OrganisationDto)
export class OrganisationsResolver {
  constructor(private readonly organisations: OrganisationsService) {}

  @Query(() => OrganisationDto)
  @Access.organisation({ arg: 'id' })
  organisation(@Args('id', { type: () => ID }) _id: string, @CurrentAccess() access: TenantAccess): Promise<OrganisationDto> {
    return this.organisations.organisation(access);
  }

  @Mutation(() => OrganisationDto)
  @Access.organisation({ arg: 'input.organisationId' }, ORGANISATION_MANAGER_ROLES)
  updateOrganisation(@Args('input') input: UpdateOrganisationInput, @CurrentAccess() access: TenantAccess): Promise<OrganisationDto> {
    return this.organisations.update(access, input);
  }

  @Mutation(() => OrganisationDto, {
    description: "The organisation's complaints officer and incident route, shown with every escalation prompt.",
  })
  @Access.organisation({ arg: 'input.organisationId' }, ORGANISATION_MANAGER_ROLES)
  setEscalationProcedure(
    @Args('input') input: SetEscalationProcedureInput,
    @CurrentAccess() access: TenantAccess,
  ): Promise<OrganisationDto> {
    return this.organisations.setEscalationProcedure(access, input);
  }

  @Mutation(() => LocationDto)
  @Access.organisation({ arg: 'input.organisationId' }, ORGANISATION_MANAGER_ROLES)
  createLocation(@Args('input') input: CreateLocationInput, @CurrentAccess() access: TenantAccess): Promise<LocationDto> {
    return this.organisations.createLocation(access, input);
  }

  @Mutation(() => TeamDto)
  @Access.organisation({ arg: 'input.organisationId' }, ORGANISATION_MANAGER_ROLES)
  createTeam(@Args('input') input: CreateTeamInput, @CurrentAccess() access: TenantAccess): Promise<TeamDto> {
    return this.organisations.createTeam(access, input);
  }
}
