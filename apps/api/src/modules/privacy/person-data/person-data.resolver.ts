import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { TenantAccess, Viewer } from '../../../engine/auth/viewer';
import { Access } from '../../../engine/policy/access.decorator';
import { CurrentAccess, CurrentViewer } from '../../../engine/policy/current.decorators';
import { ErasePersonInput, ErasureResultDto, PersonDataInput } from '../dtos/person-data.dto';
import { ErasureService } from '../erasure/erasure.service';
import { PersonExportService } from './person-export.service';

/** Requests about a person's data (AVG): export and erasure by an administrator, and a person's own download. */
@Resolver()
export class PersonDataResolver {
  constructor(
    private readonly exports: PersonExportService,
    private readonly erasure: ErasureService,
  ) {}

  @Query(() => String, { description: 'Everything the organisation holds about one of its members, as JSON (audited).' })
  @Access.organisation({ arg: 'input.organisationId' }, ['administrator'])
  exportPersonData(
    @Args('input') input: PersonDataInput,
    @CurrentAccess() access: TenantAccess,
    @CurrentViewer() viewer: Viewer,
  ): Promise<string> {
    return this.exports.forOrganisation(access, viewer, input.personId);
  }

  @Query(() => String, { description: 'Everything Kring holds about the viewer, as JSON (audited).' })
  @Access.authenticated()
  exportMyData(@CurrentViewer() viewer: Viewer): Promise<string> {
    return this.exports.own(viewer);
  }

  @Mutation(() => ErasureResultDto, {
    description: "Erases a member's data on request; shared contributions stay under a stable pseudonym. Cannot be undone.",
  })
  @Access.organisation({ arg: 'input.organisationId' }, ['administrator'])
  erasePerson(
    @Args('input') input: ErasePersonInput,
    @CurrentAccess() access: TenantAccess,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ErasureResultDto> {
    return this.erasure.erase(access, viewer, input);
  }
}
