import { Module } from '@nestjs/common';
import { CaseConsentResolver } from './case-consent.resolver';
import { CaseConsentService } from './case-consent.service';
import { CasesResolver } from './cases.resolver';
import { CasesService } from './cases.service';
import { ResidentRegisterResolver } from './resident-register.resolver';
import { ResidentRegisterService } from './resident-register.service';

/** Cases (casus), their consent records, the resident pseudonym register and the identifying-details guard. */
@Module({
  providers: [CasesService, CasesResolver, CaseConsentService, CaseConsentResolver, ResidentRegisterService, ResidentRegisterResolver],
  // Sessions read cases through CasesService.readableCase and guard their own texts; the demo fills the register.
  exports: [CasesService, CaseConsentService, ResidentRegisterService],
})
export class CasesModule {}
