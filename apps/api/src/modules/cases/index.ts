/** The public surface of cases: what other features may import. */
export { CasesModule } from './cases.module';
export { CasesService } from './cases.service';
export { CaseConsentService } from './case-consent.service';
export { ResidentRegisterService } from './resident-register.service';
export { IdentifyingDetailFindingDto } from './dtos/identifying-detail.dto';
export { OVERDUE_SESSION } from './case-read-rule';
