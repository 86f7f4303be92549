import { METHOD_EDITOR_ROLES } from '@kring/domain';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { TenantAccess, Viewer } from '../../engine/auth/viewer';
import { Access } from '../../engine/policy/access.decorator';
import { CurrentAccess, CurrentViewer } from '../../engine/policy/current.decorators';
import { MethodDto, MethodVersionDto, PhaseKindBlockDto } from './dtos/method.dto';
import { CopyMethodArgs, MethodArgs, MethodTargetArgs, SaveCustomMethodInput } from './dtos/method.inputs';
import { MethodsService } from './methods.service';

/** Every member may read the library; moderators, administrators and entrepreneurs shape it. */
@Resolver(() => MethodDto)
export class MethodsResolver {
  constructor(private readonly service: MethodsService) {}

  @Query(() => [MethodDto], { description: "Shipped methods and the organisation's own (latest versions, not archived)." })
  @Access.organisation({ arg: 'organisationId' })
  methods(
    @Args('organisationId', { type: () => ID }) _organisationId: string,
    @CurrentAccess() access: TenantAccess,
  ): Promise<MethodDto[]> {
    return this.service.list(access.organisationId);
  }

  @Query(() => MethodDto)
  @Access.organisation({ arg: 'organisationId' })
  method(@Args() args: MethodArgs, @CurrentAccess() access: TenantAccess): Promise<MethodDto> {
    return this.service.method(access.organisationId, args.methodId, args.version ?? undefined);
  }

  @Query(() => [MethodVersionDto], { description: "Saved versions of one of the organisation's own methods, newest first." })
  @Access.organisation({ arg: 'organisationId' })
  methodVersions(@Args() args: MethodTargetArgs, @CurrentAccess() access: TenantAccess): Promise<MethodVersionDto[]> {
    return this.service.versions(access.organisationId, args.methodId);
  }

  /** Public: the same static blocks for everyone, straight from @kring/domain. */
  @Query(() => [PhaseKindBlockDto], { description: 'The blocks a method is built from, with the defaults of a new phase.' })
  @Access.public('the static building blocks of methods from @kring/domain, the same for everyone')
  phaseKinds(): PhaseKindBlockDto[] {
    return this.service.phaseKinds();
  }

  @Mutation(() => MethodDto, { description: 'Creates a method (no methodId) or saves a new version of one of the organisation’s own.' })
  @Access.organisation({ arg: 'input.organisationId' }, METHOD_EDITOR_ROLES)
  saveCustomMethod(
    @Args('input') input: SaveCustomMethodInput,
    @CurrentAccess() access: TenantAccess,
    @CurrentViewer() viewer: Viewer,
  ): Promise<MethodDto> {
    return this.service.save(access, viewer, input);
  }

  @Mutation(() => MethodDto, { description: "Copies a shipped or own method into a new one of the organisation's own, version 1." })
  @Access.organisation({ arg: 'organisationId' }, METHOD_EDITOR_ROLES)
  copyMethod(@Args() args: CopyMethodArgs, @CurrentAccess() access: TenantAccess, @CurrentViewer() viewer: Viewer): Promise<MethodDto> {
    return this.service.copy(access, viewer, args.methodId, args.newName);
  }

  @Mutation(() => Boolean, { description: 'Takes an own method out of the library; saved versions stay readable.' })
  @Access.organisation({ arg: 'organisationId' }, METHOD_EDITOR_ROLES)
  archiveCustomMethod(@Args() args: MethodTargetArgs, @CurrentAccess() access: TenantAccess): Promise<boolean> {
    return this.service.archive(access, args.methodId);
  }
}
