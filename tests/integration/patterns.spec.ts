import { quarterStart, recentQuarters, shiftQuarter, todayInNetherlands } from '@kring/domain';
import { randomUUID } from 'node:crypto';
import { insertVisit, insertVisitNote, joinNetwork } from '../support/activity-rows';
import { NETWORK_PATTERNS, secondOrganisation } from '../support/fixtures';
import type { TestKring } from '../support/kring-test-app';
import { Team, teamTest } from '../support/team-test';
import { otherTeamColleague, planIncidentSession } from '../support/session-fixtures';

const PATTERNS = `query P($organisationId: ID!, $teamId: ID, $quarterCount: Int) { valuePatterns(organisationId: $organisationId, teamId: $teamId, quarterCount: $quarterCount) {
  level minGroupSize quarters { quarter suppressed } rows { valueId cells { visibleStrength underPressure openQuestion } }
  vulnerabilities { vulnerabilityId quarters count recurring } internalSystems { rulesKeepGrowing riskTagged raised quarters { quarter addsRule dropsRule } } } }`;

type Tag = [itemId: string, direction: 'visible_strength' | 'under_pressure' | 'open_question'];

const CURRENT = recentQuarters(todayInNetherlands(), 1)[0];
/** Noon on the 10th of the quarter `back` quarters ago, in the Netherlands. */
const dayIn = (back: number) => `${quarterStart(shiftQuarter(CURRENT, -back)).slice(0, 8)}10T12:00:00+01:00`;

describe('patterns over time', () => {
  let kring: TestKring;
  let org: Team;
  let sessions = 0;

  /** A session of the team `back` quarters ago with contributions tagged as given, stored the way the live room stores them. */
  async function taggedSession(
    organisationId: string,
    teamId: string | null,
    moderatorId: string,
    back: number,
    tags: Tag[],
  ): Promise<string> {
    const [session] = await kring.sql<{ id: string }>(
      `INSERT INTO reflection_session (organisation_id, team_id, title, method_id, method_version, method_snapshot, scheduled_at, duration_minutes, moderator_id, status)
       VALUES ($1, $2, $3, 'incident_method', 1, '{}', $4, 60, $5, 'closed') RETURNING id`,
      [organisationId, teamId, `Bijeenkomst ${++sessions}`, dayIn(back), moderatorId],
    );
    for (const [itemId, direction] of tags) {
      const [entry] = await kring.sql<{ id: string }>(
        `INSERT INTO session_entry (organisation_id, session_id, phase_id, kind, body, client_key) VALUES ($1, $2, 'story', 'contribution', 'Een bijdrage', $3) RETURNING id`,
        [organisationId, session.id, randomUUID()],
      );
      await kring.sql(
        `INSERT INTO session_tag (organisation_id, session_id, phase_id, entry_id, item_id, direction, framework_version) VALUES ($1, $2, 'story', $3, $4, $5, '2023.1')`,
        [organisationId, session.id, entry.id, itemId, direction],
      );
    }
    return session.id;
  }
  const times = (n: number, tag: Tag): Tag[] => Array.from({ length: n }, () => tag);

  const team = teamTest();
  beforeAll(() => ({ kring, org } = team));

  it('maps values per quarter by direction, with sub-values under their value and small counts suppressed', async () => {
    await taggedSession(org.organisationId, org.teamId, org.sanne.personId, 0, [
      ...times(3, ['feeling_at_home', 'visible_strength']),
      ...times(2, ['being_oneself', 'visible_strength']),
      ...times(2, ['being_together', 'under_pressure']),
    ]);
    const { valuePatterns } = await org.bram.client.ok(PATTERNS, { organisationId: org.organisationId, teamId: org.teamId });
    expect(valuePatterns.level).toBe('team');
    expect(valuePatterns.minGroupSize).toBe(5);
    expect(valuePatterns.quarters).toHaveLength(8);
    expect(valuePatterns.quarters[7]).toEqual({ quarter: CURRENT, suppressed: false });
    const row = (id: string) => valuePatterns.rows.find((r: { valueId: string }) => r.valueId === id)!.cells;
    // Zero reads like one to four ("fewer than 5"): a 0 beside a suppressed cell would tell them apart.
    expect(row('feeling_at_home')[7]).toEqual({ visibleStrength: 5, underPressure: null, openQuestion: null });
    expect(row('being_together')[7]).toEqual({ visibleStrength: null, underPressure: null, openQuestion: null });
    expect(row('feeling_at_home')[6]).toEqual({ visibleStrength: null, underPressure: null, openQuestion: null });
  });

  it('finds vulnerabilities that come back, and raises the "new internal systems" signal when rules keep growing', async () => {
    await taggedSession(org.organisationId, org.teamId, org.sanne.personId, 2, [['ill_fitting_rules', 'under_pressure']]);
    await taggedSession(org.organisationId, org.teamId, org.sanne.personId, 1, [
      ['ill_fitting_rules', 'open_question'],
      ['continuity_concerns', 'visible_strength'],
    ]);
    const rules: [number, string][] = [
      [3, 'Voortaan vullen we na elke maaltijd een formulier in'],
      [2, 'We registreren elke avond hoeveel iemand drinkt'],
      [1, 'Nieuwe regel: bezoek na acht uur eerst melden'],
      [1, 'Vaste tijden voor het douchen'],
      [1, 'Samen koken op zondag'],
    ];
    const session = await planIncidentSession(org);
    for (const [back, what] of rules) {
      await kring.sql(`INSERT INTO practice (organisation_id, team_id, session_id, what, created_at) VALUES ($1, $2, $3, $4, $5)`, [
        org.organisationId,
        org.teamId,
        session.id,
        what,
        dayIn(back),
      ]);
    }
    const { valuePatterns } = await org.bram.client.ok(PATTERNS, { organisationId: org.organisationId, teamId: org.teamId });
    expect(valuePatterns.vulnerabilities).toEqual([
      {
        vulnerabilityId: 'ill_fitting_rules',
        quarters: [shiftQuarter(CURRENT, -2), shiftQuarter(CURRENT, -1)],
        count: null,
        recurring: true,
      },
    ]);
    expect(valuePatterns.internalSystems).toMatchObject({ rulesKeepGrowing: true, riskTagged: false, raised: true });
    expect(valuePatterns.internalSystems.quarters.slice(-4)).toEqual([
      { quarter: shiftQuarter(CURRENT, -3), addsRule: null, dropsRule: null },
      { quarter: shiftQuarter(CURRENT, -2), addsRule: null, dropsRule: null },
      { quarter: shiftQuarter(CURRENT, -1), addsRule: null, dropsRule: null },
      { quarter: CURRENT, addsRule: null, dropsRule: null },
    ]);
  });

  /**
   * An approved mirror conversation of `organisationId` this quarter in which one relative, with these consent scopes
   * (null: a statement attributed to nobody), said something kept in the harvest and tagged `n` times with `tag`.
   */
  async function relativeSaid(
    organisationId: string,
    teamId: string | null,
    scopes: string[] | null,
    n: number,
    tag: Tag,
  ): Promise<{ consentIds: string[] }> {
    const [conversation] = await kring.sql<{ id: string }>(
      `INSERT INTO mirror_conversation (organisation_id, team_id, theme, scheduled_at, duration_minutes, moderator_id, status) VALUES ($1, $2, 'Thuis voelen', now(), 90, $3, 'approved') RETURNING id`,
      [organisationId, teamId, org.sanne.personId],
    );
    let participantId: string | null = null;
    const consentIds: string[] = [];
    if (scopes) {
      [{ id: participantId }] = await kring.sql<{ id: string }>(
        `INSERT INTO mirror_participant (organisation_id, conversation_id, kind, display_name, pseudonym, token_hash, expires_at) VALUES ($1, $2, 'relative', 'Dochter', 'Naaste A', $3, now() + interval '1 day') RETURNING id`,
        [organisationId, conversation.id, randomUUID()],
      );
      for (const scope of scopes) {
        const [consent] = await kring.sql<{ id: string }>(
          `INSERT INTO mirror_consent (organisation_id, participant_id, scope, form) VALUES ($1, $2, $3, 'standard') RETURNING id`,
          [organisationId, participantId, scope],
        );
        consentIds.push(consent.id);
      }
    }
    const tags = JSON.stringify(times(n, tag).map(([itemId, direction]) => ({ itemId, direction })));
    await kring.sql(
      `INSERT INTO mirror_statement (organisation_id, conversation_id, participant_id, body, value_tags, in_harvest) VALUES ($1, $2, $3, 'Ze kennen haar verhaal niet', $4, true)`,
      [organisationId, conversation.id, participantId, tags],
    );
    return { consentIds };
  }

  it("counts relatives' tagged words from an approved mirror harvest only while their consent to take part stands", async () => {
    const {
      consentIds: [takePart],
    } = await relativeSaid(org.organisationId, org.teamId, ['take_part'], 5, ['being_a_person', 'under_pressure']);
    const cell = async () =>
      (await org.bram.client.ok(PATTERNS, { organisationId: org.organisationId })).valuePatterns.rows.find(
        (r: { valueId: string }) => r.valueId === 'being_a_person',
      )!.cells[7].underPressure;
    expect(await cell()).toBe(5);
    await kring.sql(`UPDATE mirror_consent SET withdrawn_at = now() WHERE id = $1`, [takePart]);
    expect(await cell()).toBeNull();
  });

  it("keeps a team's patterns to those who follow the team; the organisation's are for every member", async () => {
    const joost = (await otherTeamColleague(kring, org)).client;
    const refused = await joost.request(PATTERNS, { organisationId: org.organisationId, teamId: org.teamId });
    expect(refused.errors?.[0].extensions?.code).toBe('NOT_YOUR_TEAM');
    expect((await joost.ok(PATTERNS, { organisationId: org.organisationId })).valuePatterns.level).toBe('organisation');
    expect((await org.ingrid.client.ok(PATTERNS, { organisationId: org.organisationId, teamId: org.teamId })).valuePatterns.level).toBe(
      'team',
    );
    const tooMany = await joost.request(PATTERNS, { organisationId: org.organisationId, quarterCount: 40 });
    expect(tooMany.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { quarterCount: 'Aantal kwartalen mag hoogstens 12 zijn' },
    });
  });

  it('shows the network as one whole without the reader’s own organisation, never per organisation, and only quarters in which five other organisations or more tagged', async () => {
    const [network] = await kring.sql<{ id: string }>(`INSERT INTO learning_network (name) VALUES ('Lerend netwerk Oost') RETURNING id`);
    const members = [org.organisationId];
    for (let i = 1; i <= 5; i++) members.push((await secondOrganisation(kring, `Huis ${i}`, `beheer${i}@huis.test`)).organisationId);
    await kring.sql(`UPDATE organisation SET network_id = $1 WHERE id = ANY($2)`, [network.id, members]);
    // This quarter: all six organisations tagged, Bram's own and five others; last quarter: only two.
    for (const organisationId of members)
      await taggedSession(organisationId, null, org.sanne.personId, 0, [['steering_together', 'visible_strength']]);
    for (const organisationId of members.slice(4))
      await taggedSession(organisationId, null, org.sanne.personId, 1, times(5, ['steering_together', 'open_question']));

    const { networkValuePatterns } = await org.bram.client.ok(NETWORK_PATTERNS, { networkId: network.id });
    expect(networkValuePatterns.quarters.slice(-2)).toEqual([
      { quarter: shiftQuarter(CURRENT, -1), suppressed: true },
      { quarter: CURRENT, suppressed: false },
    ]);
    const steering = networkValuePatterns.rows.find((r: { valueId: string }) => r.valueId === 'steering_together')!.cells;
    expect(steering[2]).toEqual({ visibleStrength: null, underPressure: null, openQuestion: null });
    // Five, not six: De Hoeve's own tag is left out, so Bram cannot subtract what he knows of it from the network's.
    expect(steering[3]).toEqual({ visibleStrength: 5, underPressure: null, openQuestion: null });
    expect(networkValuePatterns.ownOrganisationsLeftOut).toEqual(['Zorgboerderij De Hoeve']);
    expect(JSON.stringify(networkValuePatterns)).not.toMatch(new RegExp(members.join('|')));
    const outsider = await secondOrganisation(kring, 'Het Anker', 'kees@anker.test');
    expect((await outsider.admin.request(NETWORK_PATTERNS, { networkId: network.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('counts the value tags of beelden in mirror reports the host shared, in the direction of their finding type', async () => {
    const visitor = await secondOrganisation(kring, 'De Wilgenhof', 'beheer@wilgenhof.test');
    const networkId = await joinNetwork(kring, [org.organisationId, visitor.organisationId]);
    const visit = (visibility: 'involved' | 'organisation', reportStatus: 'draft' | 'closed' = 'closed') =>
      insertVisit(kring, {
        networkId,
        hostId: org.organisationId,
        visitorId: visitor.organisationId,
        visitDate: todayInNetherlands(),
        reportStatus,
        visibility,
      });
    const beelden = async (
      visitId: string,
      findingType: string,
      valueId: string,
      n: number,
      extra: { inReport?: boolean; deleted?: boolean } = {},
    ) => {
      for (let i = 0; i < n; i++) {
        await insertVisitNote(kring, {
          visitId,
          networkId,
          hostId: org.organisationId,
          authorId: visitor.personId,
          body: `Beeld ${i}`,
          findingType,
          valueIds: [valueId],
          ...extra,
        });
      }
    };
    const shared = await visit('organisation');
    await beelden(shared, 'touched_us', 'ordinary_surroundings', 5);
    await beelden(shared, 'rule_obstacle', 'doing_what_is_needed', 3);
    await beelden(shared, 'point_of_attention', 'doing_what_is_needed', 2);
    // Not counted: beelden left out of the report or deleted, a report the host kept to those involved, a report still in draft.
    await beelden(shared, 'touched_us', 'doing_what_is_needed', 5, { inReport: false });
    await beelden(shared, 'touched_us', 'doing_what_is_needed', 5, { deleted: true });
    await beelden(await visit('involved'), 'touched_us', 'doing_what_is_needed', 5);
    await beelden(await visit('organisation', 'draft'), 'touched_us', 'doing_what_is_needed', 5);

    const { valuePatterns } = await org.bram.client.ok(PATTERNS, { organisationId: org.organisationId });
    const cell = (id: string) => valuePatterns.rows.find((r: { valueId: string }) => r.valueId === id)!.cells[7];
    expect(cell('ordinary_surroundings')).toEqual({ visibleStrength: 5, underPressure: null, openQuestion: null });
    // A rule in the way and a point of attention both show the value under pressure; the five left out show nowhere.
    expect(cell('doing_what_is_needed')).toEqual({ visibleStrength: null, underPressure: 5, openQuestion: null });
    // A visit belongs to no team: a team's own map does not count it.
    const team = (await org.bram.client.ok(PATTERNS, { organisationId: org.organisationId, teamId: org.teamId })).valuePatterns;
    expect(team.rows.find((r: { valueId: string }) => r.valueId === 'ordinary_surroundings')!.cells[7].visibleStrength).toBeNull();
  });

  it('counts in the network only what relatives and hosts shared with the network, and in their organisation what they shared there', async () => {
    const others: Awaited<ReturnType<typeof secondOrganisation>>[] = [];
    for (let i = 1; i <= 5; i++) others.push(await secondOrganisation(kring, `Netwerkhuis ${i}`, `beheer${i}@netwerkhuis.test`));
    const networkId = await joinNetwork(kring, [org.organisationId, ...others.map((o) => o.organisationId)]);
    // Five other organisations tagged this quarter, so the network shows it.
    for (const other of others)
      await taggedSession(other.organisationId, null, org.sanne.personId, 0, [['steering_together', 'visible_strength']]);
    await relativeSaid(others[0].organisationId, null, ['take_part', 'quote_anonymously', 'share_in_organisation'], 5, [
      'being_a_person',
      'under_pressure',
    ]);
    await relativeSaid(others[1].organisationId, null, ['take_part', 'share_in_network'], 5, ['being_a_person', 'open_question']);
    await relativeSaid(others[2].organisationId, null, null, 5, ['being_a_person', 'visible_strength']);
    const visit = (visibility: 'organisation' | 'network', valueId: string) =>
      insertVisit(kring, {
        networkId,
        hostId: others[3].organisationId,
        visitorId: others[4].organisationId,
        visitDate: todayInNetherlands(),
        reportStatus: 'closed',
        visibility,
      }).then(async (visitId) => {
        for (let i = 0; i < 5; i++)
          await insertVisitNote(kring, {
            visitId,
            networkId,
            hostId: others[3].organisationId,
            authorId: others[4].personId,
            body: `Beeld ${i}`,
            valueIds: [valueId],
          });
      });
    await visit('organisation', 'ordinary_surroundings');
    await visit('network', 'doing_what_is_needed');

    const cell = (patterns: { rows: { valueId: string; cells: unknown[] }[] }, valueId: string, index: number) =>
      patterns.rows.find((r) => r.valueId === valueId)!.cells[index];
    const { networkValuePatterns } = await org.bram.client.ok(NETWORK_PATTERNS, { networkId });
    expect(networkValuePatterns.quarters[3]).toEqual({ quarter: CURRENT, suppressed: false });
    // Only the relative who agreed to share in the network; not one who agreed to the organisation, nor words nobody was named for.
    expect(cell(networkValuePatterns, 'being_a_person', 3)).toEqual({ visibleStrength: null, underPressure: null, openQuestion: 5 });
    // Only the report its host shared with the network.
    expect(cell(networkValuePatterns, 'doing_what_is_needed', 3)).toEqual({ visibleStrength: 5, underPressure: null, openQuestion: null });
    expect(cell(networkValuePatterns, 'ordinary_surroundings', 3)).toEqual({
      visibleStrength: null,
      underPressure: null,
      openQuestion: null,
    });

    // The visiting organisation wrote those beelden: in the network as it reads it, the visit it made counts no more than
    // its own sessions (the beelden it knows would give the other homes' small counts away).
    const asVisitor = (await others[4].admin.ok(NETWORK_PATTERNS, { networkId })).networkValuePatterns;
    expect(asVisitor.quarters[3]).toEqual({ quarter: CURRENT, suppressed: false });
    expect(cell(asVisitor, 'doing_what_is_needed', 3)).toEqual({ visibleStrength: null, underPressure: null, openQuestion: null });
    expect(cell(asVisitor, 'steering_together', 3)).toEqual({ visibleStrength: 5, underPressure: null, openQuestion: null });

    // In their own organisations both count.
    const own = async (i: number) => (await others[i].admin.ok(PATTERNS, { organisationId: others[i].organisationId })).valuePatterns;
    expect(cell(await own(0), 'being_a_person', 7)).toMatchObject({ underPressure: 5 });
    expect(cell(await own(2), 'being_a_person', 7)).toMatchObject({ visibleStrength: 5 });
    expect(cell(await own(3), 'ordinary_surroundings', 7)).toMatchObject({ visibleStrength: 5 });
  });

  it('hides an organisation count that, minus a team’s shown count of the same thing, would give a small count away', async () => {
    // Five quarters back, apart from the other tests: the team tagged 5 times, a session without a team 2 times more.
    const back = 5;
    const both: Tag[] = [
      ...times(5, ['being_together', 'visible_strength']),
      ...times(5, ['limited_specific_expertise', 'under_pressure']),
    ];
    await taggedSession(org.organisationId, org.teamId, org.sanne.personId, back, both);
    await taggedSession(org.organisationId, null, org.sanne.personId, back, [
      ...times(2, ['being_together', 'visible_strength']),
      ...times(2, ['limited_specific_expertise', 'under_pressure']),
    ]);
    const session = await planIncidentSession(org);
    const agree = (teamId: string | null, n: number) =>
      Promise.all(
        Array.from({ length: n }, () =>
          kring.sql(`INSERT INTO practice (organisation_id, team_id, session_id, what, created_at) VALUES ($1, $2, $3, $4, $5)`, [
            org.organisationId,
            teamId,
            session.id,
            'Voortaan vullen we een formulier in',
            dayIn(back),
          ]),
        ),
      );
    await agree(org.teamId, 5);
    await agree(null, 1);
    const read = async (teamId?: string) =>
      (await org.bram.client.ok(PATTERNS, { organisationId: org.organisationId, ...(teamId ? { teamId } : {}) })).valuePatterns;
    const at = 7 - back;
    const cell = (patterns: Awaited<ReturnType<typeof read>>) =>
      patterns.rows.find((r: { valueId: string }) => r.valueId === 'being_together')!.cells[at].visibleStrength;
    const expertise = (patterns: Awaited<ReturnType<typeof read>>) =>
      patterns.vulnerabilities.find((v: { vulnerabilityId: string }) => v.vulnerabilityId === 'limited_specific_expertise')!.count;
    const adds = (patterns: Awaited<ReturnType<typeof read>>) => patterns.internalSystems.quarters[at].addsRule;

    const team = await read(org.teamId);
    expect([cell(team), expertise(team), adds(team)]).toEqual([5, 5, 5]);
    // 7 − 5, 7 − 5 and 6 − 5 would tell the 2, 2 and 1 from outside the team.
    expect([cell(await read()), expertise(await read()), adds(await read())]).toEqual([null, null, null]);

    // Five or more outside the team: the organisation's counts may show again.
    await taggedSession(org.organisationId, null, org.sanne.personId, back, [
      ...times(3, ['being_together', 'visible_strength']),
      ...times(3, ['limited_specific_expertise', 'under_pressure']),
    ]);
    await agree(null, 4);
    const whole = await read();
    expect([cell(whole), expertise(whole), adds(whole)]).toEqual([10, 10, 10]);
  });
});
