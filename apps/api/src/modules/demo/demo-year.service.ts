import { quarterStart, recentQuarters, todayInNetherlands } from '@kring/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { TenantAccess } from '../../engine/auth/viewer';
import { CaseConsentService, CasesService, ResidentRegisterService } from '../cases';
import { PracticesService } from '../practices';
import { HarvestService, LiveCommandsService, PlanningService } from '../reflection-sessions';
import { MemberCheckService, StoriesService } from '../stories';
import { daysFromNowAt, DemoCast, loadDemoCast, Who } from './demo-cast';
import { DEMO_ENTREPRENEURS } from './demo-visits.data';
import { DemoLibraryService } from './demo-library.service';
import { DemoMethodsService } from './demo-methods.service';
import { DemoMirrorService } from './demo-mirror.service';
import { DemoVisitsService } from './demo-visits.service';
import type { PracticeRow } from '../../engine/database/tables.generated';
import {
  DEMO_CASES,
  DEMO_HELD_SESSIONS,
  DEMO_LIVE_SESSION,
  DEMO_NETWORK_PATTERN_SESSIONS,
  DEMO_NEXT_SESSION,
  DEMO_PATTERN_SESSIONS,
  DEMO_REGISTER,
  DEMO_STORIES,
  DemoCase,
  DemoHeldSession,
} from './demo-year.data';

const DAY_MS = 24 * 3600_000;

/** How many days ago a session in the quarter `quartersAgo` back was held: three weeks into it, or today in a quarter just begun. */
function daysAgoInQuarter(quartersAgo: number): number {
  const quarter = recentQuarters(todayInNetherlands(), quartersAgo + 1)[0];
  const day = Math.min(Date.parse(`${quarterStart(quarter)}T12:00:00Z`) + 20 * DAY_MS, Date.now());
  return Math.floor((Date.now() - day) / DAY_MS);
}

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
    private readonly register: ResidentRegisterService,
    private readonly planning: PlanningService,
    private readonly live: LiveCommandsService,
    private readonly harvest: HarvestService,
    private readonly practices: PracticesService,
    private readonly stories: StoriesService,
    private readonly memberCheck: MemberCheckService,
    private readonly mirror: DemoMirrorService,
    private readonly visits: DemoVisitsService,
    private readonly library: DemoLibraryService,
    private readonly methods: DemoMethodsService,
  ) {}

  async fill(): Promise<void> {
    const cast = await loadDemoCast(this.db);
    // First the register, so the guard checks every text of the year against the residents' real names.
    await Promise.all(
      DEMO_REGISTER.map((entry) => {
        const [entrepreneur, access] = cast.member(DEMO_ENTREPRENEURS[entry.organisation], entry.organisation);
        return this.register.add(entrepreneur.viewer, access, {
          organisationId: access.organisationId,
          pseudonym: entry.pseudonym,
          watchNames: entry.watchNames,
        });
      }),
    );
    const caseIds = new Map(await Promise.all(DEMO_CASES.map((c) => this.writeCase(cast, c))));
    // Own methods before the sessions, as a team builds its method before it uses it.
    const ownMethodIds = await this.methods.fill(cast);
    // Every part touches only its own rows: written side by side, so loading stays quick.
    await Promise.all([
      ...[...DEMO_HELD_SESSIONS, ...DEMO_PATTERN_SESSIONS, ...DEMO_NETWORK_PATTERN_SESSIONS].map((s) =>
        this.hold(cast, { ...s, method: ownMethodIds.get(s.method) ?? s.method }, s.caseKey ? caseIds.get(s.caseKey)! : null),
      ),
      this.upcoming(cast, caseIds),
      ...DEMO_STORIES.map((story) => this.writeStory(cast, story)),
      this.mirror.fill(cast),
      this.visits.fill(cast),
    ]);
    // Last: the library shares what the year produced (approved stories and reports, closed visits).
    await this.library.fill(cast);
  }

  private async writeCase(cast: DemoCast, c: DemoCase): Promise<[string, string]> {
    const [author, access] = cast.member(c.author, c.organisation);
    const created = await this.cases.create(author.viewer, access, {
      organisationId: access.organisationId,
      teamId: cast.teamId(c.organisation, c.team),
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
    await this.cases.setVisibility(author.viewer, access, {
      caseId: created.id,
      visibility: 'team',
      teamId: null,
      acknowledgeWarnings: false,
    });
    return [c.key, created.id];
  }

  /** Sanne's session next week, and the session going on now at De Lindehof. */
  private async upcoming(cast: DemoCast, caseIds: Map<string, string>): Promise<void> {
    const next = DEMO_NEXT_SESSION;
    const sanne = cast.who(next.moderator);
    await this.plan(
      sanne,
      sanne.access(cast.orgId(next.organisation)),
      {
        ...next,
        teamId: cast.teamId(next.organisation, next.team),
        caseId: caseIds.get(next.caseKey)!,
        at: daysFromNowAt(next.inDays, next.time),
      },
      cast,
    );
    const l = DEMO_LIVE_SESSION;
    const [ahmed, lindehof] = cast.member(l.moderator, l.organisation);
    const liveSession = await this.plan(
      ahmed,
      lindehof,
      { ...l, teamId: cast.teamId(l.organisation, l.team), caseId: null, at: new Date(Date.now() + 3600_000) },
      cast,
    );
    await this.command(ahmed, lindehof, liveSession.id, { type: 'startSession' });
    await this.command(cast.who(l.participants[0]), lindehof, liveSession.id, {
      type: 'contribute',
      phaseId: await this.currentPhase(liveSession.id),
      body: l.contribution,
    });
    await this.db.query(`UPDATE reflection_session SET scheduled_at = now() - interval '10 minutes' WHERE id = $1`, [liveSession.id]);
  }

  private async writeStory(cast: DemoCast, story: (typeof DEMO_STORIES)[number]): Promise<void> {
    const [author, access] = cast.member(story.author, story.organisation);
    const storyteller = cast.who(story.storyteller);
    const created = await this.stories.create(author.viewer, access, {
      organisationId: access.organisationId,
      teamId: cast.teamId(story.organisation, story.team),
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
        audiences: [...story.audiences],
        acknowledgeWarnings: false,
      });
    }
  }

  /** One session held: contributions (tagged in the values phase where the data says so), harvest, approved report, looked back on. */
  private async hold(cast: DemoCast, s: DemoHeldSession, caseId: string | null): Promise<void> {
    const [moderator, access] = cast.member(s.moderator, s.organisation);
    const session = await this.plan(
      moderator,
      access,
      { ...s, teamId: cast.teamId(s.organisation, s.team), caseId, at: new Date(Date.now() + DAY_MS) },
      cast,
    );
    const participant = (index: number) => cast.who(s.participants[index % s.participants.length]);
    await this.command(moderator, access, session.id, { type: 'startSession' });
    const phaseId = await this.currentPhase(session.id);
    for (const [index, body] of s.contributions.entries()) {
      await this.command(participant(index), access, session.id, { type: 'contribute', phaseId, body });
    }
    if (s.tagged) {
      const valuesPhase = await this.phaseOfKind(session.id, 'tag_values');
      await this.command(moderator, access, session.id, { type: 'goToPhase', phaseId, toPhaseId: valuesPhase });
      for (const [index, entry] of s.tagged.entries()) {
        const { ack } = await this.command(participant(index), access, session.id, {
          type: 'contribute',
          phaseId: valuesPhase,
          body: entry.body,
        });
        for (const [itemId, direction] of entry.tags) {
          await this.command(moderator, access, session.id, {
            type: 'tag',
            phaseId: valuesPhase,
            entryId: ack.createdId,
            itemId,
            direction,
          });
        }
      }
    }
    await this.command(moderator, access, session.id, { type: 'endSession' });
    for (const body of s.insights)
      await this.harvest.addItem(moderator.viewer, access, { sessionId: session.id, kind: 'insight', body, acknowledgeWarnings: false });
    await this.harvest.addItem(moderator.viewer, access, {
      sessionId: session.id,
      kind: 'advice',
      body: s.advice,
      acknowledgeWarnings: false,
    });
    for (const p of s.practices) {
      await this.harvest.addPractice(moderator.viewer, access, {
        sessionId: session.id,
        what: p.what,
        who: p.who,
        lookBackOn: todayInNetherlands(),
        acknowledgeWarnings: false,
      });
    }
    // History: its participants read the report back then, so nobody is told (nor mailed) of it now.
    await this.harvest.approve(moderator.viewer, access, session.id, { tell: false });
    // Looked back on as the team did; then everything moves to its day in the past.
    const daysAgo = s.quartersAgo === undefined ? s.daysAgo! : daysAgoInQuarter(s.quartersAgo);
    const [practice] = await this.db.query<Pick<PracticeRow, 'id'>[]>(`SELECT id FROM practice WHERE session_id = $1`, [session.id]);
    for (const p of s.practices) {
      if (p.lookBack.body)
        await this.practices.lookBack(moderator.viewer, access, {
          practiceId: practice.id,
          body: p.lookBack.body,
          status: p.lookBack.status,
          nextLookBackOn: null,
          acknowledgeWarnings: false,
        });
      await this.backdate(
        session.id,
        practice.id,
        daysAgo,
        s.quartersAgo === undefined ? p.lookBack.daysAgo : daysAgo - p.lookBack.daysAgo,
      );
    }
  }

  private async plan(
    moderator: Who,
    access: TenantAccess,
    s: { method: string; question: string; participants: string[]; teamId: string; caseId: string | null; at: Date },
    cast: DemoCast,
  ) {
    return this.planning.plan(moderator.viewer, access, {
      organisationId: access.organisationId,
      teamId: s.teamId,
      methodId: s.method,
      question: s.question,
      scheduledAt: s.at,
      place: 'De woonkamer',
      moderatorId: moderator.viewer.personId,
      participantIds: s.participants.map((email) => cast.who(email).viewer.personId),
      lensIds: [],
      caseId: s.caseId,
      acknowledgeWarnings: false,
    });
  }

  private command(who: Who, access: TenantAccess, sessionId: string, command: Record<string, unknown>) {
    return this.live.execute(who.viewer, who.access(access.organisationId), { sessionId, clientKey: randomUUID(), command });
  }

  private async phaseOfKind(sessionId: string, kind: string): Promise<string> {
    const [row] = await this.db.query<{ id: string }[]>(
      `SELECT phase ->> 'id' AS id FROM reflection_session, jsonb_array_elements(method_snapshot -> 'phases') phase WHERE id = $1 AND phase ->> 'kind' = $2 LIMIT 1`,
      [sessionId, kind],
    );
    return row.id;
  }

  private async currentPhase(sessionId: string): Promise<string> {
    const [row] = await this.db.query<{ id: string }[]>(
      `SELECT method_snapshot -> 'phases' -> current_phase_index ->> 'id' AS id FROM reflection_session WHERE id = $1`,
      [sessionId],
    );
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
    await this.db.query(
      `UPDATE practice SET created_at = ${held}, look_back_on = (now() - make_interval(days => $3))::date WHERE id = $1`,
      [practiceId, daysAgo, lookedBackDaysAgo],
    );
  }
}
