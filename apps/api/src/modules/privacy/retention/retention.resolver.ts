import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { TenantAccess, Viewer } from '../../../engine/auth/viewer';
import { Access } from '../../../engine/policy/access.decorator';
import { CurrentAccess, CurrentViewer } from '../../../engine/policy/current.decorators';
import { PrivacySettingsDto, RawNotePurgeDto, RetentionInput } from '../dtos/retention.dto';
import { RetentionService } from './retention.service';

@Resolver()
export class RetentionResolver {
  constructor(private readonly retention: RetentionService) {}

  @Query(() => PrivacySettingsDto)
  @Access.organisation({ arg: 'organisationId' }, ['administrator'])
  privacySettings(
    @Args('organisationId', { type: () => ID }) _organisationId: string,
    @CurrentAccess() access: TenantAccess,
  ): Promise<PrivacySettingsDto> {
    return this.retention.settings(access.organisationId);
  }

  @Mutation(() => PrivacySettingsDto)
  @Access.organisation({ arg: 'input.organisationId' }, ['administrator'])
  updateRawNoteRetention(
    @Args('input') input: RetentionInput,
    @CurrentAccess() access: TenantAccess,
    @CurrentViewer() viewer: Viewer,
  ): Promise<PrivacySettingsDto> {
    return this.retention.update(access, viewer, input);
  }

  @Mutation(() => RawNotePurgeDto, {
    description: 'Deletes raw notes older than the retention period now, instead of at the next hourly run.',
  })
  @Access.organisation({ arg: 'organisationId' }, ['administrator'])
  purgeRawNotes(
    @Args('organisationId', { type: () => ID }) _organisationId: string,
    @CurrentAccess() access: TenantAccess,
    @CurrentViewer() viewer: Viewer,
  ): Promise<RawNotePurgeDto> {
    return this.retention.purge(access.organisationId, new Date(), viewer.personId);
  }
}
