import { findIdentifyingDetails, maskIdentifyingDetails, nameVariants } from '@kring/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../../../engine/audit/audit.service';
import type { OrganisationRow } from '../../../engine/database/tables.generated';
import { TenantAccess, Viewer } from '../../../engine/auth/viewer';
import { ContentGuardService } from '../../../engine/privacy/content-guard.service';
import { QualityReportDto } from '../dtos/quality-report.dto';
import { firstYearWithData } from '../first-year-with-data';
import { checkReportYear } from '../report-year';
import { peerVisitsOfYear } from './peer-visits';
import { practicesOfYear } from './practices';
import { relativesVoiceOfYear } from './relatives-voice';
import { sessionsOfYear } from './sessions';
import { storiesOfYear } from './stories';
import { ReportParts, reportChapters } from './narrative';

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
    private readonly identifying: ContentGuardService,
    private readonly audit: AuditService,
  ) {}

  async report(access: TenantAccess, viewer: Viewer, year: number, how: ReportExport): Promise<QualityReportDto> {
    checkReportYear(year);
    const id = access.organisationId;
    const language = viewer.preferredLanguage;
    const db = this.db.manager;
    // Read first: the organisation's own word for the people it cares for names them in the relatives' voice and the narrative.
    const [organisation] = await db.query<Pick<OrganisationRow, 'name' | 'resident_term'>[]>(
      `SELECT name, resident_term FROM organisation WHERE id = $1`,
      [id],
    );
    const [firstYear, sessions, practices, voice, visits, stories, names] = await Promise.all([
      firstYearWithData(db, [id]),
      sessionsOfYear(db, id, year, language),
      practicesOfYear(db, id, year, language),
      relativesVoiceOfYear(db, id, year, language, organisation.resident_term),
      peerVisitsOfYear(db, id, year, language, organisation.resident_term),
      storiesOfYear(db, id, year),
      this.knownNames(id),
    ]);
    const clean = (text: string) => maskIdentifyingDetails(text, findIdentifyingDetails(text, { knownNames: names }), language);
    const cleanOrNull = (text: string | null) => (text === null ? null : clean(text));
    await this.audit.recordOn(`quality_report_${how}`, { organisationId: id, personId: viewer.personId }, { type: 'organisation', id });
    // Every free text is cleaned once, here; the narrative and the lists below are built from the cleaned parts.
    const parts: ReportParts = {
      year,
      residentTerm: organisation.resident_term,
      sessions: { ...sessions, insights: sessions.insights.map((i) => ({ ...i, text: clean(i.text) })) },
      practices: {
        ...practices,
        practices: practices.practices.map((p) => ({ ...p, what: clean(p.what), lastReview: cleanOrNull(p.lastReview) })),
      },
      voice: {
        ...voice,
        relativesVoice: voice.relativesVoice.map((c) => ({
          ...c,
          theme: clean(c.theme),
          themes: c.themes.map((t) => ({ ...t, summary: clean(t.summary) })),
          quotes: c.quotes.map((q) => ({ ...q, body: clean(q.body) })),
        })),
      },
      visits: {
        ...visits,
        visits: visits.visits.map((v) => ({
          ...v,
          focusQuestion: clean(v.focusQuestion),
          summary: clean(v.summary),
          hostReflection: clean(v.hostReflection),
          responses: v.responses.map((r) => ({ ...r, body: clean(r.body) })),
        })),
      },
      stories: { ...stories, stories: stories.stories.map((st) => ({ title: clean(st.title), body: clean(st.body) })) },
    };
    return {
      organisationName: organisation.name,
      year,
      firstYear,
      generatedAt: new Date(),
      sessionsHeld: parts.sessions.sessionsHeld,
      sessionsByMethod: parts.sessions.sessionsByMethod,
      participantsByRole: parts.sessions.participantsByRole,
      insights: parts.sessions.insights,
      practicesByStatus: parts.practices.practicesByStatus,
      practices: parts.practices.practices,
      mirrorConversationsHeld: parts.voice.mirrorConversationsHeld,
      mirrorParticipants: parts.voice.mirrorParticipants,
      relativesVoice: parts.voice.relativesVoice.map((c) => ({ ...c, quotes: c.quotes.map((q) => q.body) })),
      visitsHosted: parts.visits.visitsHosted,
      visitsMade: parts.visits.visitsMade,
      visitsNotShared: parts.visits.visitsNotShared,
      visits: parts.visits.visits,
      ...reportChapters(parts, language),
    };
  }

  /**
   * The guard's names for this organisation (already in all their forms), plus those of the relatives it invited to
   * mirror conversations and of the storytellers without an account (a story's writer may have kept a name the
   * guard only warned about).
   */
  private async knownNames(organisationId: string): Promise<string[]> {
    const [members, outsiders] = await Promise.all([
      this.identifying.nameForms([organisationId]),
      this.db.query<{ name: string }[]>(
        `SELECT display_name AS name FROM mirror_participant WHERE organisation_id = $1
         UNION SELECT storyteller_name FROM story WHERE organisation_id = $1 AND storyteller_name <> ''`,
        [organisationId],
      ),
    ]);
    return [...members, ...outsiders.flatMap((r) => nameVariants(r.name))];
  }
}
