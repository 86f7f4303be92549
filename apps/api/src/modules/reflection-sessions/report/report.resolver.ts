import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { TenantAccess, Viewer } from '../../../engine/auth/viewer';
import { Access } from '../../../engine/policy/access.decorator';
import { CurrentAccess, CurrentViewer } from '../../../engine/policy/current.decorators';
import { SessionReportDto } from '../dtos/report.dto';
import { reportOutline } from './report-outline';
import { ReportService } from './report.service';
import { renderMarkdown } from '../../../engine/documents/outline-markdown';

const SESSION = { arg: 'sessionId', table: 'reflection_session' } as const;

@Resolver()
export class ReportResolver {
  constructor(private readonly reports: ReportService) {}

  @Query(() => SessionReportDto, { description: 'The readable report, for participants; anonymous entries stay anonymous.' })
  @Access.organisation(SESSION)
  sessionReport(
    @Args('sessionId', { type: () => ID }) sessionId: string,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<SessionReportDto> {
    return this.reports.report(viewer, access, sessionId, 'read');
  }

  @Query(() => String, { description: 'The report as Markdown, in the viewer’s language (the PDF is at /sessions/{id}/report.pdf).' })
  @Access.organisation(SESSION)
  async sessionReportMarkdown(
    @Args('sessionId', { type: () => ID }) sessionId: string,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<string> {
    return renderMarkdown(reportOutline(await this.reports.report(viewer, access, sessionId, 'markdown'), viewer.preferredLanguage));
  }
}
