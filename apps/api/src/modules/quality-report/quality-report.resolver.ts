import { ORGANISATION_MANAGER_ROLES } from '@kring/domain';
import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { NetworkAccess, TenantAccess, Viewer } from '../../engine/auth/viewer';
import { Access } from '../../engine/policy/access.decorator';
import { CurrentAccess, CurrentNetworkAccess, CurrentViewer } from '../../engine/policy/current.decorators';
import { NetworkYearOverviewDto } from './dtos/network-overview.dto';
import { QualityReportDto } from './dtos/quality-report.dto';
import { networkOverviewOutline } from './export/network-overview-outline';
import { qualityReportOutline } from './export/quality-report-outline';
import { NetworkOverviewService } from './network-year/network-overview.service';
import { QualityReportService } from './organisation-year/quality-report.service';
import { renderMarkdown } from '../../engine/documents/outline-markdown';
import { SmallNumbers } from '../../engine/privacy/small-numbers.service';

/**
 * The quality-report input for an organisation's managers and the network
 * year overview for its coordinator. Reading and every export are audited
 * (PDFs come from QualityReportFilesController).
 */
@Resolver()
export class QualityReportResolver {
  constructor(
    private readonly reports: QualityReportService,
    private readonly overviews: NetworkOverviewService,
    private readonly smallNumbers: SmallNumbers,
  ) {}

  @Query(() => QualityReportDto, {
    description:
      'Input for the annual quality report (kwaliteitsverslag) of the organisation; PDF at /exports/quality-report/{organisationId}/{year}.pdf.',
  })
  @Access.organisation({ arg: 'organisationId' }, ORGANISATION_MANAGER_ROLES)
  qualityReport(
    @Args('organisationId', { type: () => ID }) _organisationId: string,
    @Args('year', { type: () => Int }) year: number,
    @CurrentAccess() access: TenantAccess,
    @CurrentViewer() viewer: Viewer,
  ): Promise<QualityReportDto> {
    return this.reports.report(access, viewer, year, 'read');
  }

  @Query(() => String, { description: 'The quality-report input as Markdown, in the viewer’s language.' })
  @Access.organisation({ arg: 'organisationId' }, ORGANISATION_MANAGER_ROLES)
  async qualityReportMarkdown(
    @Args('organisationId', { type: () => ID }) _organisationId: string,
    @Args('year', { type: () => Int }) year: number,
    @CurrentAccess() access: TenantAccess,
    @CurrentViewer() viewer: Viewer,
  ): Promise<string> {
    const report = this.smallNumbers.inExport(QualityReportDto, await this.reports.report(access, viewer, year, 'markdown'));
    return renderMarkdown(qualityReportOutline(report, viewer.preferredLanguage));
  }

  @Query(() => NetworkYearOverviewDto, {
    description:
      'The anonymised year overview of a learning network, for its coordinators; PDF at /exports/network-overview/{networkId}/{year}.pdf.',
  })
  @Access.network({ arg: 'networkId' }, ['network_coordinator'])
  networkYearOverview(
    @Args('networkId', { type: () => ID }) _networkId: string,
    @Args('year', { type: () => Int }) year: number,
    @CurrentNetworkAccess() access: NetworkAccess,
    @CurrentViewer() viewer: Viewer,
  ): Promise<NetworkYearOverviewDto> {
    return this.overviews.overview(access, viewer, year, 'read');
  }

  @Query(() => String, { description: 'The network year overview as Markdown, in the viewer’s language.' })
  @Access.network({ arg: 'networkId' }, ['network_coordinator'])
  async networkYearOverviewMarkdown(
    @Args('networkId', { type: () => ID }) _networkId: string,
    @Args('year', { type: () => Int }) year: number,
    @CurrentNetworkAccess() access: NetworkAccess,
    @CurrentViewer() viewer: Viewer,
  ): Promise<string> {
    const overview = this.smallNumbers.inExport(NetworkYearOverviewDto, await this.overviews.overview(access, viewer, year, 'markdown'));
    return renderMarkdown(networkOverviewOutline(overview, viewer.preferredLanguage));
  }
}
