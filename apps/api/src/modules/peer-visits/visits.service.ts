import { fieldLabel, narrowLens, VISIT_TEAM_ACCOUNT_ROLES, VisitTeamRole } from '@kring/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { actorIn, AuditService } from '../../engine/audit/audit.service';
import { RetentionPurgeService } from '../../engine/retention/retention-purge.service';
import { NetworkAccess, TenantAccess, Viewer } from '../../engine/auth/viewer';
import { CountRow } from '../../engine/database/count-row';
import { LocationProfileRow, OrganisationProfileRow } from '../../engine/database/profile-rows';
import type {
  LearningNetworkRow,
  LocationRow,
  OrganisationRow,
  PeerVisitMemberRow,
  PeerVisitRow,
  PersonRow,
} from '../../engine/database/tables.generated';
import { UserError } from '../../engine/graphql/user-error';
import { currentLens, insertVisit, isNetworkMember, lensDto, MatchingService } from '../learning-networks';
import { PeerVisitDto, PeerVisitOverviewDto, PeerVisitSummaryDto, VisitTeamCandidateDto, VisitTeamMemberDto } from './dtos/visit.dto';
import { ArrangeVisitInput, PlanReturnVisitInput, SetVisitingTeamInput, UpdateAgreementInput } from './dtos/visit.inputs';
import { involvedVisit, requireHost, requireNotCancelled, requireReportOpen, VisitContext, VisitRow } from './visit-access';
import { organisationVisits } from './organisation-visits';
import { summaryOf, VISIT_WITH_NAMES, VisitWithNamesRow, visitLens, visitSummary } from './visit-rows-dto';
import { namedRef } from '../../engine/graphql/named-ref';
import { inRoleNow } from '../../engine/database/membership-sql';

/** The viewer's organisation (TenantAccess: it exists) and its network's name (null outside a network). */
type OwnOrganisationRow = Pick<OrganisationRow, 'id' | 'name' | 'network_id'> & { network_name: LearningNetworkRow['name'] | null };
type PartnerRow = Pick<OrganisationRow, 'id' | 'name'>;
/** The names around a visit and the host's preparation pack; the visit's network and organisations exist (foreign keys). */
type PackRow = Pick<OrganisationProfileRow, 'care_vision' | 'kind' | 'client_groups' | 'financing' | 'resident_term'> & {
  host_name: OrganisationRow['name'];
  visitor_name: OrganisationRow['name'];
  network_name: LearningNetworkRow['name'];
  location_name: LocationRow['name'] | null;
};
type PackLocationRow = Pick<LocationProfileRow, 'id' | 'name' | 'kind' | 'place'>;
/** A team member with an account is named by their account, the others by the name the entrepreneur typed. */
type TeamMemberRow = Pick<PeerVisitMemberRow, 'id' | 'role' | 'person_id'> & { name: string };
/** The WHERE clause keeps VISIT_TEAM_ACCOUNT_ROLES only, so `role` is a visit team role. */
type CandidateRow = Pick<PersonRow, 'id' | 'display_name'> & { role: VisitTeamRole };
type VisitIdRow = Pick<PeerVisitRow, 'id'>;

/** What both sides must have settled before they can agree, as field names. */
function missingForAgreement(
  visit: Pick<VisitRow, 'lens' | 'focus_question' | 'purpose' | 'format' | 'visit_date'>,
  team: Pick<VisitTeamMemberDto, 'role'>[],
): string[] {
  const lens = visit.lens;
  const missing: string[] = [];
  if (!visit.focus_question) missing.push('focusQuestion');
  if (!visit.purpose) missing.push('purpose');
  if (lens.valueIds.length === 0 && lens.mirrorThemeIds.length === 0) missing.push('valueIds');
  if (!visit.format) missing.push('format');
  if (!visit.visit_date) missing.push('visitDate');
  if (!team.some((m) => m.role === 'entrepreneur') || !team.some((m) => m.role === 'care_worker')) missing.push('members');
  return missing;
}

/**
 * Visits from arranging to agreeing (domain guide §6.1–6.3): the host's
 * focus question, purpose and lens, the visiting team, format and date,
 * the preparation pack, and both sides' agreement. Agreeing fixes focus,
 * purpose, lens and team; date and practicalities can still move.
 */
@Injectable()
export class VisitsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly matching: MatchingService,
    private readonly audit: AuditService,
    private readonly purges: RetentionPurgeService,
  ) {}

  async overview(access: TenantAccess, viewer: Viewer): Promise<PeerVisitOverviewDto> {
    const organisationId = access.organisationId;
    const entrepreneur = access.roles.includes('entrepreneur');
    const [organisation]: OwnOrganisationRow[] = await this.db.query(
      `SELECT o.id, o.name, o.network_id, n.name AS network_name FROM organisation o LEFT JOIN learning_network n ON n.id = o.network_id WHERE o.id = $1`,
      [organisationId],
    );
    const { visits, sharedReports } = await organisationVisits(this.db, organisationId, viewer);
    const networkId = entrepreneur ? organisation.network_id : null;
    const partners: PartnerRow[] = networkId
      ? await this.db.query(`SELECT id, name FROM organisation WHERE network_id = $1 AND id <> $2 ORDER BY name`, [
          networkId,
          organisationId,
        ])
      : [];
    return {
      organisation: { id: organisation.id, name: organisation.name },
      network: namedRef(organisation.network_id, organisation.network_name),
      viewerIsEntrepreneur: entrepreneur,
      partners,
      proposals: networkId ? await this.matching.proposals({ openFor: organisationId }) : [],
      visits,
      sharedReports,
    };
  }

  async visit(access: NetworkAccess, viewer: Viewer, visitId: string): Promise<PeerVisitDto> {
    const context = await involvedVisit(this.db.manager, access, viewer, visitId);
    return this.dto(context);
  }

  private async dto(context: VisitContext): Promise<PeerVisitDto> {
    const v = context.visit;
    const [[names], team, locations, network, [notes], returnVisit] = await Promise.all([
      this.db.query<PackRow[]>(
        `SELECT h.name AS host_name, h.care_vision, h.kind, h.client_groups, h.financing, h.resident_term, g.name AS visitor_name, n.name AS network_name, l.name AS location_name
         FROM organisation h, organisation g, learning_network n LEFT JOIN location l ON l.id = $4
         WHERE h.id = $1 AND g.id = $2 AND n.id = $3`,
        [v.organisation_id, v.visiting_organisation_id, v.network_id, v.location_id],
      ),
      this.team(v.id),
      this.db.query<PackLocationRow[]>(`SELECT id, name, kind, place FROM location WHERE organisation_id = $1 ORDER BY name`, [
        v.organisation_id,
      ]),
      currentLens(this.db.manager, v.network_id),
      this.db.query<CountRow[]>(`SELECT count(*)::int AS count FROM peer_visit_note WHERE visit_id = $1 AND deleted_at IS NULL`, [v.id]),
      v.return_visit_id ? visitSummary(this.db.manager, v.return_visit_id) : Promise.resolve(null),
    ]);
    return {
      id: v.id,
      network: { id: v.network_id, name: names.network_name },
      host: { id: v.organisation_id, name: names.host_name },
      visitor: { id: v.visiting_organisation_id, name: names.visitor_name },
      viewerSide: context.host ? 'host' : 'visitor',
      viewerIsEntrepreneur: context.host || context.visitingEntrepreneur,
      status: v.status,
      focusQuestion: v.focus_question,
      purpose: v.purpose,
      format: v.format,
      visitDate: v.visit_day,
      location: namedRef(v.location_id, names.location_name),
      lens: visitLens(v),
      networkLens: lensDto(network.version, network.lens),
      hostAgreedAt: v.host_agreed_at,
      visitorAgreedAt: v.visitor_agreed_at,
      missingForAgreement: missingForAgreement(v, team),
      team,
      pack: {
        careVision: names.care_vision,
        kind: names.kind,
        clientGroups: names.client_groups,
        financing: names.financing,
        residentTerm: names.resident_term,
        locations,
        practicalNotes: v.practical_notes,
        privacyNotes: v.privacy_notes,
      },
      reportStatus: v.report_status,
      returnVisit,
      noteCount: notes.count,
    };
  }

  private async team(visitId: string, manager: EntityManager = this.db.manager): Promise<VisitTeamMemberDto[]> {
    const rows: TeamMemberRow[] = await manager.query(
      `SELECT m.id, m.role, m.person_id, coalesce(p.display_name, m.display_name) AS name FROM peer_visit_member m LEFT JOIN person p ON p.id = m.person_id
       WHERE m.visit_id = $1 ORDER BY array_position(ARRAY['entrepreneur', 'care_worker', 'relative', 'expert'], m.role), name`,
      [visitId],
    );
    return rows.map((r) => ({ id: r.id, role: r.role, name: r.name, personId: r.person_id }));
  }

  async candidates(access: NetworkAccess, viewer: Viewer, visitId: string): Promise<VisitTeamCandidateDto[]> {
    const context = await involvedVisit(this.db.manager, access, viewer, visitId);
    if (!context.visitingEntrepreneur) throw new UserError('VISIT_VISITORS_ONLY');
    const rows: CandidateRow[] = await this.db.query(
      `SELECT DISTINCT p.id, p.display_name, m.role FROM membership m JOIN person p ON p.id = m.person_id
       WHERE m.organisation_id = $1 AND m.role = ANY($2) ORDER BY p.display_name, m.role`,
      [context.visit.visiting_organisation_id, VISIT_TEAM_ACCOUNT_ROLES],
    );
    return rows.map((r) => ({ personId: r.id, name: r.display_name, role: r.role }));
  }

  async arrange(access: TenantAccess, viewer: Viewer, input: ArrangeVisitInput): Promise<PeerVisitSummaryDto> {
    if (input.partnerOrganisationId === access.organisationId) throw new UserError('SAME_ORGANISATION_VISIT');
    const id = await this.db.transaction(async (manager) => {
      const [own]: Pick<OrganisationRow, 'network_id'>[] = await manager.query(`SELECT network_id FROM organisation WHERE id = $1`, [
        access.organisationId,
      ]);
      if (!own.network_id) throw new UserError('NETWORK_REQUIRED');
      if (!(await isNetworkMember(manager, own.network_id, input.partnerOrganisationId))) throw new UserError('NOT_FOUND');
      const [hostId, visitorId] = input.weHost
        ? [access.organisationId, input.partnerOrganisationId]
        : [input.partnerOrganisationId, access.organisationId];
      const visitId = await insertVisit(manager, {
        networkId: own.network_id,
        hostId,
        visitorId,
        visitDate: input.visitDate ?? null,
        createdBy: viewer.personId,
      });
      await this.audit.recordOn('peer_visit_arranged', actorIn(access, viewer), { type: 'peer_visit', id: visitId }, manager);
      return visitId;
    });
    return visitSummary(this.db.manager, id);
  }

  async updateAgreement(access: NetworkAccess, viewer: Viewer, input: UpdateAgreementInput): Promise<PeerVisitDto> {
    const context = await this.db.transaction(async (manager) => {
      const context = await involvedVisit(manager, access, viewer, input.visitId, true);
      requireHost(context);
      requireNotCancelled(context);
      requireReportOpen(context);
      const v = context.visit;
      if (input.locationId) {
        const [own]: unknown[] = await manager.query(`SELECT 1 FROM location WHERE id = $1 AND organisation_id = $2`, [
          input.locationId,
          v.organisation_id,
        ]);
        if (!own) throw new UserError('NOT_FOUND');
      }
      let lens = v.lens;
      let lensVersion = v.lens_version;
      if (v.status === 'preparing') {
        // The host narrows the network's current lens; agreeing keeps that version.
        const network = await currentLens(manager, v.network_id);
        const narrowed = narrowLens(network.lens, input.valueIds, input.mirrorThemeIds);
        if (!narrowed) throw new UserError('LENS_OUTSIDE_NETWORK', { version: network.version });
        lens = narrowed;
        lensVersion = network.version;
      }
      const fixedChanged =
        input.focusQuestion !== v.focus_question ||
        input.purpose !== v.purpose ||
        JSON.stringify([...input.valueIds].sort()) !== JSON.stringify([...v.lens.valueIds].sort()) ||
        JSON.stringify([...input.mirrorThemeIds].sort()) !== JSON.stringify([...v.lens.mirrorThemeIds].sort());
      if (v.status === 'agreed' && fixedChanged) throw new UserError('VISIT_AGREEMENT_LOCKED');
      const visitDate = input.visitDate ?? null;
      const agreementChanged = fixedChanged || (input.format ?? null) !== v.format || visitDate !== v.visit_day;
      await manager.query(
        `UPDATE peer_visit SET focus_question = $2, purpose = $3, lens = $4, lens_version = $5, format = $6, visit_date = $7, location_id = $8,
           practical_notes = $9, privacy_notes = $10, updated_at = now(),
           host_agreed_at = CASE WHEN $11 THEN NULL ELSE host_agreed_at END, visitor_agreed_at = CASE WHEN $11 THEN NULL ELSE visitor_agreed_at END
         WHERE id = $1`,
        [
          v.id,
          input.focusQuestion,
          input.purpose,
          JSON.stringify(lens),
          lensVersion,
          input.format ?? null,
          visitDate,
          input.locationId ?? null,
          input.practicalNotes,
          input.privacyNotes,
          // While preparing, a change asks both sides to agree again.
          v.status === 'preparing' && agreementChanged,
        ],
      );
      return involvedVisit(manager, access, viewer, input.visitId);
    });
    return this.dto(context);
  }

  async setTeam(access: NetworkAccess, viewer: Viewer, input: SetVisitingTeamInput): Promise<PeerVisitDto> {
    const context = await this.db.transaction(async (manager) => {
      const context = await involvedVisit(manager, access, viewer, input.visitId, true);
      if (!context.visitingEntrepreneur) throw new UserError('VISIT_VISITORS_ONLY');
      requireNotCancelled(context);
      requireReportOpen(context);
      if (context.visit.status === 'agreed') throw new UserError('VISIT_AGREEMENT_LOCKED');
      const organisationId = context.visit.visiting_organisation_id;
      const seen = new Set<string>();
      for (const member of input.members) {
        if (VISIT_TEAM_ACCOUNT_ROLES.includes(member.role)) {
          const ok = !!member.personId && (await inRoleNow(manager, member.personId, organisationId, member.role));
          if (!ok || seen.has(member.personId!)) throw new UserError('VISIT_TEAM_NOT_MEMBER');
          seen.add(member.personId!);
        } else if (!member.displayName) {
          throw new UserError('VISIT_TEAM_NAME_REQUIRED');
        }
      }
      await manager.query(`DELETE FROM peer_visit_member WHERE visit_id = $1`, [input.visitId]);
      for (const member of input.members) {
        const account = VISIT_TEAM_ACCOUNT_ROLES.includes(member.role);
        await manager.query(
          `INSERT INTO peer_visit_member (visit_id, network_id, organisation_id, person_id, role, display_name) VALUES ($1, $2, $3, $4, $5, $6)`,
          [
            input.visitId,
            access.networkId,
            organisationId,
            account ? member.personId : null,
            member.role,
            account ? '' : member.displayName,
          ],
        );
      }
      await manager.query(`UPDATE peer_visit SET host_agreed_at = NULL, visitor_agreed_at = NULL, updated_at = now() WHERE id = $1`, [
        input.visitId,
      ]);
      return involvedVisit(manager, access, viewer, input.visitId);
    });
    return this.dto(context);
  }

  async agree(access: NetworkAccess, viewer: Viewer, visitId: string): Promise<PeerVisitDto> {
    const context = await this.db.transaction(async (manager) => {
      const context = await involvedVisit(manager, access, viewer, visitId, true);
      if (!context.host && !context.visitingEntrepreneur) throw new UserError('FORBIDDEN');
      requireNotCancelled(context);
      const missing = missingForAgreement(context.visit, await this.team(visitId, manager));
      if (missing.length > 0)
        throw new UserError('VISIT_AGREEMENT_INCOMPLETE', {
          missing: missing.map((f) => fieldLabel(f, viewer.preferredLanguage)).join(', '),
        });
      await manager.query(
        `UPDATE peer_visit SET
           host_agreed_at = CASE WHEN $2 THEN coalesce(host_agreed_at, now()) ELSE host_agreed_at END,
           host_agreed_by = CASE WHEN $2 THEN $4::uuid ELSE host_agreed_by END,
           visitor_agreed_at = CASE WHEN $3 THEN coalesce(visitor_agreed_at, now()) ELSE visitor_agreed_at END,
           visitor_agreed_by = CASE WHEN $3 THEN $4::uuid ELSE visitor_agreed_by END,
           updated_at = now()
         WHERE id = $1`,
        [visitId, context.host, context.visitingEntrepreneur, viewer.personId],
      );
      await manager.query(
        `UPDATE peer_visit SET status = 'agreed' WHERE id = $1 AND host_agreed_at IS NOT NULL AND visitor_agreed_at IS NOT NULL`,
        [visitId],
      );
      return involvedVisit(manager, access, viewer, visitId);
    });
    return this.dto(context);
  }

  async cancel(access: NetworkAccess, viewer: Viewer, visitId: string): Promise<PeerVisitDto> {
    const context = await this.db.transaction(async (manager) => {
      const context = await involvedVisit(manager, access, viewer, visitId, true);
      if (!context.host && !context.visitingEntrepreneur) throw new UserError('FORBIDDEN');
      requireReportOpen(context);
      await manager.query(`UPDATE peer_visit SET status = 'cancelled', updated_at = now() WHERE id = $1`, [visitId]);
      await this.purges.onEvent(manager, 'peer_visit_cancelled', {
        organisationId: context.visit.organisation_id,
        subjectId: visitId,
        personId: viewer.personId,
      });
      await this.audit.recordOn(
        'peer_visit_cancelled',
        { organisationId: context.visit.organisation_id, personId: viewer.personId },
        { type: 'peer_visit', id: visitId },
        manager,
      );
      return involvedVisit(manager, access, viewer, visitId);
    });
    return this.dto(context);
  }

  /**
   * The visit back (tegenbezoek): the visitors host next. An open reverse
   * visit from the same proposal is linked; otherwise a new one is arranged.
   */
  async planReturn(access: NetworkAccess, viewer: Viewer, input: PlanReturnVisitInput): Promise<PeerVisitSummaryDto> {
    const id = await this.db.transaction(async (manager) => {
      const context = await involvedVisit(manager, access, viewer, input.visitId, true);
      if (!context.host && !context.visitingEntrepreneur) throw new UserError('FORBIDDEN');
      requireNotCancelled(context);
      const v = context.visit;
      if (v.return_visit_id) {
        const [existing]: (VisitIdRow | undefined)[] = await manager.query(
          `SELECT id FROM peer_visit WHERE id = $1 AND status <> 'cancelled'`,
          [v.return_visit_id],
        );
        if (existing) return existing.id;
      }
      const [reverse]: (VisitIdRow | undefined)[] = v.proposal_id
        ? await manager.query(
            `SELECT id FROM peer_visit WHERE proposal_id = $1 AND organisation_id = $2 AND visiting_organisation_id = $3 AND status <> 'cancelled' AND id <> $4`,
            [v.proposal_id, v.visiting_organisation_id, v.organisation_id, v.id],
          )
        : [];
      let returnId = reverse?.id;
      if (!returnId) {
        const bothMembers =
          (await isNetworkMember(manager, v.network_id, v.organisation_id)) &&
          (await isNetworkMember(manager, v.network_id, v.visiting_organisation_id));
        if (!bothMembers) throw new UserError('NETWORK_REQUIRED');
        returnId = await insertVisit(manager, {
          networkId: v.network_id,
          hostId: v.visiting_organisation_id,
          visitorId: v.organisation_id,
          visitDate: input.visitDate ?? null,
          createdBy: viewer.personId,
        });
      } else if (input.visitDate) {
        await manager.query(`UPDATE peer_visit SET visit_date = coalesce(visit_date, $2::date) WHERE id = $1`, [returnId, input.visitDate]);
      }
      await manager.query(`UPDATE peer_visit SET return_visit_id = $2, updated_at = now() WHERE id = $1`, [v.id, returnId]);
      return returnId;
    });
    return visitSummary(this.db.manager, id);
  }

  /** The coordinator's schedule: who visits whom and when, nothing of what was seen. */
  async networkVisits(access: NetworkAccess): Promise<PeerVisitSummaryDto[]> {
    const rows: VisitWithNamesRow[] = await this.db.query(
      `${VISIT_WITH_NAMES} WHERE v.network_id = $1 ORDER BY v.visit_date DESC NULLS FIRST, v.created_at DESC`,
      [access.networkId],
    );
    return rows.map((r) => ({ ...summaryOf(r), focusQuestion: null }));
  }
}
