import { Controller, Get, Param, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { NetworkAccess, Viewer } from '../../engine/auth/viewer';
import { sendPdf } from '../../engine/documents/pdf-file';
import { HttpUserErrorFilter } from '../../engine/http/http-user-error.filter';
import { Access } from '../../engine/policy/access.decorator';
import { CurrentNetworkAccess, CurrentViewer } from '../../engine/policy/current.decorators';
import { MirrorReportService } from './mirror-report.service';
import { VISIT } from './mirror.resolver';

/** The mirror report as PDF, by link (the policy guard reads `:visitId`); full or anonymised as the reader may read it. */
@Controller('peer-visits')
@UseFilters(HttpUserErrorFilter)
export class VisitFilesController {
  constructor(private readonly reports: MirrorReportService) {}

  @Get(':visitId/mirror-report.pdf')
  @Access.network(VISIT)
  async mirrorReport(
    @Param('visitId') visitId: string,
    @CurrentNetworkAccess() access: NetworkAccess,
    @CurrentViewer() viewer: Viewer,
    @Res() res: Response,
  ): Promise<void> {
    sendPdf(res, await this.reports.pdf(access, viewer, visitId));
  }
}
