import { anonymise, Language, quarterOf, sharedDescriptor } from '@kring/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../engine/audit/audit.service';
import { RetentionPurgeService } from '../../engine/retention/retention-purge.service';
import { NetworkAccess, Viewer } from '../../engine/auth/viewer';
import { CountRow } from '../../engine/database/count-row';
import { OrganisationProfileRow } from '../../engine/database/profile-rows';
import type {
  OrganisationRow,
  PeerVisitNoteRow,
  PeerVisitRow,
  PersonRow,
  PracticeRow,
  TeamRow,
} from '../../engine/database/tables.generated';
import { UserError } from '../../engine/graphql/user-error';
import { namedRef } from '../../engine/graphql/named-ref';
import { checkLookBackToCome } from '../reflection-sessions';
import { MirrorReportDto, SharedMirrorReportDto } from './dtos/mirror.dto';
import {
  AddVisitPracticeInput,
  HostReflectionInput,
  RemoveVisitPracticeInput,
  SetReportVisibilityInput,
  UpdateReportDraftInput,
} from './dtos/mirror.inputs';
import { mirrorReportOutline } from './mirror-report-outline';
import { mirrorResponses } from './mirror-rows';
import { networkVersion } from './network-version';
import { reportView, ReportView, sharingOf } from './report-visibility';
import { involvedVisit, isVisitor, requireHost, requireNotCancelled, requireVisitor, VisitContext, visitContext } from './visit-access';
import { namesAroundVisits } from './visit-names';
import { visitLens, visitSummary } from './visit-rows-dto';
import { renderPdf } from '../../engine/documents/outline-pdf';
import type { PdfFile } from '../../engine/documents/pdf-file';

/** How many organisations of the network share the host `h`'s kind: the kind is named only when five or more do. */
const KIND_SHARED_BY = `(SELECT count(*)::int FROM organisation x WHERE x.network_id = h.network_id AND x.kind = h.kind)`;

/** The names the report shows; the organisations exist (foreign keys), the team only when the host shared with one. */
type ReportNamesRow = Pick<OrganisationProfileRow, 'kind'> & {
  host_name: OrganisationRow['name'];
  host_resident_term: OrganisationRow['resident_term'];
  visitor_name: OrganisationRow['name'];
  team_name: TeamRow['name'] | null;
  /** KIND_SHARED_BY */
  kind_shared_by: CountRow['count'];
};
/** A beeld with its author's name (null once that person is gone). */
type ReportNoteRow = PeerVisitNoteRow & { author_name: PersonRow['display_name'] | null };
/** A practice the host picked, its look-back day as text, and its team when it has one. */
type ReportPracticeRow = Pick<PracticeRow, 'id' | 'what' | 'who'> & {
  look_back_on: string | null;
  team_id: TeamRow['id'] | null;
  team_name: TeamRow['name'] | null;
};
/** A closed report shared with the network; `day` is the visit's day or else the day it closed (set on every closed report). */
type SharedReportRow = Pick<PeerVisitRow, 'id' | 'focus_question'> & {
  day: string;
  kind: OrganisationProfileRow['kind'];
  kind_shared_by: CountRow['count'];
};

/** The viewer's view of the report, from MIRROR_REPORT_RULE; null when they may not read it at all. */
function viewOf(context: VisitContext, viewer: Viewer): ReportView | null {
  return reportView(sharingOf(context.visit), viewer, { host: context.host, visitor: isVisitor(context) });
}

/**
 * The mirror report (spiegelrapport, domain guide §6.6): the visitors draft
 * it from their beelden, the host adds a reflection, picks practices to try
 * and decides who sees it; once closed nothing in it changes but that choice.
 */
@Injectable()
export class MirrorReportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly purges: RetentionPurgeService,
  ) {}

  /** The report as this viewer may read it, or NOT_FOUND: a report shared more narrowly looks like no report at all. */
  private async readable(access: NetworkAccess, viewer: Viewer, visitId: string): Promise<{ context: VisitContext; view: ReportView }> {
    const context = await visitContext(this.db.manager, access, viewer, visitId);
    const view = viewOf(context, viewer);
    if (!view) throw new UserError('NOT_FOUND');
    return { context, view };
  }

  async report(access: NetworkAccess, viewer: Viewer, visitId: string): Promise<MirrorReportDto> {
    const { context, view } = await this.readable(access, viewer, visitId);
    await this.audit.recordOn(
      'mirror_report_read',
      { organisationId: context.visit.organisation_id, personId: viewer.personId },
      { type: 'peer_visit', id: visitId },
    );
    return this.build(context, view, viewer.preferredLanguage);
  }

  async pdf(access: NetworkAccess, viewer: Viewer, visitId: string): Promise<PdfFile> {
    const { context, view } = await this.readable(access, viewer, visitId);
    const report = await this.build(context, view, viewer.preferredLanguage);
    const outline = mirrorReportOutline(report, viewer.preferredLanguage);
    const content = await renderPdf(outline, outline[0].kind === 'title' ? outline[0].text : 'Spiegelrapport', viewer.preferredLanguage);
    await this.audit.recordOn(
      'mirror_report_exported',
      { organisationId: context.visit.organisation_id, personId: viewer.personId },
      { type: 'peer_visit', id: visitId },
    );
    return {
      filename: viewer.preferredLanguage === 'en' ? 'mirror-report.pdf' : 'spiegelrapport.pdf',
      content,
    };
  }

  private async build(
    context: VisitContext,
    view: ReportView,
    language: Language,
    manager: EntityManager = this.db.manager,
  ): Promise<MirrorReportDto> {
    const v = context.visit;
    const anonymised = view === 'anonymised';
    // The host before the hand-over: the visit's own facts, none of the visitors' draft.
    const withheld = view === 'withheld';
    const [[names], notes, responses, practices, hostTeams, returnVisit, known] = await Promise.all([
      manager.query<ReportNamesRow[]>(
        `SELECT h.name AS host_name, h.resident_term AS host_resident_term, h.kind, ${KIND_SHARED_BY} AS kind_shared_by, g.name AS visitor_name, t.name AS team_name
         FROM organisation h JOIN organisation g ON g.id = $2 LEFT JOIN team t ON t.id = $3 WHERE h.id = $1`,
        [v.organisation_id, v.visiting_organisation_id, v.report_team_id],
      ),
      withheld
        ? Promise.resolve([])
        : manager.query<ReportNoteRow[]>(
            `SELECT n.*, p.display_name AS author_name FROM peer_visit_note n LEFT JOIN person p ON p.id = n.author_id
             WHERE n.visit_id = $1 AND n.deleted_at IS NULL AND ($2 OR n.in_report) ORDER BY n.created_at`,
            [v.id, isVisitor(context)],
          ),
      mirrorResponses(manager, v.id),
      manager.query<ReportPracticeRow[]>(
        `SELECT p.id, p.what, p.who, to_char(p.look_back_on, 'YYYY-MM-DD') AS look_back_on, t.id AS team_id, t.name AS team_name
         FROM peer_visit_practice l JOIN practice p ON p.id = l.practice_id LEFT JOIN team t ON t.id = p.team_id WHERE l.visit_id = $1 ORDER BY p.created_at`,
        [v.id],
      ),
      context.host
        ? manager.query<Pick<TeamRow, 'id' | 'name'>[]>(`SELECT id, name FROM team WHERE organisation_id = $1 ORDER BY name`, [
            v.organisation_id,
          ])
        : Promise.resolve([]),
      v.return_visit_id && !anonymised ? visitSummary(manager, v.return_visit_id) : Promise.resolve(null),
      anonymised ? namesAroundVisits(manager, [v.id]) : Promise.resolve({ people: [], places: [] }),
    ]);
    const report: MirrorReportDto = {
      visitId: v.id,
      anonymised: false,
      host: { id: v.organisation_id, name: names.host_name },
      visitor: { id: v.visiting_organisation_id, name: names.visitor_name },
      hostKind: names.kind,
      hostResidentTerm: names.host_resident_term,
      visitDate: v.visit_day,
      period: v.visit_day ? quarterOf(v.visit_day) : null,
      format: v.format,
      focusQuestion: v.focus_question,
      purpose: v.purpose,
      lens: visitLens(v),
      summary: withheld ? '' : v.report_summary,
      hostReflection: v.host_reflection,
      notes: notes.map((n) => ({
        id: n.id,
        body: n.body,
        findingType: n.finding_type,
        valueIds: n.value_ids,
        mirrorThemeId: n.mirror_theme_id,
        momentOfDay: n.moment_of_day,
        aboutFocus: n.about_focus,
        inReport: n.in_report,
        author: n.author_name,
      })),
      responses,
      practices: practices.map((p) => ({
        id: p.id,
        what: p.what,
        who: p.who,
        lookBackOn: p.look_back_on,
        team: namedRef(p.team_id, p.team_name),
      })),
      status: v.report_status,
      visibility: v.report_visibility,
      team: namedRef(v.report_team_id, names.team_name),
      hostTeams,
      viewerIsHost: context.host,
      viewerCanDraft: isVisitor(context) && v.report_status === 'draft' && v.status === 'agreed',
      handedToHostAt: v.handed_to_host_at,
      closedAt: v.closed_at,
      returnVisit,
    };
    return anonymised ? networkVersion(report, known, language, names.kind_shared_by) : report;
  }

  /** Runs a change by someone involved, then answers with the report as they now read it. */
  private async change(
    access: NetworkAccess,
    viewer: Viewer,
    visitId: string,
    work: (context: VisitContext, manager: EntityManager) => Promise<void>,
  ): Promise<MirrorReportDto> {
    return this.db.transaction(async (manager) => {
      const context = await involvedVisit(manager, access, viewer, visitId, true);
      requireNotCancelled(context);
      await work(context, manager);
      const changed = await involvedVisit(manager, access, viewer, visitId);
      return this.build(changed, viewOf(changed, viewer) ?? 'withheld', viewer.preferredLanguage, manager);
    });
  }

  private requireDraft(context: VisitContext): void {
    requireVisitor(context);
    if (context.visit.status !== 'agreed') throw new UserError('NOTEBOOK_NOT_OPEN');
    if (context.visit.report_status === 'with_host') throw new UserError('REPORT_WITH_HOST');
    if (context.visit.report_status === 'closed') throw new UserError('REPORT_CLOSED');
  }

  private requireWithHost(context: VisitContext): void {
    requireHost(context);
    if (context.visit.report_status === 'draft') throw new UserError('REPORT_NOT_WITH_HOST');
    if (context.visit.report_status === 'closed') throw new UserError('REPORT_CLOSED');
  }

  updateDraft(access: NetworkAccess, viewer: Viewer, input: UpdateReportDraftInput): Promise<MirrorReportDto> {
    return this.change(access, viewer, input.visitId, async (context, manager) => {
      this.requireDraft(context);
      await manager.query(`UPDATE peer_visit SET report_summary = $2, updated_at = now() WHERE id = $1`, [input.visitId, input.summary]);
      await manager.query(`UPDATE peer_visit_note SET in_report = NOT (id = ANY($2::uuid[])) WHERE visit_id = $1`, [
        input.visitId,
        input.excludedNoteIds,
      ]);
    });
  }

  handToHost(access: NetworkAccess, viewer: Viewer, visitId: string): Promise<MirrorReportDto> {
    return this.change(access, viewer, visitId, async (context, manager) => {
      this.requireDraft(context);
      await manager.query(
        `UPDATE peer_visit SET report_status = 'with_host', handed_to_host_at = now(), updated_at = now() WHERE id = $1`,
        [visitId],
      );
    });
  }

  reflect(access: NetworkAccess, viewer: Viewer, input: HostReflectionInput): Promise<MirrorReportDto> {
    return this.change(access, viewer, input.visitId, async (context, manager) => {
      this.requireWithHost(context);
      await manager.query(`UPDATE peer_visit SET host_reflection = $2, updated_at = now() WHERE id = $1`, [
        input.visitId,
        input.reflection,
      ]);
    });
  }

  /**
   * A practice the host picks goes on the host team's list of practices to try, linked to this report. Its look-back
   * day follows the one rule for every practice's (checkLookBackToCome): one in the past would be due on the list at once.
   */
  addPractice(access: NetworkAccess, viewer: Viewer, input: AddVisitPracticeInput): Promise<MirrorReportDto> {
    return this.change(access, viewer, input.visitId, async (context, manager) => {
      this.requireWithHost(context);
      checkLookBackToCome('lookBackOn', input.lookBackOn);
      const v = context.visit;
      if (input.teamId) {
        const [own]: unknown[] = await manager.query(`SELECT 1 FROM team WHERE id = $1 AND organisation_id = $2`, [
          input.teamId,
          v.organisation_id,
        ]);
        if (!own) throw new UserError('NOT_FOUND');
      }
      const [practice]: Pick<PracticeRow, 'id'>[] = await manager.query(
        `INSERT INTO practice (organisation_id, team_id, what, who, look_back_on, created_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [v.organisation_id, input.teamId ?? null, input.what, input.who, input.lookBackOn ?? null, viewer.personId],
      );
      await manager.query(`INSERT INTO peer_visit_practice (practice_id, visit_id, network_id, organisation_id) VALUES ($1, $2, $3, $4)`, [
        practice.id,
        v.id,
        v.network_id,
        v.organisation_id,
      ]);
    });
  }

  removePractice(access: NetworkAccess, viewer: Viewer, input: RemoveVisitPracticeInput): Promise<MirrorReportDto> {
    return this.change(access, viewer, input.visitId, async (context, manager) => {
      this.requireWithHost(context);
      await manager.query(
        `DELETE FROM practice WHERE id = (SELECT practice_id FROM peer_visit_practice WHERE visit_id = $1 AND practice_id = $2)`,
        [input.visitId, input.practiceId],
      );
    });
  }

  /** Only the host chooses who sees the report, also after it is closed; a narrower choice takes effect at once. */
  setVisibility(access: NetworkAccess, viewer: Viewer, input: SetReportVisibilityInput): Promise<MirrorReportDto> {
    return this.change(access, viewer, input.visitId, async (context, manager) => {
      requireHost(context);
      let teamId: string | null = null;
      if (input.visibility === 'team') {
        if (!input.teamId) throw new UserError('REPORT_TEAM_REQUIRED');
        const [own]: unknown[] = await manager.query(`SELECT 1 FROM team WHERE id = $1 AND organisation_id = $2`, [
          input.teamId,
          context.visit.organisation_id,
        ]);
        if (!own) throw new UserError('NOT_FOUND');
        teamId = input.teamId;
      }
      await manager.query(`UPDATE peer_visit SET report_visibility = $2, report_team_id = $3, updated_at = now() WHERE id = $1`, [
        input.visitId,
        input.visibility,
        teamId,
      ]);
      await this.audit.recordOn(
        `mirror_report_shared_${input.visibility}`,
        { organisationId: context.visit.organisation_id, personId: viewer.personId },
        { type: 'peer_visit', id: input.visitId },
        manager,
      );
    });
  }

  close(access: NetworkAccess, viewer: Viewer, visitId: string): Promise<MirrorReportDto> {
    return this.change(access, viewer, visitId, async (context, manager) => {
      this.requireWithHost(context);
      await manager.query(
        `UPDATE peer_visit SET report_status = 'closed', closed_at = now(), closed_by = $2, updated_at = now() WHERE id = $1`,
        [visitId, viewer.personId],
      );
      // The notebook's drafts go with the close: the report is what stays.
      await this.purges.onEvent(manager, 'mirror_report_closed', {
        organisationId: context.visit.organisation_id,
        subjectId: visitId,
        personId: viewer.personId,
      });
    });
  }

  /** Reports the hosts shared with the network, anonymised, for every member to learn from. */
  async shared(access: NetworkAccess, viewer: Viewer): Promise<SharedMirrorReportDto[]> {
    const rows: SharedReportRow[] = await this.db.query(
      `SELECT v.id, v.focus_question, to_char(coalesce(v.visit_date, v.closed_at::date), 'YYYY-MM-DD') AS day, h.kind, ${KIND_SHARED_BY} AS kind_shared_by
       FROM peer_visit v JOIN organisation h ON h.id = v.organisation_id
       WHERE v.network_id = $1 AND v.report_status = 'closed' AND v.report_visibility = 'network' ORDER BY v.closed_at DESC`,
      [access.networkId],
    );
    const known = await namesAroundVisits(
      this.db.manager,
      rows.map((r) => r.id),
    );
    return rows.map((r) => ({
      visitId: r.id,
      hostKind: sharedDescriptor(r.kind, r.kind_shared_by),
      period: quarterOf(r.day),
      focusQuestion: anonymise(r.focus_question, known, viewer.preferredLanguage),
    }));
  }
}
