import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { TenantAccess, Viewer } from '../../engine/auth/viewer';
import { NamedRef } from '../../engine/graphql/named-ref';
import { MirrorPlanningService } from '../mirror-conversations';
import { NotificationsService } from '../notifications';
import { canManage, OrganisationsService } from '../organisations';
import { PracticesService } from '../practices';
import { PlanningService } from '../reflection-sessions';
import { StoriesService } from '../stories';
import { MatchingService, NetworkLensService } from '../learning-networks';
import { organisationVisits } from '../peer-visits';
import { visitNotesDue } from './utils/visit-notes-due';
import { HOME_NEXT_STEP_KINDS, HomeNextStepDto, HomeNextStepKind } from './dtos/next-step.dto';

/** A home page is a starting point, not a second inbox: a few of each kind, the rest is one click further. */
const PER_KIND = 3;

type Step = Omit<HomeNextStepDto, 'organisation' | 'targetId' | 'title' | 'at' | 'count'> & Partial<HomeNextStepDto>;

/**
 * "Wat staat er voor je klaar": what is next for this person, asked of each
 * feature's own service with the same access the feature's page would get,
 * so the home page never shows what the page itself would refuse. Only the
 * viewer's own organisations are asked.
 */
@Injectable()
export class HomeNextStepsService {
  constructor(
    private readonly sessions: PlanningService,
    private readonly practices: PracticesService,
    private readonly mirror: MirrorPlanningService,
    private readonly matching: MatchingService,
    @InjectDataSource() private readonly db: DataSource,
    private readonly stories: StoriesService,
    private readonly notifications: NotificationsService,
    private readonly organisations: OrganisationsService,
    private readonly lens: NetworkLensService,
  ) {}

  async nextSteps(viewer: Viewer): Promise<HomeNextStepDto[]> {
    const [perOrganisation, perNetwork] = await Promise.all([
      Promise.all(accessesOf(viewer).map((access) => this.forOrganisation(viewer, access))),
      Promise.all(coordinatedNetworks(viewer).map((networkId) => this.forCoordinator(networkId))),
    ]);
    const unread = viewer.memberships.some((m) => m.organisationId) ? await this.notifications.unreadCount(viewer) : 0;
    const steps: Step[] = [
      ...perOrganisation.flat(),
      ...perNetwork.flat(),
      ...(unread > 0 ? [{ kind: 'read_notifications' as const, count: unread }] : []),
    ];
    return ordered(steps).map((step) => ({ organisation: null, targetId: null, title: null, at: null, count: null, ...step }));
  }

  private async forOrganisation(viewer: Viewer, access: TenantAccess): Promise<Step[]> {
    const [organisation, sessions, practices, conversations, visits, stories] = await Promise.all([
      this.organisations.organisation(access),
      this.sessions.upcoming(viewer, access),
      this.practices.list(viewer, access),
      this.mirror.list(viewer, access),
      organisationVisits(this.db, access.organisationId, viewer),
      this.stories.list(viewer, access),
    ]);
    const org: NamedRef = { id: organisation.id, name: organisation.name };
    const steps: Step[] = [];
    for (const s of sessions) {
      const kind: HomeNextStepKind =
        s.status === 'live' ? 'join_session' : s.viewerRole === 'moderator' ? 'prepare_session' : 'attend_session';
      steps.push({ kind, organisation: org, targetId: s.id, title: s.question, at: s.scheduledAt });
    }
    const due = practices.filter((p) => p.lookBackDue);
    if (due.length > 0) steps.push({ kind: 'look_back_on_practices', organisation: org, count: due.length, title: due[0].what });
    for (const c of conversations) {
      if (c.viewerRole === 'moderator' && c.status === 'planned') {
        steps.push({ kind: 'prepare_mirror_conversation', organisation: org, targetId: c.id, title: c.theme, at: c.scheduledAt });
      }
    }
    // The same rule as the visits page: proposals and arrangements are the entrepreneur's to answer.
    const entrepreneur = access.roles.includes('entrepreneur');
    const proposals = entrepreneur ? await this.matching.proposals({ openFor: org.id }) : [];
    for (const p of proposals)
      steps.push({ kind: 'answer_visit_proposal', organisation: org, targetId: p.id, title: partnerOf(p, org.id) });
    for (const v of visits.visits) {
      const partner = v.host.id === org.id ? v.visitor.name : v.host.name;
      const at = v.visitDate ? new Date(`${v.visitDate}T12:00:00Z`) : null;
      if (entrepreneur && v.host.id === org.id && v.reportStatus === 'with_host')
        steps.push({ kind: 'respond_to_mirror_report', organisation: org, targetId: v.id, title: partner, at });
      else if (entrepreneur && v.status === 'preparing')
        steps.push({ kind: 'plan_visit', organisation: org, targetId: v.id, title: partner, at });
      // Whoever goes along, entrepreneur or care worker: the notebook of a visit close by, to ready on the phone.
      if (visits.inTeam.has(v.id) && visitNotesDue(v))
        steps.push({ kind: 'take_visit_notes', organisation: org, targetId: v.id, title: partner, at });
    }
    for (const story of stories) {
      if (story.viewerIsStoryteller && story.checkStatus === 'with_storyteller') {
        steps.push({ kind: 'check_story', organisation: org, targetId: story.id, title: story.title, at: story.updatedAt });
      }
    }
    return [...steps, ...setupSteps(organisation, viewer, access, org)];
  }

  /** A member's proposal for the network's lens is the coordinator's to take up or decline (on the network page). */
  private async forCoordinator(networkId: string): Promise<Step[]> {
    const { proposals } = await this.lens.overview({
      networkId,
      roles: ['network_coordinator'],
      organisationIds: [],
      networkOrganisationIds: [],
    });
    return proposals
      .filter((p) => p.status === 'open')
      .map((p) => ({ kind: 'decide_lens_proposal' as const, targetId: networkId, title: p.organisation.name, at: p.createdAt }));
  }
}

/** The networks this person coordinates. */
function coordinatedNetworks(viewer: Viewer): string[] {
  return [...new Set(viewer.memberships.filter((m) => m.role === 'network_coordinator' && m.networkId).map((m) => m.networkId as string))];
}

/** Setup only for what is actually missing, so a manager of a furnished organisation is not sent to add what exists. */
function setupSteps(
  organisation: Awaited<ReturnType<OrganisationsService['organisation']>>,
  viewer: Viewer,
  access: TenantAccess,
  org: NamedRef,
): Step[] {
  if (!canManage(access.roles)) return [];
  const others = organisation.members.some((m) => m.person.id !== viewer.personId) || organisation.invitations.length > 0;
  return [
    ...(organisation.locations.length === 0 ? [{ kind: 'add_location' as const, organisation: org }] : []),
    ...(organisation.teams.length === 0 ? [{ kind: 'add_team' as const, organisation: org }] : []),
    ...(others ? [] : [{ kind: 'invite_member' as const, organisation: org }]),
  ];
}

/** The other organisations of a proposed pair or triad, as the entrepreneur knows them. */
function partnerOf(proposal: Awaited<ReturnType<MatchingService['proposals']>>[number], organisationId: string): string | null {
  const names = proposal.members.filter((m) => m.organisation.id !== organisationId).map((m) => m.organisation.name);
  return names.length > 0 ? names.join(', ') : null;
}

/** The viewer's organisations with their roles there: the same access the policy layer gives a page of that organisation. */
function accessesOf(viewer: Viewer): TenantAccess[] {
  const roles = new Map<string, TenantAccess>();
  for (const m of viewer.memberships) {
    if (!m.organisationId) continue;
    const access = roles.get(m.organisationId) ?? { organisationId: m.organisationId, roles: [] };
    if (!access.roles.includes(m.role)) access.roles.push(m.role);
    roles.set(m.organisationId, access);
  }
  return [...roles.values()];
}

/** By kind in catalogue order, soonest first within a kind, a few of each. */
function ordered(steps: Step[]): Step[] {
  return HOME_NEXT_STEP_KINDS.flatMap((kind) =>
    steps
      .filter((s) => s.kind === kind)
      .sort((a, b) => (a.at?.getTime() ?? 0) - (b.at?.getTime() ?? 0))
      .slice(0, PER_KIND),
  );
}
