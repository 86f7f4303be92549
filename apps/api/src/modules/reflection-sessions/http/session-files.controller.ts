import { Controller, Get, Inject, Param, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { TenantAccess, Viewer } from '../../../engine/auth/viewer';
import { KRING_CONFIG } from '../../../engine/config/config.token';
import { KringConfig } from '../../../engine/config/kring-config';
import { Access } from '../../../engine/policy/access.decorator';
import { CurrentAccess, CurrentViewer } from '../../../engine/policy/current.decorators';
import { writeIcs } from '../../calendar';
import { PlanningService } from '../planning/planning.service';
import { reportOutline } from '../report/report-outline';
import { ReportService } from '../report/report.service';
import { SessionAccess } from '../session-access';
import { HttpUserErrorFilter } from '../../../engine/http/http-user-error.filter';
import { renderPdf } from '../../../engine/documents/outline-pdf';
import { sendPdf } from '../../../engine/documents/pdf-file';

const SESSION = { arg: 'id', table: 'reflection_session' } as const;

/** Downloads by link: the calendar entry and the PDF report (the policy guard reads `:id`). */
@Controller('sessions')
@UseFilters(HttpUserErrorFilter)
export class SessionFilesController {
  constructor(
    @Inject(KRING_CONFIG) private readonly config: KringConfig,
    private readonly sessions: SessionAccess,
    private readonly planning: PlanningService,
    private readonly reports: ReportService,
  ) {}

  /**
   * Calendars get synchronised to outside services, so the entry names the
   * method and team but not the question, which may touch on a resident.
   */
  @Get(':id/calendar.ics')
  @Access.organisation(SESSION)
  async calendar(
    @Param('id') id: string,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
    @Res() res: Response,
  ): Promise<void> {
    const row = await this.sessions.participant(id, access, viewer);
    const session = await this.planning.summary(viewer, access, id);
    const language = viewer.preferredLanguage;
    const label = language === 'nl' ? 'Reflectiesessie' : 'Reflection session';
    const ics = writeIcs({
      name: label,
      stamp: new Date(),
      events: [
        {
          uid: `${id}@kring`,
          sequence: Number(row.version),
          when: { at: session.scheduledAt, minutes: session.durationMinutes },
          summary: `${label}: ${session.method.name[language]}${session.team ? `, ${session.team.name}` : ''}`,
          description: `${language === 'nl' ? 'Gespreksleider' : 'Moderator'}: ${session.moderator.name}\n${this.config.publicUrl}/sessies/${id}`,
          location: session.place,
          url: `${this.config.publicUrl}/sessies/${id}`,
          cancelled: session.status === 'cancelled',
        },
      ],
    });
    res.type('text/calendar; charset=utf-8').attachment('kring-sessie.ics').send(ics);
  }

  @Get(':id/report.pdf')
  @Access.organisation(SESSION)
  async pdf(
    @Param('id') id: string,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
    @Res() res: Response,
  ): Promise<void> {
    const report = await this.reports.report(viewer, access, id, 'pdf');
    const content = await renderPdf(reportOutline(report, viewer.preferredLanguage), report.question, viewer.preferredLanguage);
    sendPdf(res, { filename: 'kring-verslag.pdf', content });
  }
}
