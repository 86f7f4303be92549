import { findIdentifyingDetails, maskIdentifyingDetails, nameVariants } from '@kring/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../../../engine/audit/audit.service';
import { TenantAccess, Viewer } from '../../../engine/auth/viewer';
import { IdentifyingDetailsService } from '../../cases';
import { QualityReportDto } from '../dtos/quality-report.dto';
import { checkReportYear } from '../report-year';
import { peerVisitsOfYear } from './peer-visits';
import { practicesOfYear } from './practices';
import { relativesVoiceOfYear } from './relatives-voice';
import { sessionsOfYear } from './sessions';

/** The ways the report is taken out of Kring; each is written to the audit log. */
export type ReportExport = 'read' | 'markdown' | 'pdf';

/**
 * Input for the annual quality report (kwaliteitsverslag) of one
 * organisation: sessions, who took part, insights, practices, the
 * relatives' voice and peer-visit mirrors of one year. The report may leave
 * the organisation, so every free text passes the identifying-details guard
 * and names it knows (members, the resident register, invited relatives)
 * become placeholders such as "[naam]".
 */
@Injectable()
export class QualityReportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly identifying: IdentifyingDetailsService,
    private readonly audit: AuditService,
  ) {}

  async report(access: TenantAccess, viewer: Viewer, year: number, how: ReportExport): Promise<QualityReportDto> {
    checkReportYear(year);
    const id = access.organisationId;
    const language = viewer.preferredLanguage;
    const db = this.db.manager;
    const [[organisation], sessions, practices, voice, visits, names] = await Promise.all([
      db.query(`SELECT name FROM organisation WHERE id = $1`, [id]),
      sessionsOfYear(db, id, year, language),
      practicesOfYear(db, id, year, language),
      relativesVoiceOfYear(db, id, year, language),
      peerVisitsOfYear(db, id, year, language),
      this.knownNames(id),
    ]);
    const clean = (text: string) => maskIdentifyingDetails(text, findIdentifyingDetails(text, { knownNames: names }), language);
    const cleanOrNull = (text: string | null) => (text === null ? null : clean(text));
    await this.audit.record({ action: `quality_report_${how}`, organisationId: id, personId: viewer.personId, subjectType: 'organisation', subjectId: id });
    return {
      organisationName: organisation.name,
      year,
      generatedAt: new Date(),
      ...sessions,
      insights: sessions.insights.map((i) => ({ ...i, text: clean(i.text) })),
      practicesByStatus: practices.practicesByStatus,
      practices: practices.practices.map((p) => ({ ...p, what: clean(p.what), lastReview: cleanOrNull(p.lastReview) })),
      mirrorConversationsHeld: voice.mirrorConversationsHeld,
      mirrorParticipants: voice.mirrorParticipants,
      relativesVoice: voice.relativesVoice.map((c) => ({
        ...c,
        theme: clean(c.theme),
        themes: c.themes.map((t) => ({ ...t, summary: clean(t.summary) })),
        quotes: c.quotes.map(clean),
      })),
      ...visits,
      visits: visits.visits.map((v) => ({
        ...v,
        focusQuestion: clean(v.focusQuestion),
        summary: clean(v.summary),
        hostReflection: clean(v.hostReflection),
        responses: v.responses.map((r) => ({ ...r, body: clean(r.body) })),
      })),
    };
  }

  /** The guard's names for this organisation (already in all their forms), plus those of the relatives it invited to mirror conversations. */
  private async knownNames(organisationId: string): Promise<string[]> {
    const [members, relatives] = await Promise.all([
      this.identifying.knownNames(organisationId),
      this.db.query(`SELECT DISTINCT display_name FROM mirror_participant WHERE organisation_id = $1`, [organisationId]),
    ]);
    return [...members, ...relatives.flatMap((r: { display_name: string }) => nameVariants(r.display_name))];
  }
}
