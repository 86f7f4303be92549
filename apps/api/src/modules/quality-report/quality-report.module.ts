import { Module } from '@nestjs/common';
import { CasesModule } from '../cases';
import { NetworkOverviewService } from './network-year/network-overview.service';
import { QualityReportService } from './organisation-year/quality-report.service';
import { QualityReportFilesController } from './quality-report-files.controller';
import { QualityReportResolver } from './quality-report.resolver';

/** Exports: the quality-report input (kwaliteitsverslag) per organisation and year, and the network year overview. */
@Module({
  imports: [CasesModule],
  controllers: [QualityReportFilesController],
  providers: [QualityReportService, NetworkOverviewService, QualityReportResolver],
})
export class QualityReportModule {}
