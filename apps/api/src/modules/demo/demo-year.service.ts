import { Language, todayInNetherlands } from '@kring/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { TenantAccess, Viewer } from '../../engine/auth/viewer';
import { CaseConsentService, CasesService } from '../cases';
import { PracticesService } from '../practices';
import { HarvestService, LiveCommandsService, PlanningService } from '../reflection-sessions';
import { MemberCheckService, StoriesService } from '../stories';
import { DEMO_ORGANISATIONS } from './demo-network.data';
import { DEMO_CASES, DEMO_HELD_SESSIONS, DEMO_LIVE_SESSION, DEMO_NEXT_SESSION, DEMO_STORIES } from './demo-year.data';

const DAY_MS = 24 * 3600_000;

type Who = { viewer: Viewer; access: (organisationId: string) => TenantAccess };

/**
 * A year in the life of the demo network, written through the services the
 * app itself uses, so the content guard, visibility and the member check hold
 * for demo data too (no acknowledgement anywhere: a text the guard would warn
 * about makes loading fail). Services write "now"; a held session is then
 * moved back to its day in the past, relative to today, so the demo never
 * goes stale.
 */
@Injectable()
export class DemoYearService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cases: CasesService,
    private readonly consent: CaseConsentService,
    private readonly planning: PlanningService,
    private readonly live: LiveCommandsService,
    private readonly harvest: HarvestService,
    private readonly practices: PracticesService,
    private readonly stories: StoriesService,
    private readonly memberCheck: MemberCheckService,
  ) {}

  async fill(): Promise<void> {
    const people = await this.people();
    const organisations = await this.organisations();
    const who = (email: string): Who => people.get(email)!;
    const orgId = (key: string) => organisations.get(key)!.id;
    const teamId = (key: string, team: string) => organisations.get(key)!.teams.get(team)!;

    const caseIds = new Map<string, string>();
    for (const c of DEMO_CASES) {
      const author = who(c.author);
      const access = author.access(orgId(c.organisation));
      const created = await this.cases.create(author.viewer, access, {
        organisationId: access.organisationId,
        teamId: teamId(c.organisation, c.team),
        title: c.title,
        displayPseudonym: null,
        lifeStoryNote: c.lifeStoryNote,
        burdenNote: '',
        firstChapter: c.firstChapter,
        acknowledgeWarnings: false,
      });
      await this.cases.addChapter(author.viewer, access, { caseId: created.id, ...c.laterChapter, acknowledgeWarnings: false });
      // Shared with the team, as a case brought to a session is: first the consent, as the app asks.
      await this.consent.record(author.viewer, access, {
        caseId: created.id,
        scope: 'discuss_in_team',
        givenBy: 'legal_representative',
        form: 'standard',
        givenOn: todayInNetherlands(new Date(Date.now() - 300 * DAY_MS)),
        note: 'Besproken bij het zorgplangesprek.',
        acknowledgeWarnings: false,
      });
      await this.cases.setVisibility(author.viewer, access, { caseId: created.id, visibility: 'team', teamId: null, acknowledgeWarnings: false });
      caseIds.set(c.key, created.id);
    }

    for (const s of DEMO_HELD_SESSIONS) {
      const moderator = who(s.moderator);
      const access = moderator.access(orgId(s.organisation));
      const session = await this.plan(moderator, access, { ...s, teamId: teamId(s.organisation, s.team), caseId: s.caseKey ? caseIds.get(s.caseKey)! : null, at: new Date(Date.now() + DAY_MS) }, people);
      await this.command(moderator, access, session.id, { type: 'startSession' });
      const phaseId = await this.currentPhase(session.id);
      for (const [index, body] of s.contributions.entries()) {
        await this.command(who(s.participants[index % s.participants.length]), access, session.id, { type: 'contribute', phaseId, body });
      }
      await this.command(moderator, access, session.id, { type: 'endSession' });
      for (const body of s.insights) await this.harvest.addItem(moderator.viewer, access, { sessionId: session.id, kind: 'insight', body, acknowledgeWarnings: false });
      await this.harvest.addItem(moderator.viewer, access, { sessionId: session.id, kind: 'advice', body: s.advice, acknowledgeWarnings: false });
      for (const p of s.practices) {
        await this.harvest.addPractice(moderator.viewer, access, { sessionId: session.id, what: p.what, who: p.who, lookBackOn: todayInNetherlands(), acknowledgeWarnings: false });
      }
      await this.harvest.approve(moderator.viewer, access, session.id);
      // Looked back on as the team did; then everything moves to its day in the past.
      const [practice] = await this.db.query(`SELECT id FROM practice WHERE session_id = $1`, [session.id]);
      for (const p of s.practices) {
        if (p.lookBack.body) await this.practices.lookBack(moderator.viewer, access, { practiceId: practice.id, body: p.lookBack.body, status: p.lookBack.status, nextLookBackOn: null, acknowledgeWarnings: false });
        await this.backdate(session.id, practice.id, s.daysAgo, p.lookBack.daysAgo);
      }
    }

    const next = DEMO_NEXT_SESSION;
    const sanne = who(next.moderator);
    await this.plan(sanne, sanne.access(orgId(next.organisation)), { ...next, teamId: teamId(next.organisation, next.team), caseId: caseIds.get(next.caseKey)!, at: new Date(Date.now() + next.inDays * DAY_MS) }, people);

    const l = DEMO_LIVE_SESSION;
    const ahmed = who(l.moderator);
    const lindehof = ahmed.access(orgId(l.organisation));
    const liveSession = await this.plan(ahmed, lindehof, { ...l, teamId: teamId(l.organisation, l.team), caseId: null, at: new Date(Date.now() + 3600_000) }, people);
    await this.command(ahmed, lindehof, liveSession.id, { type: 'startSession' });
    await this.command(who(l.participants[0]), lindehof, liveSession.id, { type: 'contribute', phaseId: await this.currentPhase(liveSession.id), body: l.contribution });
    await this.db.query(`UPDATE reflection_session SET scheduled_at = now() - interval '10 minutes' WHERE id = $1`, [liveSession.id]);

    for (const story of DEMO_STORIES) {
      const author = who(story.author);
      const access = author.access(orgId(story.organisation));
      const storyteller = who(story.storyteller);
      const created = await this.stories.create(author.viewer, access, {
        organisationId: access.organisationId,
        teamId: teamId(story.organisation, story.team),
        title: story.title,
        body: story.body,
        valueIds: story.valueIds,
        storytellerPersonId: storyteller.viewer.personId,
        storytellerName: null,
        storytellerEmail: null,
        storytellerLanguage: 'nl',
        acknowledgeWarnings: false,
      });
      await this.stories.sendForCheck(author.viewer, access, { storyId: created.id, validDays: 14 });
      if (story.approve) {
        await this.memberCheck.answer(storyteller.viewer, storyteller.access(access.organisationId), {
          storyId: created.id,
          revision: created.revision,
          comment: 'Zo was het precies.',
          decision: 'approve',
          audiences: ['team', 'organisation', 'network'],
          acknowledgeWarnings: false,
        });
      }
    }
  }

  private async plan(
    moderator: Who,
    access: TenantAccess,
    s: { method: string; question: string; participants: string[]; teamId: string; caseId: string | null; at: Date },
    people: Map<string, Who>,
  ) {
    return this.planning.plan(moderator.viewer, access, {
      organisationId: access.organisationId,
      teamId: s.teamId,
      methodId: s.method,
      question: s.question,
      scheduledAt: s.at,
      place: 'De woonkamer',
      moderatorId: moderator.viewer.personId,
      participantIds: s.participants.map((email) => people.get(email)!.viewer.personId),
      lensIds: [],
      caseId: s.caseId,
      acknowledgeWarnings: false,
    });
  }

  private command(who: Who, access: TenantAccess, sessionId: string, command: Record<string, unknown>) {
    return this.live.execute(who.viewer, who.access(access.organisationId), { sessionId, clientKey: randomUUID(), command });
  }

  private async currentPhase(sessionId: string): Promise<string> {
    const [row] = await this.db.query(`SELECT method_snapshot -> 'phases' -> current_phase_index ->> 'id' AS id FROM reflection_session WHERE id = $1`, [sessionId]);
    return row.id;
  }

  /** Moves a held session, its harvest and its practice to their days in the past. */
  private async backdate(sessionId: string, practiceId: string, daysAgo: number, lookedBackDaysAgo: number): Promise<void> {
    const held = `now() - make_interval(days => $2)`;
    await this.db.query(
      `UPDATE reflection_session SET scheduled_at = ${held}, started_at = ${held}, ended_at = ${held} + interval '75 minutes', report_approved_at = ${held} + interval '1 day' WHERE id = $1`,
      [sessionId, daysAgo],
    );
    await this.db.query(`UPDATE harvest_item SET created_at = ${held} WHERE session_id = $1`, [sessionId, daysAgo]);
    await this.db.query(`UPDATE practice SET created_at = ${held}, look_back_on = (now() - make_interval(days => $3))::date WHERE id = $1`, [practiceId, daysAgo, lookedBackDaysAgo]);
  }

  /** Every demo person as the policy layer would see them after logging in. */
  private async people(): Promise<Map<string, Who>> {
    const rows: { id: string; email: string; preferred_language: Language; memberships: { id: string; role: Viewer['memberships'][number]['role']; organisation_id: string | null; network_id: string | null; team_id: string | null }[] }[] =
      await this.db.query(
        `SELECT p.id, p.email, p.preferred_language, json_agg(json_build_object('id', m.id, 'role', m.role, 'organisation_id', m.organisation_id, 'network_id', m.network_id, 'team_id', m.team_id)) AS memberships
         FROM person p JOIN membership m ON m.person_id = p.id GROUP BY p.id`,
      );
    return new Map(
      rows.map((row) => {
        const viewer: Viewer = {
          personId: row.id,
          preferredLanguage: row.preferred_language,
          memberships: row.memberships.map((m) => ({ id: m.id, role: m.role, organisationId: m.organisation_id, networkId: m.network_id, teamId: m.team_id })),
        };
        const access = (organisationId: string): TenantAccess => ({ organisationId, roles: viewer.memberships.filter((m) => m.organisationId === organisationId).map((m) => m.role) });
        return [row.email, { viewer, access }];
      }),
    );
  }

  private async organisations(): Promise<Map<string, { id: string; teams: Map<string, string> }>> {
    const result = new Map<string, { id: string; teams: Map<string, string> }>();
    for (const org of DEMO_ORGANISATIONS) {
      const [row] = await this.db.query(`SELECT id FROM organisation WHERE name = $1`, [org.name]);
      const teams = new Map<string, string>();
      for (const team of org.teams) {
        const [t] = await this.db.query(`SELECT id FROM team WHERE organisation_id = $1 AND name = $2`, [row.id, team.name]);
        teams.set(team.key, t.id);
      }
      result.set(org.key, { id: row.id, teams });
    }
    return result;
  }
}
