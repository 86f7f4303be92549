import { todayInNetherlands } from '@kring/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { MatchingService, NetworkLensService } from '../learning-networks';
import { CheckinService, MirrorReportService, NotebookService, VisitsService } from '../peer-visits';
import { daysFromNow, DemoCast } from './demo-cast';
import type { NetworkLensVersionRow } from '../../engine/database/tables.generated';
import {
  DEMO_COORDINATOR,
  DEMO_EARLIER_VISIT_DAYS,
  DEMO_ENTREPRENEURS,
  DEMO_FIRST_ROUND,
  DEMO_HOST_NOTES,
  DEMO_JOINED_ROUND,
  DEMO_LENS,
  DEMO_NEXT_VISIT,
  DEMO_RETURN_VISIT,
  DEMO_ROUND_DAYS_AGO,
  DEMO_ROUND_VISIT_DAYS,
  DEMO_VISITS,
  DemoArrangedVisit,
  DemoVisit,
} from './demo-visits.data';

/**
 * The demo's peer visits, through the services the screens use: the
 * network's lens (a first version, a member's proposal, a second version),
 * matching rounds the coordinator started and the entrepreneurs accepted,
 * each visit agreed by both sides, beelden synced from the visitors' phones,
 * the mirror report drafted, reflected on, shared and closed, check-in notes,
 * and the visits back a year later, one more being prepared.
 */
@Injectable()
export class DemoVisitsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly lens: NetworkLensService,
    private readonly matching: MatchingService,
    private readonly visits: VisitsService,
    private readonly notebook: NotebookService,
    private readonly reports: MirrorReportService,
    private readonly checkins: CheckinService,
  ) {}

  async fill(cast: DemoCast): Promise<void> {
    const coordinator = cast.who(DEMO_COORDINATOR);
    const first = DEMO_LENS.first;
    await this.lens.publish(coordinator.network, coordinator.viewer, {
      networkId: cast.networkId,
      purpose: first.purpose,
      valueIds: first.valueIds,
      mirrorThemeIds: first.mirrorThemeIds,
      lookForQuestions: first.lookForQuestions,
      changeNote: first.changeNote,
      adoptedProposalIds: [],
      acknowledgeWarnings: false,
    });

    // A year ago: the coordinator's first round, over the network's organisations of its first year.
    const roundVisits = await this.round(cast, DEMO_FIRST_ROUND, DEMO_ROUND_DAYS_AGO);
    // Visits touch only their own rows: held side by side, so loading stays quick.
    await Promise.all(
      roundVisits.map((visit, index) =>
        this.hold(cast, visit.id, this.dataOf(cast, visit.host, visit.visitor), DEMO_EARLIER_VISIT_DAYS[index % 3]),
      ),
    );

    // Half a year ago a member proposed a change to the lens, and the coordinator took it up in a second version.
    const second = DEMO_LENS.second;
    // A member proposes the second version's purpose and themes, with the questions given.
    const propose = (by: string, lookForQuestions: string[], motivation: string) => {
      const proposer = cast.who(by);
      return this.lens.propose(proposer.network, proposer.viewer, {
        networkId: cast.networkId,
        organisationId: proposer.network.organisationIds[0],
        purpose: second.purpose,
        valueIds: first.valueIds,
        mirrorThemeIds: second.mirrorThemeIds,
        lookForQuestions,
        motivation,
        acknowledgeWarnings: false,
      });
    };
    const proposal = await propose(DEMO_LENS.proposal.by, second.lookForQuestions, DEMO_LENS.proposal.motivation);
    await this.lens.publish(coordinator.network, coordinator.viewer, {
      networkId: cast.networkId,
      purpose: second.purpose,
      valueIds: first.valueIds,
      mirrorThemeIds: second.mirrorThemeIds,
      lookForQuestions: second.lookForQuestions,
      changeNote: second.changeNote,
      adoptedProposalIds: [proposal.id],
      acknowledgeWarnings: false,
    });
    await this.backdateLens(cast.networkId, proposal.id);
    // And last week another member proposed a question the coordinator has not decided on yet.
    const open = DEMO_LENS.open;
    const waiting = await propose(open.by, [...second.lookForQuestions, open.question], open.motivation);
    await this.db.query(`UPDATE network_lens_proposal SET created_at = now() - make_interval(days => $2) WHERE id = $1`, [
      waiting.id,
      open.daysAgo,
    ]);

    // This year the two organisations that joined got a round of their own: a pair, each hosting the other once.
    const joined = DEMO_JOINED_ROUND;
    await Promise.all(
      (await this.round(cast, joined.organisations, joined.daysAgo)).map((visit) =>
        this.hold(cast, visit.id, this.dataOf(cast, visit.host, visit.visitor), joined.visitDaysByHost[this.keyOf(cast, visit.host)]),
      ),
    );

    // This year: every visit of the first round is returned, under the second lens.
    await Promise.all(
      roundVisits.map(async (visit, index) => {
        const host = cast.who(DEMO_ENTREPRENEURS[this.keyOf(cast, visit.host)]);
        const back = await this.visits.planReturn(host.network, host.viewer, { visitId: visit.id, visitDate: todayInNetherlands() });
        await this.hold(cast, back.id, this.dataOf(cast, visit.visitor, visit.host), DEMO_ROUND_VISIT_DAYS[index % 3]);
      }),
    );

    // And the next visit being prepared: arranged by the host, the agreement started.
    await this.arranged(cast, DEMO_RETURN_VISIT);
    // And one agreed by both sides two days ahead, the visiting team set: its notebook is open on their phones.
    const n = DEMO_NEXT_VISIT;
    const visitId = await this.arranged(cast, n);
    const [host, visitor] = [cast.who(DEMO_ENTREPRENEURS[n.host]), cast.who(DEMO_ENTREPRENEURS[n.visitor])];
    await this.visits.setTeam(visitor.network, visitor.viewer, {
      visitId,
      members: [
        { role: 'entrepreneur', personId: visitor.viewer.personId },
        { role: 'care_worker', personId: cast.who(n.careWorker).viewer.personId },
      ],
    });
    await this.visits.agree(host.network, host.viewer, visitId);
    await this.visits.agree(visitor.network, visitor.viewer, visitId);
  }

  /**
   * A matching round the coordinator starts over these organisations (by key), every one accepting its proposal, dated
   * `daysAgo`; returns the visits it made, in the order they were made.
   */
  private async round(cast: DemoCast, organisations: string[], daysAgo: number): Promise<{ id: string; host: string; visitor: string }[]> {
    const coordinator = cast.who(DEMO_COORDINATOR);
    const round = await this.matching.start(coordinator.network, coordinator.viewer, {
      networkId: cast.networkId,
      organisationIds: organisations.map(cast.orgId),
      monthsWithoutRepeat: 12,
    });
    for (const proposal of round.proposals) {
      for (const member of proposal.members) {
        const entrepreneur = cast.who(DEMO_ENTREPRENEURS[this.keyOf(cast, member.organisation.id)]);
        await this.matching.respond(entrepreneur.network, entrepreneur.viewer, {
          proposalId: proposal.id,
          organisationId: member.organisation.id,
          accept: true,
        });
      }
    }
    await this.backdateRound(round.id, daysAgo);
    return this.db.query(
      `SELECT v.id, v.organisation_id AS host, v.visiting_organisation_id AS visitor FROM peer_visit v JOIN visit_proposal p ON p.id = v.proposal_id
       WHERE p.round_id = $1 ORDER BY v.created_at, v.id`,
      [round.id],
    );
  }

  /** A visit ahead, arranged by its host and its agreement filled in as `v` says; returns its id. */
  private async arranged(cast: DemoCast, v: DemoArrangedVisit): Promise<string> {
    const [host, hostAccess] = cast.member(DEMO_ENTREPRENEURS[v.host], v.host);
    const visitDate = todayInNetherlands(daysFromNow(v.inDays));
    const visit = await this.visits.arrange(hostAccess, host.viewer, {
      organisationId: hostAccess.organisationId,
      partnerOrganisationId: cast.orgId(v.visitor),
      weHost: true,
      visitDate,
    });
    await this.visits.updateAgreement(host.network, host.viewer, {
      visitId: visit.id,
      focusQuestion: v.focusQuestion,
      purpose: v.purpose,
      valueIds: v.valueIds,
      mirrorThemeIds: v.mirrorThemeIds,
      format: v.format,
      visitDate,
      locationId: null,
      practicalNotes: v.practicalNotes,
      privacyNotes: v.privacyNotes,
      acknowledgeWarnings: false,
    });
    return visit.id;
  }

  /** One visit from agreement to a closed, shared report, then moved to its day in the past. */
  private async hold(cast: DemoCast, visitId: string, v: DemoVisit, daysAgo: number): Promise<void> {
    const host = cast.who(DEMO_ENTREPRENEURS[v.host]);
    const visitor = cast.who(DEMO_ENTREPRENEURS[v.visitor]);
    const careWorker = cast.who(v.careWorker);
    // The host picks from the network's lens as it stands when the visit is agreed.
    const [{ mirror_theme_ids: lensThemes }] = await this.db.query<Pick<NetworkLensVersionRow, 'mirror_theme_ids'>[]>(
      `SELECT coalesce((SELECT mirror_theme_ids FROM network_lens_version WHERE network_id = $1 ORDER BY version DESC LIMIT 1), '{}') AS mirror_theme_ids`,
      [cast.networkId],
    );
    await this.visits.updateAgreement(host.network, host.viewer, {
      visitId,
      focusQuestion: v.focusQuestion,
      purpose: v.purpose,
      valueIds: v.valueIds,
      mirrorThemeIds: v.mirrorThemeIds.filter((id) => (lensThemes as string[]).includes(id)),
      format: v.format,
      visitDate: todayInNetherlands(),
      locationId: null,
      ...DEMO_HOST_NOTES[v.host],
      acknowledgeWarnings: false,
    });
    await this.visits.setTeam(visitor.network, visitor.viewer, {
      visitId,
      members: [
        { role: 'entrepreneur', personId: visitor.viewer.personId },
        { role: 'care_worker', personId: careWorker.viewer.personId },
      ],
    });
    await this.visits.agree(host.network, host.viewer, visitId);
    await this.visits.agree(visitor.network, visitor.viewer, visitId);

    // The care worker logs most beelden on a phone; the visiting entrepreneur the last.
    const edit = (b: DemoVisit['beelden'][number]) => ({
      clientId: randomUUID(),
      editId: randomUUID(),
      baseRevision: 0,
      priorEditIds: [],
      ...b,
      deleted: false,
      acknowledgeWarnings: false,
    });
    const [last, ...rest] = [...v.beelden].reverse();
    await this.notebook.sync(careWorker.network, careWorker.viewer, { visitId, edits: rest.reverse().map(edit) });
    await this.notebook.sync(visitor.network, visitor.viewer, { visitId, edits: [edit(last)] });

    await this.reports.updateDraft(visitor.network, visitor.viewer, {
      visitId,
      summary: v.summary,
      excludedNoteIds: [],
      acknowledgeWarnings: false,
    });
    await this.reports.handToHost(visitor.network, visitor.viewer, visitId);
    await this.reports.reflect(host.network, host.viewer, { visitId, reflection: v.reflection, acknowledgeWarnings: false });
    await this.reports.addPractice(host.network, host.viewer, {
      visitId,
      what: v.practice.what,
      who: v.practice.who,
      // Today, as any host could choose it (the look-back rule); backdate moves it to 90 days after the visit.
      lookBackOn: todayInNetherlands(),
      teamId: cast.teamId(v.host, v.practice.team),
      acknowledgeWarnings: false,
    });
    await this.reports.setVisibility(host.network, host.viewer, {
      visitId,
      visibility: v.visibility,
      teamId: v.visibility === 'team' ? cast.teamId(v.host, v.practice.team) : null,
    });
    await this.reports.close(host.network, host.viewer, visitId);
    for (const note of v.checkins) {
      const author = note.side === 'host' ? host : visitor;
      await this.checkins.save(author.network, author.viewer, {
        visitId,
        topic: note.topic,
        body: note.body,
        sharedWithNetwork: note.shared,
        acknowledgeWarnings: false,
      });
    }
    await this.backdate(visitId, daysAgo);
  }

  private dataOf(cast: DemoCast, hostId: string, visitorId: string): DemoVisit {
    const data = DEMO_VISITS.find((v) => cast.orgId(v.host) === hostId && cast.orgId(v.visitor) === visitorId);
    if (!data) throw new Error('The demo has no visit for this pair of organisations');
    return data;
  }

  /** The demo's key of an organisation, by its id. */
  private keyOf(cast: DemoCast, organisationId: string): string {
    return Object.keys(DEMO_ENTREPRENEURS).find((key) => cast.orgId(key) === organisationId)!;
  }

  /**
   * Moves a visit, its beelden, its practice (and the day to look back on it, 90 days after the visit) and its
   * check-ins to their days in the past.
   */
  private async backdate(visitId: string, daysAgo: number): Promise<void> {
    const day = `now() - make_interval(days => $2)`;
    await this.db.query(
      `UPDATE peer_visit SET visit_date = (${day})::date, created_at = ${day} - interval '45 days', host_agreed_at = ${day} - interval '20 days',
         visitor_agreed_at = ${day} - interval '19 days', handed_to_host_at = ${day} + interval '7 days', closed_at = ${day} + interval '14 days',
         updated_at = ${day} + interval '14 days' WHERE id = $1`,
      [visitId, daysAgo],
    );
    await this.db.query(`UPDATE peer_visit_note SET created_at = ${day} WHERE visit_id = $1`, [visitId, daysAgo]);
    await this.db.query(`UPDATE entrepreneur_checkin_note SET updated_at = ${day} WHERE visit_id = $1`, [visitId, daysAgo]);
    await this.db.query(
      `UPDATE practice SET created_at = ${day} + interval '14 days', look_back_on = (${day} + interval '90 days')::date
       WHERE id IN (SELECT practice_id FROM peer_visit_practice WHERE visit_id = $1)`,
      [visitId, daysAgo],
    );
  }

  /** The round, its proposals and the answers, moved to the day the round was started. */
  private async backdateRound(roundId: string, daysAgo: number): Promise<void> {
    const day = `now() - make_interval(days => $2)`;
    await this.db.query(`UPDATE matching_round SET created_at = ${day} WHERE id = $1`, [roundId, daysAgo]);
    await this.db.query(`UPDATE visit_proposal SET created_at = ${day}, decided_at = ${day} + interval '2 days' WHERE round_id = $1`, [
      roundId,
      daysAgo,
    ]);
    await this.db.query(
      `UPDATE visit_proposal_member SET responded_at = ${day} + interval '2 days' WHERE proposal_id IN (SELECT id FROM visit_proposal WHERE round_id = $1)`,
      [roundId, daysAgo],
    );
  }

  private async backdateLens(networkId: string, proposalId: string): Promise<void> {
    const ago = (days: number) => `now() - interval '${days} days'`;
    await this.db.query(
      `UPDATE network_lens_version SET published_at = ${ago(DEMO_LENS.first.daysAgo)} WHERE network_id = $1 AND version = 1`,
      [networkId],
    );
    await this.db.query(
      `UPDATE network_lens_version SET published_at = ${ago(DEMO_LENS.second.daysAgo)} WHERE network_id = $1 AND version = 2`,
      [networkId],
    );
    await this.db.query(
      `UPDATE network_lens_proposal SET created_at = ${ago(DEMO_LENS.proposal.daysAgo)}, decided_at = ${ago(DEMO_LENS.second.daysAgo)} WHERE id = $1`,
      [proposalId],
    );
  }
}
