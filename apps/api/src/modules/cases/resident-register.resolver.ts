import { ORGANISATION_MANAGER_ROLES } from '@kring/domain';
import { Args, ID, Info, Mutation, Query, Resolver } from '@nestjs/graphql';
import { GraphQLResolveInfo } from 'graphql';
import { TenantAccess, Viewer } from '../../engine/auth/viewer';
import { Access } from '../../engine/policy/access.decorator';
import { CurrentAccess, CurrentViewer } from '../../engine/policy/current.decorators';
import { AddResidentRegisterEntryInput, ResidentRegisterEntryDto, UpdateResidentRegisterEntryInput } from './dtos/resident-register.dto';
import { ResidentRegisterService } from './resident-register.service';
import { selectsField } from './selected-fields';

@Resolver()
export class ResidentRegisterResolver {
  constructor(private readonly register: ResidentRegisterService) {}

  /**
   * Every member sees the pseudonyms (to use them in cases); the names come
   * only with a manager role, and only when asked for, so that reading them is
   * what the audit log records.
   */
  @Query(() => [ResidentRegisterEntryDto])
  @Access.organisation({ arg: 'organisationId' })
  residentRegister(
    @Args('organisationId', { type: () => ID }) _organisationId: string,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ResidentRegisterEntryDto[]> {
    return this.register.list(viewer, access, selectsField(info, 'watchNames'));
  }

  @Mutation(() => ResidentRegisterEntryDto)
  @Access.organisation({ arg: 'input.organisationId' }, ORGANISATION_MANAGER_ROLES)
  addResidentRegisterEntry(
    @Args('input') input: AddResidentRegisterEntryInput,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<ResidentRegisterEntryDto> {
    return this.register.add(viewer, access, input);
  }

  @Mutation(() => ResidentRegisterEntryDto)
  @Access.organisation({ arg: 'input.entryId', table: 'resident_register' }, ORGANISATION_MANAGER_ROLES)
  updateResidentRegisterEntry(
    @Args('input') input: UpdateResidentRegisterEntryInput,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<ResidentRegisterEntryDto> {
    return this.register.update(viewer, access, input);
  }

  @Mutation(() => Boolean)
  @Access.organisation({ arg: 'entryId', table: 'resident_register' }, ORGANISATION_MANAGER_ROLES)
  removeResidentRegisterEntry(
    @Args('entryId', { type: () => ID }) entryId: string,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<boolean> {
    return this.register.remove(viewer, access, entryId);
  }
}
