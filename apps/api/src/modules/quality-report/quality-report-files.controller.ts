import { ORGANISATION_MANAGER_ROLES } from '@kring/domain';
import { Controller, Get, Param, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { NetworkAccess, TenantAccess, Viewer } from '../../engine/auth/viewer';
import { Access } from '../../engine/policy/access.decorator';
import { CurrentAccess, CurrentNetworkAccess, CurrentViewer } from '../../engine/policy/current.decorators';
import { networkOverviewOutline } from './export/network-overview-outline';
import { qualityReportOutline } from './export/quality-report-outline';
import { NetworkOverviewService } from './network-year/network-overview.service';
import { QualityReportService } from './organisation-year/quality-report.service';
import { HttpUserErrorFilter } from '../../engine/http/http-user-error.filter';
import { renderPdf } from '../../engine/documents/outline-pdf';
import { sendPdf } from '../../engine/documents/pdf-file';
import { SmallNumbers } from '../../engine/privacy/small-numbers.service';
import { NetworkYearOverviewDto } from './dtos/network-overview.dto';
import { QualityReportDto } from './dtos/quality-report.dto';

/** "2025.pdf" → 2025; anything else is a year the service refuses with a readable message. */
function yearOf(file: string): number {
  const match = /^(\d{4})\.pdf$/.exec(file);
  return match ? Number(match[1]) : NaN;
}

/** PDF downloads by link (the policy guard reads the route parameters). */
@Controller('exports')
@UseFilters(HttpUserErrorFilter)
export class QualityReportFilesController {
  constructor(
    private readonly reports: QualityReportService,
    private readonly overviews: NetworkOverviewService,
    private readonly smallNumbers: SmallNumbers,
  ) {}

  @Get('quality-report/:organisationId/:file')
  @Access.organisation({ arg: 'organisationId' }, ORGANISATION_MANAGER_ROLES)
  async qualityReport(
    @Param('file') file: string,
    @CurrentAccess() access: TenantAccess,
    @CurrentViewer() viewer: Viewer,
    @Res() res: Response,
  ): Promise<void> {
    const report = this.smallNumbers.inExport(QualityReportDto, await this.reports.report(access, viewer, yearOf(file), 'pdf'));
    const content = await renderPdf(
      qualityReportOutline(report, viewer.preferredLanguage),
      `Kwaliteitsverslag ${report.year}`,
      viewer.preferredLanguage,
    );
    sendPdf(res, { filename: `kwaliteitsverslag-${report.year}.pdf`, content });
  }

  @Get('network-overview/:networkId/:file')
  @Access.network({ arg: 'networkId' }, ['network_coordinator'])
  async networkOverview(
    @Param('file') file: string,
    @CurrentNetworkAccess() access: NetworkAccess,
    @CurrentViewer() viewer: Viewer,
    @Res() res: Response,
  ): Promise<void> {
    const overview = this.smallNumbers.inExport(NetworkYearOverviewDto, await this.overviews.overview(access, viewer, yearOf(file), 'pdf'));
    const content = await renderPdf(
      networkOverviewOutline(overview, viewer.preferredLanguage),
      `Jaaroverzicht ${overview.year}`,
      viewer.preferredLanguage,
    );
    sendPdf(res, { filename: `jaaroverzicht-netwerk-${overview.year}.pdf`, content });
  }
}
