/** The public surface of cases: what other features may import. */
export { CasesModule } from './cases.module';
export { CasesService } from './cases.service';
export { IdentifyingDetailFindingDto } from './dtos/identifying-detail.dto';
