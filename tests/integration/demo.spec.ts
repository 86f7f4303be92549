import { LOGIN, NETWORK_PATTERNS } from '../support/fixtures';
import type { TestDocuments } from '../support/documents.generated';
import { GraphqlClient, type VariablesFor } from '../support/graphql-client';
import { startTestKring, TestKring } from '../support/kring-test-app';
import { ContentGuardNames, judgeContent, residentWords, yearInNetherlands } from '@kring/domain';
import { DEMO_PEOPLE } from '../../apps/api/src/modules/demo/demo-network.data';

const LOAD = `mutation { loadDemo { accounts { email displayName roles organisationName password } } }`;

/** What a refused load must leave untouched. */
const COUNTS = `SELECT (SELECT count(*) FROM person)::int AS people, (SELECT count(*) FROM organisation)::int AS organisations, (SELECT count(*) FROM learning_network)::int AS networks`;

describe('the demo network: quick and safe', () => {
  let kring: TestKring;
  beforeAll(async () => {
    kring = await startTestKring();
  });
  afterAll(() => kring.close());

  it('refuses a Kring that holds an organisation, even without any account, and changes nothing', async () => {
    await kring.sql(`INSERT INTO organisation (name, kind) VALUES ('Echte zorgboerderij', 'care_farm')`);
    const before = await kring.sql(COUNTS);
    const refused = await new GraphqlClient(kring.url).request(LOAD);
    expect(refused.errors?.[0].extensions?.code).toBe('DEMO_NOT_EMPTY');
    expect(refused.errors?.[0].message).toMatch(/al gegevens \(1 organisaties, 0 accounts\).*Er is niets veranderd/);
    expect(await kring.sql(COUNTS)).toEqual(before);
    await kring.sql(`DELETE FROM organisation`);
  });

  it('loads into an empty Kring in seconds and lists each person once, with all their roles', async () => {
    const started = Date.now();
    const { loadDemo } = await new GraphqlClient(kring.url).ok(LOAD);
    expect(Date.now() - started).toBeLessThan(20_000);
    const emails = loadDemo.accounts.map((a: { email: string }) => a.email);
    expect(new Set(emails).size).toBe(emails.length);
    expect(emails.sort()).toEqual(DEMO_PEOPLE.map((p) => p.email).sort());
    expect(loadDemo.accounts.find((a: { email: string }) => a.email === 'lotte@kompas.demo')).toEqual({
      email: 'lotte@kompas.demo',
      displayName: 'Lotte Kramer',
      roles: ['care_worker', 'moderator'],
      organisationName: 'Gezinshuis Het Kompas',
      password: 'welkom-lotte',
    });
    expect(loadDemo.accounts.find((a: { email: string }) => a.email === 'wilma@netwerk.demo')).toMatchObject({
      roles: ['network_coordinator'],
      organisationName: 'Lerend netwerk Kleinschalig Oost',
    });
    // The printed password opens the account (hashed cheaply, as it is public anyway); a wrong one does not.
    expect(
      (await new GraphqlClient(kring.url).ok(LOGIN, { email: 'sanne@hoeve.demo', password: 'welkom-sanne' })).login.person.displayName,
    ).toBe('Sanne de Vries');
    expect(
      (await new GraphqlClient(kring.url).request(LOGIN, { email: 'sanne@hoeve.demo', password: 'welkom-bram' })).errors?.[0].extensions
        ?.code,
    ).toBe('INVALID_CREDENTIALS');
  });

  it('plans what lies ahead at a Dutch hour people meet, whatever the hour it is loaded: next week’s session in the afternoon, the mirror conversation being prepared in the evening', async () => {
    const ahead = await kring.sql<{ what: string; at: string }>(
      `SELECT 'session' AS what, to_char(scheduled_at AT TIME ZONE 'Europe/Amsterdam', 'HH24:MI') AS at FROM reflection_session WHERE status = 'planned'
       UNION ALL
       SELECT 'mirror conversation', to_char(scheduled_at AT TIME ZONE 'Europe/Amsterdam', 'HH24:MI') FROM mirror_conversation WHERE status = 'planned'
       ORDER BY 1`,
    );
    expect(ahead).toEqual([
      { what: 'mirror conversation', at: '19:30' },
      { what: 'session', at: '14:00' },
    ]);
  });

  it('holds a lived-in year: every list of every role has content, and each home page points to a real next step', async () => {
    const as = async (email: string) => {
      const client = new GraphqlClient(kring.url);
      await client.ok(LOGIN, { email, password: `welkom-${email.split('@')[0]}` });
      const { me } = await client.ok(`{ me { memberships { organisation { id } } } }`);
      // As before typing: undefined for someone without an organisation (the query then says so).
      const organisationId = me!.memberships.find((m) => m.organisation)?.organisation?.id as string;
      const lists = async () => {
        const data = await client.ok(
          `query L($o: ID!) { cases(organisationId: $o) { id } pastSessions(organisationId: $o) { id } upcomingSessions(organisationId: $o) { id status }
            practices(organisationId: $o) { id status } stories(organisationId: $o) { id checkStatus } }`,
          { o: organisationId },
        );
        return data;
      };
      const next = (await client.ok(`{ homeNextSteps { kind title } }`)).homeNextSteps as { kind: string; title: string }[];
      return { lists, next };
    };
    // Past sessions list the sessions one took part in, and a story awaiting its storyteller reaches no manager: entrepreneurs are checked on the rest.
    const lists = { care: ['cases', 'pastSessions', 'practices', 'stories'], manager: ['cases', 'practices'] } as const;
    const people = [
      ...[
        'sanne@hoeve.demo',
        'bram@hoeve.demo',
        'ahmed@lindehof.demo',
        'els@lindehof.demo',
        'lotte@kompas.demo',
        'youssef@kompas.demo',
        'sophie@werkplaats.demo',
        'martin@esch.demo',
      ].map((email) => [email, lists.care] as const),
      ...['ingrid@hoeve.demo', 'marloes@lindehof.demo', 'peter@kompas.demo', 'gerrit@werkplaats.demo', 'anouk@esch.demo'].map(
        (email) => [email, lists.manager] as const,
      ),
    ];
    for (const [email, names] of people) {
      const lists = await (await as(email)).lists();
      for (const list of names) {
        expect({ email, list, empty: lists[list].length === 0 }).toEqual({ email, list, empty: false });
      }
    }
    // Practices in every state, and the member check both done and waiting.
    const statuses = new Set<string>();
    for (const email of ['sanne@hoeve.demo', 'ahmed@lindehof.demo', 'lotte@kompas.demo'])
      for (const p of (await (await as(email)).lists()).practices) statuses.add(p.status);
    expect([...statuses].sort()).toEqual(['adopted', 'continued', 'open', 'stopped']);

    // Sanne's first step is next week's session; Els can join the live one; Ahmed has a story to check.
    expect((await as('sanne@hoeve.demo')).next[0]).toEqual({
      kind: 'prepare_session',
      title: 'Hoe houden we de kalveren van hem, nu de kudde groter wordt?',
    });
    expect((await as('els@lindehof.demo')).next[0].kind).toBe('join_session');
    expect((await as('ahmed@lindehof.demo')).next.map((s) => s.kind)).toContain('check_story');
    // The two homes that joined this year: a look-back due on a practice of their latest session, for its moderator and its entrepreneur.
    for (const email of ['sophie@werkplaats.demo', 'gerrit@werkplaats.demo', 'martin@esch.demo', 'anouk@esch.demo'])
      expect({ email, kinds: (await as(email)).next.map((s) => s.kind) }).toEqual({
        email,
        kinds: expect.arrayContaining(['look_back_on_practices']),
      });
    const sanneStories = (await (await as('sanne@hoeve.demo')).lists()).stories;
    expect(sanneStories.map((st: { checkStatus: string }) => st.checkStatus)).toEqual(['approved']);
  });

  /** Logged in as a demo person; `o` is their first organisation. */
  const login = async (email: string) => {
    const client = new GraphqlClient(kring.url);
    await client.ok(LOGIN, { email, password: `welkom-${email.split('@')[0]}` });
    const { me } = await client.ok(`{ me { memberships { organisation { id } } } }`);
    // Undefined for the network coordinator, who belongs to no organisation; her queries do not ask for one.
    const o = me!.memberships.find((m) => m.organisation)?.organisation?.id;
    // Typed by the document like client.ok; `o` goes with every document (unused by those that do not declare it).
    const q = <Q extends keyof TestDocuments>(query: Q, variables?: Omit<TestDocuments[Q]['variables'], 'o'>) =>
      client.ok(query, ...([{ o, ...variables }] as VariablesFor<Q>));
    return { client, o, q };
  };
  const networkId = async () => (await kring.sql<{ id: string }>(`SELECT id FROM learning_network`))[0].id;

  it('holds a mirror conversation per organisation, harvested with enough relatives for the mirror to show, a letter sent, and one being prepared', async () => {
    for (const email of ['ingrid@hoeve.demo', 'marloes@lindehof.demo', 'peter@kompas.demo', 'gerrit@werkplaats.demo', 'anouk@esch.demo']) {
      const { q } = await login(email);
      const { mirrorConversations } = await q(`query C($o: ID!) { mirrorConversations(organisationId: $o) { id status } }`);
      const held = mirrorConversations.find((c: { status: string }) => c.status === 'approved');
      expect({ email, held: !!held }).toEqual({ email, held: true });
      const { mirrorHarvest, mirrorLetter } = await q(
        `query H($id: ID!) { mirrorHarvest(conversationId: $id) { audience quotes { body } themes { themeId summary mirror { respondents shown phrases { phrase important experienced } } } }
          mirrorLetter(conversationId: $id) { sentAt heard } }`,
        { id: held!.id },
      );
      expect(mirrorLetter!.sentAt).not.toBeNull();
      expect(mirrorHarvest.quotes.length).toBeGreaterThan(0);
      // An entrepreneur reads as the organisation: only relatives who consented to that count, and still five or more.
      expect(mirrorHarvest.audience).toBe('organisation');
      const shown = mirrorHarvest.themes.filter((t: { mirror: { shown: boolean } }) => t.mirror.shown);
      expect(shown.length).toBeGreaterThan(0);
      for (const theme of shown) expect(theme.mirror.respondents).toBeGreaterThanOrEqual(5);
      // Something worth talking about: in every theme a phrase five people share, and somewhere one that five
      // find important but fewer experience, or the other way round.
      type Phrase = { important: number | null; experienced: number | null };
      const phrases: Phrase[][] = shown.map((t: { mirror: { phrases: Phrase[] } }) => t.mirror.phrases);
      for (const list of phrases) expect(list.some((p) => p.important !== null || p.experienced !== null)).toBe(true);
      expect(phrases.flat().some((p) => (p.important === null) !== (p.experienced === null))).toBe(true);
    }
    const ahmed = await login('ahmed@lindehof.demo');
    const { mirrorConversations } = await ahmed.q(`query C($o: ID!) { mirrorConversations(organisationId: $o) { id status } }`);
    const planned = mirrorConversations.find((c: { status: string }) => c.status === 'planned');
    const { mirrorConversation } = await ahmed.q(
      `query P($id: ID!) { mirrorConversation(conversationId: $id) { questions { body } learningWishes { body } readiness { invited saidYes } } }`,
      {
        id: planned!.id,
      },
    );
    expect(mirrorConversation.questions.length).toBeGreaterThan(0);
    expect(mirrorConversation.learningWishes.length).toBeGreaterThan(0);
    expect(mirrorConversation.readiness).toEqual({ invited: 3, saidYes: 0 });
  });

  it('holds a round of peer visits with reports shared at different levels, check-ins, a network harvest and a lens in two versions', async () => {
    const n = await networkId();
    const wilma = await login('wilma@netwerk.demo');
    const { networkHarvest, networkLens } = await wilma.client.ok(
      `query N($n: ID!) { networkHarvest(networkId: $n) { sharedVisits tables { rows { itemId } } ruleObstacles { text } checkins { topic texts } }
        networkLens(networkId: $n) { versions { version } proposals { status } } }`,
      { n },
    );
    expect(networkHarvest.sharedVisits).toBeGreaterThanOrEqual(5);
    expect(networkHarvest.tables.some((t: { rows: unknown[] }) => t.rows.length > 0)).toBe(true);
    expect(networkHarvest.ruleObstacles!.length).toBeGreaterThanOrEqual(5);
    // Check-ins shared from five visits or more are shown; a topic shared from fewer stays suppressed.
    const checkin = (topic: string) => networkHarvest.checkins.find((c: { topic: string }) => c.topic === topic)!.texts;
    expect(checkin('rules_and_contracts')!.length).toBeGreaterThanOrEqual(5);
    expect(checkin('staying_small')).toBeNull();
    expect(networkLens.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    // One proposal taken up in version 2, one still waiting for the coordinator (her next step on the home page).
    expect(networkLens.proposals.map((p: { status: string }) => p.status)).toEqual(['open', 'adopted']);
    expect((await wilma.client.ok(`{ homeNextSteps { kind title } }`)).homeNextSteps[0]).toEqual({
      kind: 'decide_lens_proposal',
      title: 'Gezinshuis Het Kompas',
    });

    // The round that proposed the first visits is dated before them, not today.
    const [round] = await kring.sql<{ before: boolean }>(
      `SELECT bool_and(r.created_at < v.created_at AND p.decided_at < v.created_at) AS before
       FROM matching_round r JOIN visit_proposal p ON p.round_id = r.id JOIN peer_visit v ON v.proposal_id = p.id`,
    );
    expect(round).toEqual({ before: true });

    const levels = new Set<string>();
    // The first year's three visited and hosted each other, and returned each visit; the two that joined this year
    // were matched as a pair in a round of their own.
    const closedPerEntrepreneur = {
      'ingrid@hoeve.demo': 4,
      'marloes@lindehof.demo': 4,
      'peter@kompas.demo': 4,
      'gerrit@werkplaats.demo': 2,
      'anouk@esch.demo': 2,
    };
    for (const [email, count] of Object.entries(closedPerEntrepreneur)) {
      const { q } = await login(email);
      const { peerVisitOverview } = await q(`query V($o: ID!) { peerVisitOverview(organisationId: $o) { visits { id reportStatus } } }`);
      const closed = peerVisitOverview.visits.filter((v: { reportStatus: string }) => v.reportStatus === 'closed');
      expect({ email, closed: closed.length }).toEqual({ email, closed: count });
      for (const visit of closed) {
        const [row] = await kring.sql<{ report_visibility: string }>(`SELECT report_visibility FROM peer_visit WHERE id = $1`, [visit.id]);
        levels.add(row.report_visibility);
      }
      const checkins = await kring.sql<{ count: number }>(
        `SELECT count(*)::int AS count FROM entrepreneur_checkin_note c JOIN person p ON p.id = c.author_id WHERE p.email = $1`,
        [email],
      );
      expect(checkins[0].count).toBeGreaterThan(0);
    }
    expect([...levels].sort()).toEqual(['network', 'organisation']);
    // What a host tells its visitors beforehand speaks of its own people in its own word: a farm's and a day centre's
    // "deelnemers", a family home's "jongeren", never another home's "bewoners".
    const hostNotes = await kring.sql<{ notes: string; term: string }>(
      `SELECT lower(v.practical_notes || ' ' || v.privacy_notes) AS notes, o.resident_term AS term
       FROM peer_visit v JOIN organisation o ON o.id = v.organisation_id WHERE v.privacy_notes <> ''`,
    );
    expect(new Set(hostNotes.map((h) => h.term))).toEqual(new Set(['deelnemer', 'bewoner', 'jongere']));
    for (const { notes, term } of hostNotes) {
      const own = residentWords(term, 'nl').residents;
      const others = ['bewoners', 'deelnemers', 'jongeren'].filter((word) => word !== own);
      expect({ term, own: notes.includes(own), others: others.filter((word) => notes.includes(word)) }).toEqual({
        term,
        own: true,
        others: [],
      });
    }
    const ingrid = await login('ingrid@hoeve.demo');
    const { peerVisitOverview } = await ingrid.q(
      `query V($o: ID!) { peerVisitOverview(organisationId: $o) { visits { status reportStatus } } }`,
    );
    expect(peerVisitOverview.visits.some((v: { status: string }) => v.status === 'preparing')).toBe(true);
  });

  it('shares library items with the network and shows value patterns worth talking about', async () => {
    const n = await networkId();
    const els = await login('els@lindehof.demo');
    const { networkLibrarySearch } = await els.client.ok(
      `query S($n: ID!) { networkLibrarySearch(input: { networkId: $n }) { hits { title } } }`,
      { n },
    );
    expect(networkLibrarySearch.hits.length).toBeGreaterThanOrEqual(3);

    const marloes = await login('marloes@lindehof.demo');
    const patterns = `query P($o: ID!, $team: ID) { valuePatterns(organisationId: $o, quarterCount: 4, teamId: $team) { quarters { quarter }
        rows { valueId cells { visibleStrength underPressure } } internalSystems { raised riskTagged } } }`;
    // De Lindehof has one team; Marloes, its entrepreneur, follows every team.
    const [{ id: teamId }, ...others] = await kring.sql<{ id: string }>(`SELECT id FROM team WHERE organisation_id = $1`, [marloes.o]);
    expect(others).toEqual([]);
    const { valuePatterns } = await marloes.q(patterns, { team: teamId });
    expect(valuePatterns.internalSystems).toMatchObject({ raised: true, riskTagged: true });
    // "Thuis voelen" is a visible strength early in the year and under pressure late in it, in her team: both shown (five
    // or more). Read in the team: the whole organisation's count of a cell is hidden where it is the team's plus one to
    // four from outside any team (a visit's beelden), which the two side by side would give away (besideTeams).
    const home = valuePatterns.rows.find((r: { valueId: string }) => r.valueId === 'feeling_at_home')!.cells;
    expect(home[0].visibleStrength).toBeGreaterThanOrEqual(5);
    expect(home[home.length - 1].underPressure).toBeGreaterThanOrEqual(5);
    // Side by side, the whole organisation's count of every cell is either hidden or leaves nought or five or more beside
    // the team's: no small number between the two.
    const whole = (await marloes.q(patterns, {})).valuePatterns;
    whole.rows.forEach((row: { cells: { visibleStrength: number | null; underPressure: number | null }[] }, r: number) =>
      row.cells.forEach((cell, q) =>
        (['visibleStrength', 'underPressure'] as const).forEach((field) => {
          const rest = cell[field] === null ? 0 : cell[field]! - (valuePatterns.rows[r].cells[q][field] ?? 0);
          expect(rest === 0 || rest >= 5).toBe(true);
        }),
      ),
    );
  });

  it('shows the coordinator the network’s patterns in the two quarters all five homes tagged values, and leaves the others out; a member, who counts only the other homes, sees every quarter left out', async () => {
    const n = await networkId();
    // The network's shared values reflections (DEMO_NETWORK_PATTERN_SESSIONS) fall in the two quarters before the
    // current one: there all five homes tagged values. In the current one and the oldest, De Lindehof did and fewer
    // than five in all (demo-visits.data.ts, DEMO_JOINED_ROUND): left out, not shown as empty.
    const wilma = await login('wilma@netwerk.demo');
    const { networkValuePatterns: network } = await wilma.client.ok(NETWORK_PATTERNS, { networkId: n });
    expect(network.ownOrganisationsLeftOut).toEqual([]);
    expect(network.quarters.map((q) => q.suppressed)).toEqual([true, false, false, true]);
    for (const { quarter } of network.quarters.slice(1, 3)) {
      const [tagged] = await kring.sql<{ organisations: number }>(
        `SELECT count(DISTINCT rs.organisation_id)::int AS organisations FROM session_tag st JOIN reflection_session rs ON rs.id = st.session_id
         WHERE to_char(rs.scheduled_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-"Q"Q') = $1`,
        [quarter],
      );
      expect({ quarter, ...tagged }).toEqual({ quarter, organisations: 5 });
    }
    // Together, never per home, and five or more per cell: "thuis voelen" a visible strength, then under pressure;
    // "samen-sturen" strong in both. A quarter left out shows no count at all.
    const cells = (valueId: string) => network.rows.find((r) => r.valueId === valueId)!.cells;
    expect(cells('feeling_at_home')[1].visibleStrength).toBeGreaterThanOrEqual(5);
    expect(cells('feeling_at_home')[2].underPressure).toBeGreaterThanOrEqual(5);
    expect(
      cells('steering_together')
        .slice(1, 3)
        .map((c) => (c.visibleStrength ?? 0) >= 5),
    ).toEqual([true, true]);
    const counts = (quarter: number) => network.rows.flatMap((r) => Object.values(r.cells[quarter]));
    expect([...counts(0), ...counts(3)].every((count) => count === null)).toBe(true);

    // A member of one of the five reads the network without their own home (NetworkOthers): four homes at most, too few
    // in every quarter, so their page says "te weinig organisaties" in each of these quarters.
    const ingrid = await login('ingrid@hoeve.demo');
    const { networkValuePatterns: others } = await ingrid.client.ok(
      `query W($n: ID!) { networkValuePatterns(networkId: $n, quarterCount: 4) { quarters { suppressed } } }`,
      { n },
    );
    expect(others.quarters.map((q) => q.suppressed)).toEqual([true, true, true, true]);
  });

  it('shows the coordinator the network’s year overview with figures: five organisations showed something in the year', async () => {
    // The demo's year runs up to today: the calendar year holding most of it is the one of half a year ago (each home
    // has activity on both sides of that day, so it counts whatever day the demo is loaded).
    const year = yearInNetherlands(new Date(Date.now() - 182 * 24 * 3600_000));
    const wilma = await login('wilma@netwerk.demo');
    const overview = (
      await wilma.client.ok(
        `query Y($n: ID!, $year: Int!) { networkYearOverview(networkId: $n, year: $year) { organisations sessionsHeld sessionsByMethod { label } } }`,
        { n: await networkId(), year },
      )
    ).networkYearOverview as { organisations: number; sessionsHeld: number | null; sessionsByMethod: { label: string }[] };
    // With fewer than five the overview would hold no figures at all (tooFewOrganisations): sessionsHeld null, no methods.
    expect(overview.organisations).toBe(5);
    expect(overview.sessionsHeld).not.toBeNull();
    expect(overview.sessionsByMethod.length).toBeGreaterThan(0);
  });

  it('has an own method at De Hoeve, made with the method builder from a shipped one, and a session of the year that used it', async () => {
    const mirjam = await login('mirjam@hoeve.demo');
    const { methods } = await mirjam.q(`query M($o: ID!) { methods(organisationId: $o) { id custom version basedOn { id } name { nl } } }`);
    const own = methods.filter((m: { custom: boolean }) => m.custom);
    // Copied (version 1), then adapted and saved again (version 2), as the builder does.
    expect(own).toEqual([
      {
        id: expect.any(String),
        custom: true,
        version: 2,
        basedOn: { id: 'incident_method' },
        name: { nl: 'Korte incidentbespreking (Hoeve)' },
      },
    ]);
    const { methodVersions } = await mirjam.q(
      `query V($o: ID!, $m: ID!) { methodVersions(organisationId: $o, methodId: $m) { version } }`,
      {
        m: own[0].id,
      },
    );
    expect(methodVersions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    const { pastSessions } = await mirjam.q(`query P($o: ID!) { pastSessions(organisationId: $o) { method { id version } } }`);
    expect(pastSessions.map((s: { method: unknown }) => s.method)).toContainEqual({ id: own[0].id, version: 2 });
  });

  it('stores no identifying detail in any text column: the content guard finds nothing in demo text', async () => {
    // Every text column of the database (read from its catalogue, so a new column is judged too), except
    // those that hold a name or an address on purpose, or no free text at all.
    const exempt = new Set([
      'person.display_name',
      'person.email',
      'organisation.name',
      // The complaints officer every escalation prompt points to, by name and contact, on purpose.
      'organisation.complaints_officer_name',
      'organisation.complaints_officer_contact',
      'learning_network.name',
      'location.name',
      'location.place',
      'team.name',
      'mirror_participant.display_name',
      'peer_visit_member.display_name',
      'outbox_mail.to_address',
      // A throttle's key is a hash (throttleKey) of an address or a link: random characters that once read as a postcode.
      'throttle_counter.key',
    ]);
    const columns = await kring.sql<{ table_name: string; column_name: string; data_type: string }>(
      `SELECT table_name, column_name, data_type FROM information_schema.columns
       WHERE table_schema = 'public' AND (data_type IN ('text', 'character varying') OR (data_type = 'ARRAY' AND udt_name IN ('_text', '_varchar')))`,
    );
    const names: ContentGuardNames = {
      people: (
        await kring.sql<{ name: string }>(
          `SELECT display_name AS name FROM person UNION SELECT display_name FROM mirror_participant UNION SELECT display_name FROM peer_visit_member WHERE display_name <> ''`,
        )
      ).map((r) => r.name),
    };
    const findings: { column: string; text: string; kinds: string[] }[] = [];
    let judged = 0;
    for (const { table_name, column_name, data_type } of columns) {
      const column = `${table_name}.${column_name}`;
      // A device's idempotency key or a stored hash is random characters, never text about anyone.
      if (exempt.has(column) || column_name === 'client_key' || column_name.endsWith('_hash')) continue;
      const value = data_type === 'ARRAY' ? `unnest("${column_name}")` : `"${column_name}"`;
      const rows = await kring.sql<{ text: string }>(`SELECT DISTINCT ${value} AS text FROM "${table_name}"`);
      for (const { text } of rows) {
        if (!text) continue;
        judged += 1;
        const verdict = judgeContent([{ field: column, text, pseudonym: false }], names);
        if (verdict.kind !== 'clean') findings.push({ column, text, kinds: verdict.findings.map((f) => f.kind) });
      }
    }
    expect(judged).toBeGreaterThan(300);
    expect(findings).toEqual([]);
  });

  it('tells De Hoeve’s year in a quality report that reads well: every heading filled with the demo, in Dutch, small numbers as "minder dan 5"', async () => {
    // The demo's year runs up to today: the calendar year holding most of it is the one of half a year ago.
    const year = yearInNetherlands(new Date(Date.now() - 182 * 24 * 3600_000));
    const ingrid = await login('ingrid@hoeve.demo');
    const { qualityReport: report, qualityReportMarkdown: markdown } = await ingrid.q(
      `query R($o: ID!, $year: Int!) { qualityReport(organisationId: $o, year: $year) { sessionsHeld mirrorConversationsHeld visitsHosted visitsMade
        participantsByRole { label count } mirrorParticipants { label count }
        chapters { number title passages { heading paragraphs quotes leftOut } } chaptersWithoutInput }
        qualityReportMarkdown(organisationId: $o, year: $year) }`,
      { year },
    );
    type Passage = { heading: string; paragraphs: string[]; quotes: string[]; leftOut: string[] };
    const passages = report.chapters.flatMap((c) => c.passages.map((p) => ({ where: `${c.number}. ${c.title} / ${p.heading}`, ...p })));
    // The year is in it, and every strand of learning has something of the demo under its heading, not only what is left out.
    expect([report.sessionsHeld, report.mirrorConversationsHeld, report.visitsHosted, report.visitsMade].every((n) => n > 0)).toBe(true);
    expect(report.chapters.find((c: { number: number }) => c.number === 4)!.passages.map((p: Passage) => p.heading)).toEqual([
      'Wat we leerden',
      'Wat we probeerden en hoe het ging',
      'Wat naasten ons vertelden',
      'Wat collega’s ons spiegelden',
      'Verhalen',
    ]);
    expect(passages.filter((p) => p.paragraphs.length === 0 && p.quotes.length === 0).map((p) => p.where)).toEqual([]);

    // The Markdown export, as an organisation pastes it into its report: no heading without text under it.
    const lines = markdown.split('\n').filter((line) => line.trim() !== '');
    const level = (line: string) => /^(#+) /.exec(line)?.[1].length ?? 0;
    const emptyHeadings = lines.filter(
      (line, i) => level(line) > 0 && (i === lines.length - 1 || (level(lines[i + 1]) > 0 && level(lines[i + 1]) <= level(line))),
    );
    expect(emptyHeadings).toEqual([]);

    const text = [...passages.flatMap((p) => [p.heading, ...p.paragraphs, ...p.quotes, ...p.leftOut]), markdown].join('\n');
    expect(text.match(/undefined|null|NaN|\[object/g)).toBeNull();
    // No "0 sessies" beside a year of sessions, and no English slipping into the Dutch report.
    expect(text.match(/\b0 (?:reflectiesessies|sessies|spiegelgesprekken|visitaties|werkwijzen|verhalen|keer)\b/g)).toBeNull();
    expect(text.match(/\b(?:the|and|sessions|visits|practices|fewer than)\b/gi)).toBeNull();
    // People counted per role: fewer than five is said as such, in the data and in the text, never as the number.
    for (const { label, count } of [...report.participantsByRole, ...report.mirrorParticipants])
      expect({ label, count: count === null || count >= 5 }).toEqual({ label, count: true });
    const whoTookPart = passages
      .flatMap((p) => p.paragraphs)
      .filter((line) => line.includes('Wie meedeed'))
      .map((line) => line.slice(line.indexOf('Wie meedeed')));
    expect(whoTookPart.length).toBeGreaterThanOrEqual(2);
    for (const line of whoTookPart) expect({ line, small: /\([1-4]\)/.test(line) }).toEqual({ line, small: false });
    expect(whoTookPart.join(' ')).toContain('(minder dan 5)');
  });

  it('refuses a second load, and the demo stays as it was', async () => {
    const before = await kring.sql(COUNTS);
    const refused = await new GraphqlClient(kring.url).request(LOAD);
    expect(refused.errors?.[0].extensions?.code).toBe('DEMO_NOT_EMPTY');
    expect(await kring.sql(COUNTS)).toEqual(before);
  });
});
