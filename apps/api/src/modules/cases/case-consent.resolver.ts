import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { TenantAccess, Viewer } from '../../engine/auth/viewer';
import { Access } from '../../engine/policy/access.decorator';
import { CurrentAccess, CurrentViewer } from '../../engine/policy/current.decorators';
import { CaseConsentService } from './case-consent.service';
import { CaseConsentDto } from './dtos/case.dto';
import { RecordCaseConsentInput, WithdrawCaseConsentInput } from './dtos/consent.inputs';

@Resolver()
export class CaseConsentResolver {
  constructor(private readonly consents: CaseConsentService) {}

  @Mutation(() => CaseConsentDto)
  @Access.organisation({ arg: 'input.caseId', table: 'case_file' })
  recordCaseConsent(
    @Args('input') input: RecordCaseConsentInput,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<CaseConsentDto> {
    return this.consents.record(viewer, access, input);
  }

  @Mutation(() => CaseConsentDto, { description: 'Withdraws consent; the case narrows at once when its visibility is no longer allowed.' })
  @Access.organisation({ arg: 'input.consentId', table: 'case_consent' })
  withdrawCaseConsent(
    @Args('input') input: WithdrawCaseConsentInput,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<CaseConsentDto> {
    return this.consents.withdraw(viewer, access, input);
  }
}
