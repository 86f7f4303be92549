import { Args, Query, Resolver } from '@nestjs/graphql';
import { TenantAccess, Viewer } from '../../../engine/auth/viewer';
import { Access } from '../../../engine/policy/access.decorator';
import { CurrentAccess, CurrentViewer } from '../../../engine/policy/current.decorators';
import { AuditLogInput, AuditLogPageDto } from '../dtos/audit-log.dto';
import { AuditLogService } from './audit-log.service';

@Resolver()
export class AuditLogResolver {
  constructor(private readonly log: AuditLogService) {}

  @Query(() => AuditLogPageDto, {
    description: 'Who read, exported or changed what in the organisation (administrators only); never the content.',
  })
  @Access.organisation({ arg: 'input.organisationId' }, ['administrator'])
  auditLog(
    @Args('input') input: AuditLogInput,
    @CurrentAccess() access: TenantAccess,
    @CurrentViewer() viewer: Viewer,
  ): Promise<AuditLogPageDto> {
    return this.log.page(access, input, viewer.preferredLanguage);
  }
}
