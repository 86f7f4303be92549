import { reportYears, SHIPPED_METHODS, TOO_FEW_ORGANISATIONS_IN_YEAR, todayInNetherlands, yearInNetherlands } from '@kring/domain';
import { extractText } from '../../apps/api/src/engine/documents/pdf-text.testing';
import {
  insertConversation,
  insertRelative,
  insertVisit,
  insertVisitNote,
  joinNetwork,
  loggedInCoordinator,
  organisationsThatShowedSomething,
} from '../support/activity-rows';
import { secondOrganisation } from '../support/fixtures';
import { GraphqlClient } from '../support/graphql-client';
import { startTestKring, TestKring } from '../support/kring-test-app';
import { planIncidentSession, teamWithPeople } from '../support/session-fixtures';
import { savedAfterConfirming } from '../support/confirm-findings';

const REPORT = `query Q($id: ID!, $year: Int!) { qualityReport(organisationId: $id, year: $year) {
  organisationName year sessionsHeld sessionsByMethod { label count } mirrorConversationsHeld visitsHosted visitsMade visitsNotShared
  participantsByRole { label count } mirrorParticipants { label count } insights { text methodName }
  practicesByStatus { label count } practices { what teamName source statusLabel lastReview }
  relativesVoice { theme themes { theme summary } quotes }
  visits { focusQuestion summary hostReflection responses { topic body } findings { label count } practicesChosen }
  chapters { number title passages { heading paragraphs quotes leftOut } } chaptersWithoutInput } }`;
const MARKDOWN = `query M($id: ID!, $year: Int!) { qualityReportMarkdown(organisationId: $id, year: $year) }`;
const OVERVIEW = `query O($id: ID!, $year: Int!) { networkYearOverview(networkId: $id, year: $year) {
  networkName organisations minimumGroupSize sessionsHeld sessionsHeldHidden sessionsByMethod { label count countHidden } participantsByRole { label count }
  mirrorConversationsHeld relativesVoiceThemes { label count } networkQuotes visitsHeld practicesByStatus { label count }
  visitHarvest { title periods rows { label counts } } } }`;
const OVERVIEW_MARKDOWN = `query M($id: ID!, $year: Int!) { networkYearOverviewMarkdown(networkId: $id, year: $year) }`;
const YEARS = `query Y($id: ID!, $year: Int!) { qualityReport(organisationId: $id, year: $year) { firstYear } }`;
const NETWORK_YEARS = `query Y($id: ID!, $year: Int!) { networkYearOverview(networkId: $id, year: $year) { firstYear } }`;
const COPY_METHOD = `mutation M($id: ID!, $name: String!) { copyMethod(organisationId: $id, methodId: "incident_method", newName: $name) { id } }`;

const year = yearInNetherlands();
const inYear = (month: number, day = 15) => new Date(Date.UTC(year, month - 1, day, 10));
/** Visits count once their day has come; today is in this year whenever the test runs. */
const today = todayInNetherlands();

describe('quality-report input and the network year overview', () => {
  let kring: TestKring;
  let org: Awaited<ReturnType<typeof teamWithPeople>>;
  let other: Awaited<ReturnType<typeof secondOrganisation>>;
  let networkId: string;
  let coordinator: GraphqlClient;

  /** A session that was held this year (the live room is not what is tested here). */
  async function heldSession(methodId: string, month: number) {
    const session = await planIncidentSession(org, { methodId });
    await kring.sql(`UPDATE reflection_session SET status = 'closed', started_at = $2, ended_at = $2 WHERE id = $1`, [
      session.id,
      inYear(month),
    ]);
    return session.id as string;
  }

  beforeAll(async () => {
    kring = await startTestKring();
    org = await teamWithPeople(kring);
    other = await secondOrganisation(kring);
    networkId = await joinNetwork(kring, [org.organisationId, other.organisationId]);
    await org.ingrid.client.ok(
      `mutation R($id: ID!) { addResidentRegisterEntry(input: { organisationId: $id, pseudonym: "Mevrouw R.", watchNames: ["Rietje Bakker"] }) { id } }`,
      {
        id: org.organisationId,
      },
    );

    // Five incident-method sessions and one dilemma session held this year; the first has an approved report.
    const first = await heldSession('incident_method', 2);
    for (const month of [3, 4, 5, 6]) await heldSession('incident_method', month);
    const unapproved = await heldSession('dilemma_method', 7);
    await org.sanne.client.ok(
      `mutation H($id: ID!) { addHarvestItem(input: { sessionId: $id, kind: insight, body: "Nog niet goedgekeurd" }) { items { id } } }`,
      { id: unapproved },
    );
    // The author confirmed the name (a register name: by its id, once the refusal showed it); the report must still mask it.
    await savedAfterConfirming(
      org.sanne.client,
      `mutation H($input: AddHarvestItemInput!) { addHarvestItem(input: $input) { items { id } } }`,
      {
        input: { sessionId: first, kind: 'insight', body: 'Vraag Rietje eerst wat zij zelf wil, voordat we iets regelen.' },
      },
    );
    await org.sanne.client.ok(
      `mutation H($id: ID!) { addHarvestItem(input: { sessionId: $id, kind: memo, body: "Alleen voor mij" }) { items { id } } }`,
      { id: first },
    );
    const practice = (
      await org.sanne.client.ok(
        `mutation P($id: ID!) { addPractice(input: { sessionId: $id, what: "Samen koken op zondag", who: "Bram en Fatima" }) { practices { id } } }`,
        { id: first },
      )
    ).addPractice.practices[0];
    await kring.sql(`UPDATE practice SET status = 'adopted' WHERE id = $1`, [practice.id]);
    await kring.sql(`UPDATE reflection_session SET report_approved_at = started_at WHERE id = $1`, [first]);
    await kring.sql(
      `INSERT INTO practice_review (organisation_id, practice_id, body, status, author_id) VALUES ($1, $2, 'Iedereen eet beter mee', 'adopted', $3)`,
      [org.organisationId, practice.id, org.sanne.personId],
    );

    // A mirror conversation whose harvest was approved this year, with three relatives who consent differently.
    const conversationId = await insertConversation(kring, {
      organisationId: org.organisationId,
      teamId: org.teamId,
      moderatorId: org.sanne.personId,
      scheduledAt: inYear(3),
      status: 'approved',
      theme: 'Voelt uw naaste zich hier thuis?',
      themes: [{ themeId: 'being_at_home', summary: 'Naasten zien dat het gewone leven doorgaat.' }],
    });
    await insertRelative(kring, {
      organisationId: org.organisationId,
      conversationId,
      name: 'Anna Visser',
      pseudonym: 'Naaste A',
      scopes: ['take_part', 'quote_anonymously', 'share_in_organisation', 'share_in_network'],
      statements: [{ body: 'Mijn moeder mag hier gewoon zichzelf zijn.', inHarvest: true }],
    });
    await insertRelative(kring, {
      organisationId: org.organisationId,
      conversationId,
      name: 'Kees Smit',
      pseudonym: 'Naaste B',
      scopes: ['take_part', 'quote_anonymously'],
      statements: [{ body: 'Alleen voor het team bedoeld.', inHarvest: true }],
    });
    const withdrawn = await insertRelative(kring, {
      organisationId: org.organisationId,
      conversationId,
      name: 'Lies de Boer',
      pseudonym: 'Naaste C',
      scopes: ['take_part', 'quote_anonymously', 'share_in_organisation'],
      statements: [{ body: 'Dit citaat is ingetrokken.', inHarvest: true }],
    });
    await kring.sql(`UPDATE mirror_consent SET withdrawn_at = now() WHERE participant_id = $1 AND scope = 'share_in_organisation'`, [
      withdrawn,
    ]);
    await kring.sql(`UPDATE mirror_statement SET theme_ids = '{being_at_home}' WHERE body = 'Mijn moeder mag hier gewoon zichzelf zijn.'`);

    // Two stories approved this year: one its teller shares with everyone, one only within the organisation. The teller
    // has no account; her first name stayed in the text past the guard's warning.
    for (const [title, audiences] of [
      ['Het vaste plekje van meneer K.', ['team', 'organisation', 'public']],
      ['Een avond die misging', ['team', 'organisation']],
    ] as const) {
      const [story] = await kring.sql<{ id: string }>(
        `INSERT INTO story (organisation_id, team_id, author_id, title, body, storyteller_name, check_status, revision, approved_revision, approved_at)
         VALUES ($1, $2, $3, $4, 'Hij zit graag bij het raam met Truus, daar ziet hij de koeien.', 'Truus Hendriks', 'approved', 1, 1, $5) RETURNING id`,
        [org.organisationId, org.teamId, org.sanne.personId, title, inYear(5)],
      );
      for (const audience of audiences) {
        await kring.sql(`INSERT INTO story_consent (organisation_id, story_id, audience, given_via) VALUES ($1, $2, $3, 'link')`, [
          org.organisationId,
          story.id,
          audience,
        ]);
      }
    }

    // Peer visits: one hosted and shared with the organisation, one kept within the team, one made elsewhere.
    const shared = await insertVisit(kring, {
      networkId,
      hostId: org.organisationId,
      visitorId: other.organisationId,
      visitDate: today,
      reportStatus: 'closed',
      visibility: 'organisation',
      focusQuestion: 'Hoe houden we de avonden rustig?',
      summary: 'Een huis waar het contact voor de taken gaat.',
      hostReflection: 'We willen de avondroutine samen met Rietje Bakker herzien.',
    });
    await kring.sql(
      `INSERT INTO peer_visit_mirror_response (visit_id, network_id, organisation_id, topic_kind, topic_id, body) VALUES ($1, $2, $3, 'question', 'is_care_good', 'Ja, maar de avonden vragen aandacht.')`,
      [shared, networkId, org.organisationId],
    );
    await kring.sql(
      `INSERT INTO peer_visit_mirror_response (visit_id, network_id, organisation_id, topic_kind, topic_id, body) VALUES
         ($1, $2, $3, 'focus', 'focus', 'We beginnen de avond met een vast ritueel.'),
         ($1, $2, $3, 'theme', 'care_staff', 'De nachtdienst voelt zich alleen staan.')`,
      [shared, networkId, org.organisationId],
    );
    await insertVisitNote(kring, {
      visitId: shared,
      networkId,
      hostId: org.organisationId,
      authorId: other.personId,
      body: 'Koffie aan de keukentafel',
      findingType: 'touched_us',
    });
    await insertVisitNote(kring, {
      visitId: shared,
      networkId,
      hostId: org.organisationId,
      authorId: other.personId,
      body: 'Losgelaten',
      findingType: 'suggestion',
      inReport: false,
    });
    await insertVisit(kring, {
      networkId,
      hostId: org.organisationId,
      visitorId: other.organisationId,
      visitDate: today,
      reportStatus: 'closed',
      visibility: 'team',
      summary: 'Geheim voor het team',
    });
    await insertVisit(kring, {
      networkId,
      hostId: other.organisationId,
      visitorId: org.organisationId,
      visitDate: today,
      reportStatus: 'closed',
      visibility: 'organisation',
      summary: 'Rapport van de ander',
    });

    coordinator = await loggedInCoordinator(kring, networkId);
  });
  afterAll(() => kring.close());

  it('gives managers the year in counts and stories: no names, no scores, relatives only with their consent', async () => {
    const { qualityReport: report } = await org.ingrid.client.ok(REPORT, { id: org.organisationId, year });
    expect(report).toMatchObject({
      organisationName: 'Zorgboerderij De Hoeve',
      year,
      sessionsHeld: 6,
      sessionsByMethod: [
        { label: 'Incidentmethode', count: 5 },
        { label: 'Dilemmamethode (moreel beraad)', count: 1 },
      ],
      mirrorConversationsHeld: 1,
      visitsHosted: 2,
      visitsMade: 1,
      visitsNotShared: 1,
    });
    // Sanne moderated every session, Bram and Fatima took part: counted by role, without names, and one or two
    // people in a role point at them, so the counts are suppressed (the one small-number rule), here and in the text.
    expect(report.participantsByRole).toEqual([
      { label: 'Gespreksleider', count: null },
      { label: 'Begeleider', count: null },
    ]);
    expect(report.mirrorParticipants).toEqual([{ label: 'Naaste', count: null }]);
    // Only insights of approved reports, with the resident's real name masked; memos never.
    expect(report.insights).toEqual([
      { text: 'Vraag [naam] eerst wat zij zelf wil, voordat we iets regelen.', methodName: 'Incidentmethode' },
    ]);
    expect(report.practices).toEqual([
      {
        what: 'Samen koken op zondag',
        teamName: 'Team wonen',
        source: 'Reflectiebijeenkomst',
        statusLabel: 'Vaste werkwijze geworden',
        lastReview: 'Iedereen eet beter mee',
      },
    ]);
    expect(report.relativesVoice).toEqual([
      {
        theme: 'Voelt uw naaste zich hier thuis?',
        themes: [{ theme: 'Je thuis voelen', summary: 'Naasten zien dat het gewone leven doorgaat.' }],
        quotes: ['Mijn moeder mag hier gewoon zichzelf zijn.'],
      },
    ]);
    expect(report.visits).toEqual([
      {
        focusQuestion: 'Hoe houden we de avonden rustig?',
        summary: 'Een huis waar het contact voor de taken gaat.',
        hostReflection: 'We willen de avondroutine samen met [naam] herzien.',
        // The host's answer to the focus question is labelled as an answer: the question itself is the "Focusvraag".
        responses: [
          { topic: 'Antwoord op de focusvraag', body: 'We beginnen de avond met een vast ritueel.' },
          { topic: 'Is de zorg goed?', body: 'Ja, maar de avonden vragen aandacht.' },
          { topic: 'Zorgpersoneel', body: 'De nachtdienst voelt zich alleen staan.' },
        ],
        findings: [{ label: 'Wat ons raakte / sterk punt', count: 1 }],
        practicesChosen: 0,
      },
    ]);
    const text = JSON.stringify(report);
    for (const secret of [
      'Een avond die misging',
      'Bram',
      'Fatima',
      'Sanne',
      'Anna',
      'Kees',
      'Alleen voor het team',
      'ingetrokken',
      'Geheim voor het team',
      'Rapport van de ander',
      'Alleen voor mij',
      'Losgelaten',
      'Rietje',
      'Nog niet goedgekeurd',
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it('tells the year as a narrative per chapter of the Kwaliteitskader, with counts as context and what is left out and why', async () => {
    const { qualityReport: report } = await org.ingrid.client.ok(REPORT, { id: org.organisationId, year });
    const chapter = (n: number) => report.chapters.find((c: { number: number }) => c.number === n);
    const passage = (n: number, heading: string) => chapter(n)!.passages.find((p: { heading: string }) => p.heading === heading)!;
    expect(report.chapters.map((c: { number: number; title: string }) => `${c.number}. ${c.title}`)).toEqual([
      '2. Wonen en welzijn',
      '4. Leren en werken aan kwaliteit',
      '6. Personeelssamenstelling',
    ]);
    expect(report.chaptersWithoutInput).toEqual([
      '1. Persoonsgerichte zorg en ondersteuning',
      '3. Veiligheid',
      '5. Leiderschap, governance en management',
      '7. Gebruik van hulpbronnen',
      '8. Gebruik van informatie',
    ]);
    expect(chapter(4)!.passages.map((p: { heading: string }) => p.heading)).toEqual([
      'Wat we leerden',
      'Wat we probeerden en hoe het ging',
      'Wat naasten ons vertelden',
      'Wat collega’s ons spiegelden',
      'Verhalen',
    ]);

    const learned = passage(4, 'Wat we leerden');
    expect(learned.paragraphs[0]).toBe(
      `In ${year} hielden we 6 reflectiesessies: Incidentmethode (5) en Dilemmamethode (moreel beraad) (1). Wie meedeed, zonder namen en per rol geteld (wie meerdere rollen heeft, telt bij elke rol): gespreksleider (minder dan 5) en begeleider (minder dan 5).`,
    );
    expect(learned.paragraphs).toContainEqual(
      expect.stringMatching(/^Vraag \[naam\] eerst wat zij zelf wil, voordat we iets regelen\. \(Incidentmethode, \d+ februari \d{4}\)$/),
    );
    expect(learned.leftOut).toEqual([
      'Van 5 reflectiesessies is het verslag nog niet goedgekeurd door de gespreksleider; de leerpunten daarvan staan hier (nog) niet.',
    ]);

    expect(passage(4, 'Wat we probeerden en hoe het ging').paragraphs).toEqual([
      'We probeerden 1 nieuwe werkwijze uit: vaste werkwijze geworden (1).',
      'Samen koken op zondag (Team wonen, Reflectiebijeenkomst): vaste werkwijze geworden. Hoe ging het: Iedereen eet beter mee',
    ]);

    // What relatives said about feeling at home is told under living and wellbeing, with the quote of the one relative who consents.
    expect(passage(2, 'Wat naasten ons vertelden')).toEqual({
      heading: 'Wat naasten ons vertelden',
      paragraphs: [
        expect.stringMatching(
          /^In het spiegelgesprek “Voelt uw naaste zich hier thuis\?” \(.+\), over je thuis voelen: Naasten zien dat het gewone leven doorgaat\.$/,
        ),
      ],
      quotes: ['Mijn moeder mag hier gewoon zichzelf zijn.'],
      leftOut: [],
    });
    const relatives = passage(4, 'Wat naasten ons vertelden');
    expect(relatives.paragraphs[0]).toBe(
      'We hielden 1 spiegelgesprek met naasten en bewoners. Wie meedeed en daar toestemming voor gaf: naaste (minder dan 5).',
    );
    expect(relatives.leftOut).toEqual([
      'Uit “Voelt uw naaste zich hier thuis?” laten we 2 uitspraken weg: de naaste gaf geen toestemming om die binnen de organisatie te delen, of trok die toestemming in.',
    ]);

    const peers = passage(4, 'Wat collega’s ons spiegelden');
    expect(peers.paragraphs).toEqual([
      'We ontvingen 2 visitaties van collega-ondernemers uit het lerend netwerk en gingen zelf 1 keer op visitatie.',
      expect.stringMatching(/^Bij de visitatie van .+ was onze focusvraag: “Hoe houden we de avonden rustig\?”$/),
      'De bezoekers spiegelden: Een huis waar het contact voor de taken gaat.',
      'Ons antwoord op de focusvraag: We beginnen de avond met een vast ritueel.',
      'Op de vraag “Is de zorg goed?” zeiden we: Ja, maar de avonden vragen aandacht.',
      'Onze reflectie als gastheer: We willen de avondroutine samen met [naam] herzien.',
      'Het spiegelrapport bevat 1 beeld: wat ons raakte / sterk punt (1).',
    ]);
    expect(peers.leftOut).toEqual([
      'Van 1 visitatie hield de gastheer het spiegelrapport binnen de visitatie of een team; dat rapport staat hier niet.',
    ]);
    expect(passage(6, 'Wat collega’s ons spiegelden').paragraphs).toEqual([
      expect.stringMatching(/, over zorgpersoneel: De nachtdienst voelt zich alleen staan\.$/),
    ]);

    // Only the story its teller shares with everyone; the other is counted as left out, without its title.
    expect(passage(4, 'Verhalen')).toEqual({
      heading: 'Verhalen',
      paragraphs: ['“Het vaste plekje van meneer K.”: Hij zit graag bij het raam met [naam], daar ziet hij de koeien.'],
      quotes: [],
      leftOut: [
        'We laten 1 verhaal van dit jaar weg: zonder toestemming van de verteller om het met iedereen te delen (zoals in dit verslag), blijft een verhaal binnen de organisatie.',
      ],
    });
    expect(JSON.stringify(report.chapters)).not.toContain('Een avond die misging');
  });

  it('exports the same as Markdown and PDF, and writes every export to the audit log', async () => {
    const { qualityReportMarkdown: markdown } = await org.ingrid.client.ok(MARKDOWN, { id: org.organisationId, year });
    expect(markdown).toContain(`# Kwaliteitsverslag ${year}: input van Zorgboerderij De Hoeve`);
    expect(markdown).toContain('## 4\\. Leren en werken aan kwaliteit');
    expect(markdown).toContain('### Wat naasten ons vertelden');
    expect(markdown).toContain('Incidentmethode (5) en Dilemmamethode (moreel beraad) (1)');
    expect(markdown).toContain('> “Mijn moeder mag hier gewoon zichzelf zijn.”');
    expect(markdown).toContain('Aantallen geven context; het zijn geen scores');
    expect(markdown).not.toMatch(/Bram|Fatima|Rietje/);

    const pdf = await fetch(`${kring.url}/exports/quality-report/${org.organisationId}/${year}.pdf`, {
      headers: { cookie: org.ingrid.client.sessionCookie },
    });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toContain(`kwaliteitsverslag-${year}.pdf`);
    const file = Buffer.from(await pdf.arrayBuffer());
    expect(file.subarray(0, 5).toString()).toBe('%PDF-');
    // The PDF tells the same narrative: chapters, strands, what is left out, page numbers.
    const text = extractText(file);
    const flat = text.replace(/\s+/g, ' ');
    for (const line of [
      '4. Leren en werken aan kwaliteit',
      '2. Wonen en welzijn',
      'Wat collega’s ons spiegelden',
      'Hoofdstukken zonder input uit Kring',
    ])
      expect(flat).toContain(line);
    expect(flat).toContain('We laten 1 verhaal van dit jaar weg');
    expect(flat).toContain('Ons antwoord op de focusvraag: We beginnen de avond met een vast ritueel.');
    const pages = text.split('\f').filter((page) => page.trim());
    pages.forEach((page, i) => expect(page.trim().split('\n').pop()?.trim()).toBe(`Pagina ${i + 1} van ${pages.length}`));

    const audit = await kring.sql<{ action: string; person_id: string; subject_id: string }>(
      `SELECT action, person_id, subject_id FROM audit_event WHERE action LIKE 'quality_report%' ORDER BY created_at`,
    );
    // Ingrid read it in both tests above: within minutes that is one view (AuditService.recordView); every export counts.
    expect(audit.map((a) => a.action)).toEqual(['quality_report_read', 'quality_report_markdown', 'quality_report_pdf']);
    expect(new Set(audit.map((a) => a.person_id))).toEqual(new Set([org.ingrid.personId]));
  });

  it('is for managers of the organisation only, and refuses a year outside the data readably', async () => {
    expect((await org.bram.client.request(REPORT, { id: org.organisationId, year })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await other.admin.request(REPORT, { id: org.organisationId, year })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const future = await org.ingrid.client.request(REPORT, { id: org.organisationId, year: year + 1 });
    expect(future.errors?.[0]).toMatchObject({
      message: `Kies een jaar tussen 2020 en ${year}.`,
      extensions: { code: 'REPORT_YEAR_INVALID' },
    });
    const badPdf = await fetch(`${kring.url}/exports/quality-report/${org.organisationId}/vorig-jaar.pdf`, {
      headers: { cookie: org.ingrid.client.sessionCookie },
    });
    expect(badPdf.status).toBe(400);
    expect(await badPdf.text()).toBe(`Kies een jaar tussen 2020 en ${year}.`);
    const carer = await fetch(`${kring.url}/exports/quality-report/${org.organisationId}/${year}.pdf`, {
      headers: { cookie: org.bram.client.sessionCookie },
    });
    expect(carer.status).toBe(403);
  });

  it('shows the coordinator no figures while fewer than five organisations showed something in the year', async () => {
    // De Hoeve held sessions, De Lindehof hosted a visit: two organisations, as a quarter of the network's patterns
    // with two would stay empty (tooFewOrganisations). Not even "minder dan 5": the counts may be large.
    const { networkYearOverview: overview } = await coordinator.ok(OVERVIEW, { id: networkId, year });
    expect(overview).toMatchObject({
      networkName: 'Lerend netwerk Achterhoek',
      organisations: 2,
      minimumGroupSize: 5,
      sessionsHeld: null,
      sessionsByMethod: [],
      participantsByRole: [],
      mirrorConversationsHeld: null,
      relativesVoiceThemes: [],
      networkQuotes: null,
      visitsHeld: null,
      visitHarvest: [],
      practicesByStatus: [],
    });
    const { networkYearOverviewMarkdown: markdown } = await coordinator.ok(OVERVIEW_MARKDOWN, { id: networkId, year });
    expect(markdown).toContain(TOO_FEW_ORGANISATIONS_IN_YEAR.nl);
    expect(markdown).not.toMatch(/Incidentmethode|Gehouden/);
  });

  it('gives the coordinator a network overview without organisations, with small groups suppressed', async () => {
    // Three more organisations with a new practice this year make five; one with nothing this year does not count.
    await organisationsThatShowedSomething(kring, networkId, 3);
    await kring.sql(`INSERT INTO organisation (name, kind, network_id) VALUES ('Huize Stil', 'small_home', $1)`, [networkId]);
    // De Hoeve's own copy of the incident method, named after it, held once: its name must not reach the network.
    const own = (await org.ingrid.client.ok(COPY_METHOD, { id: org.organisationId, name: 'Korte incidentbespreking (Hoeve)' })).copyMethod;
    await heldSession(own.id, 8);

    const { networkYearOverview: overview } = await coordinator.ok(OVERVIEW, { id: networkId, year });
    expect(overview).toMatchObject({
      networkName: 'Lerend netwerk Achterhoek',
      organisations: 5,
      minimumGroupSize: 5,
      mirrorConversationsHeld: null,
    });
    // Seven sessions: five incident, one dilemma, one of an own method. Showing the total 7 beside the 5 would give the
    // other two away (7 − 5), and hiding the 5 as well would still leave at most 2 for them (7 − at least 5): so the
    // total is hidden instead ("verborgen").
    expect(overview.sessionsHeld).toBeNull();
    expect(overview.sessionsHeldHidden).toBe('complement');
    // Every shipped method has its row, held or not (so "minder dan 5" may be none), in a fixed order; the organisations'
    // own methods count together under no name of theirs.
    const fewer = (label: string) => ({ label, count: null, countHidden: 'fewer' });
    expect(overview.sessionsByMethod).toEqual([
      fewer('Casusreflectie met de presentie-lens'),
      fewer('Waardenreflectie: "Zou je dat thuis ook doen?"'),
      { label: 'Incidentmethode', count: 5, countHidden: null },
      fewer('Dilemmamethode (moreel beraad)'),
      fewer('Kwaliteit van zorg 2.0'),
      fewer('Beelden van kwaliteit'),
      fewer('Luisteraarsreflectie na een spiegelgesprek'),
      fewer('Eigen werkvormen van de organisaties, samen'),
    ]);
    expect(overview.sessionsByMethod).toHaveLength(SHIPPED_METHODS.length + 1);
    expect(overview.participantsByRole).toEqual(expect.arrayContaining([{ label: 'Begeleider', count: null }]));
    // One relative consented to sharing in the network: too few quotes to show any.
    expect(overview.networkQuotes).toBeNull();
    expect(overview.visitsHeld).toBeNull();
    const text = JSON.stringify(overview);
    expect(text).not.toMatch(/Zorgboerderij De Hoeve|De Lindehof|Hoeve|Zorgplek|Huize Stil|incidentbespreking/);
  });

  it('shows network quotes once there are enough, anonymised and in no telling order', async () => {
    // Quotes count by conversation (a conversation is one home): the fifth conversation makes them shown.
    const quotes = ['Bij De Hoeve voelt vader zich thuis.', 'Er is altijd koffie.', 'Ze kennen zijn verhaal.', 'Zondag koken ze samen.'];
    for (const [i, body] of quotes.entries()) {
      if (i === quotes.length - 1)
        expect((await coordinator.ok(OVERVIEW, { id: networkId, year })).networkYearOverview.networkQuotes).toBeNull();
      const conversationId = await insertConversation(kring, {
        organisationId: org.organisationId,
        teamId: org.teamId,
        moderatorId: org.sanne.personId,
        scheduledAt: inYear(4),
        status: 'approved',
      });
      await insertRelative(kring, {
        organisationId: org.organisationId,
        conversationId,
        name: `Naaste ${i}`,
        pseudonym: `N${i}`,
        scopes: ['take_part', 'quote_anonymously', 'share_in_network'],
        statements: [{ body, inHarvest: true }],
      });
    }
    const { networkYearOverview: overview } = await coordinator.ok(OVERVIEW, { id: networkId, year });
    expect(overview.networkQuotes).toEqual(
      [
        'Bij [naam] voelt vader zich thuis.',
        'Er is altijd koffie.',
        'Mijn moeder mag hier gewoon zichzelf zijn.',
        'Ze kennen zijn verhaal.',
        'Zondag koken ze samen.',
      ].sort((a, b) => a.localeCompare(b, 'nl')),
    );
    const { networkYearOverviewMarkdown: markdown } = await coordinator.ok(OVERVIEW_MARKDOWN, { id: networkId, year });
    expect(markdown).toContain('- Dilemmamethode (moreel beraad) — _minder dan 5_');
    expect(markdown).toContain('- **Gehouden:** verborgen');
    expect(markdown).not.toMatch(/Hoeve|Lindehof|Zorgplek/);
    const pdf = await fetch(`${kring.url}/exports/network-overview/${networkId}/${year}.pdf`, {
      headers: { cookie: coordinator.sessionCookie },
    });
    expect(pdf.status).toBe(200);
    // The service hands out the counts as they are; the declaration on the DTO's field suppresses them in every export.
    const printed = extractText(Buffer.from(await pdf.arrayBuffer())).replace(/\s+/g, ' ');
    expect(printed).toContain('• Incidentmethode 5 • Dilemmamethode (moreel beraad) minder dan 5');
    expect(printed).toContain('Gehouden: verborgen');
    const audit = await kring.sql<{ action: string }>(`SELECT action FROM audit_event WHERE subject_id = $1 ORDER BY created_at`, [
      networkId,
    ]);
    // Joke read the overview four times within minutes: one view; each export is its own event (the first Markdown is
    // the one of too few organisations, above).
    expect(audit.map((a) => a.action)).toEqual([
      'network_overview_read',
      'network_overview_markdown',
      'network_overview_markdown',
      'network_overview_pdf',
    ]);
  });

  it('keeps the network overview from members who are not its coordinator', async () => {
    expect((await org.ingrid.client.request(OVERVIEW, { id: networkId, year })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await org.bram.client.request(OVERVIEW, { id: networkId, year })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await new GraphqlClient(kring.url).request(OVERVIEW, { id: networkId, year })).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('tells of the people a day care cares for in its own word: deelnemers, not bewoners', async () => {
    // A day care outside the network (its conversation changes no network figure), which calls its people "deelnemer".
    const dayCare = await secondOrganisation(kring, 'Dagbesteding De Werkplaats', 'joost@werkplaats.test');
    await kring.sql(`UPDATE organisation SET resident_term = 'deelnemer' WHERE id = $1`, [dayCare.organisationId]);
    const [team] = await kring.sql<{ id: string }>(`INSERT INTO team (organisation_id, name) VALUES ($1, 'Werkplaats') RETURNING id`, [
      dayCare.organisationId,
    ]);
    const conversationId = await insertConversation(kring, {
      organisationId: dayCare.organisationId,
      teamId: team.id,
      moderatorId: dayCare.personId,
      scheduledAt: inYear(3),
      status: 'ended',
    });
    // Someone the day care cares for took part themselves.
    const participant = await insertRelative(kring, {
      organisationId: dayCare.organisationId,
      conversationId,
      name: 'Henk',
      pseudonym: 'Deelnemer A',
      scopes: ['take_part'],
      statements: [],
    });
    await kring.sql(`UPDATE mirror_participant SET kind = 'resident' WHERE id = $1`, [participant]);

    const { qualityReport: report } = await dayCare.admin.ok(REPORT, { id: dayCare.organisationId, year });
    expect(report.mirrorParticipants).toEqual([{ label: 'Deelnemer', count: null }]);
    const relatives = report.chapters
      .find((c: { number: number }) => c.number === 4)!
      .passages.find((p: { heading: string }) => p.heading === 'Wat naasten ons vertelden')!;
    expect(relatives.paragraphs[0]).toBe(
      'We hielden 1 spiegelgesprek met naasten en deelnemers. Wie meedeed en daar toestemming voor gaf: deelnemer (minder dan 5).',
    );
    expect(JSON.stringify(report)).not.toMatch(/bewoner/i);
  });

  // Last: it dates history back, which the tests above do not expect.
  it('offers the years from the first with data: a new organisation this year only, history dated back (as the demo loads it) its year too', async () => {
    /** The years the page offers: reportYears of the first year the report tells, as the web's year select does. */
    const offered = async (client: GraphqlClient, id: string) =>
      reportYears((await client.ok(YEARS, { id, year })).qualityReport.firstYear, year);
    const networkOffered = async () =>
      reportYears((await coordinator.ok(NETWORK_YEARS, { id: networkId, year })).networkYearOverview.firstYear, year);

    // A care entrepreneur who started with Kring this year: nothing yet, so only this year, not the six before it.
    const fresh = await secondOrganisation(kring, 'Woonhuis Begin', 'anouk@begin.test');
    expect((await fresh.admin.ok(YEARS, { id: fresh.organisationId, year })).qualityReport.firstYear).toBeNull();
    expect(await offered(fresh.admin, fresh.organisationId)).toEqual([year]);
    // Asking an earlier year anyway is harmless: an empty report. Before 2020 is refused as ever.
    expect((await fresh.admin.ok(REPORT, { id: fresh.organisationId, year: year - 1 })).qualityReport).toMatchObject({
      sessionsHeld: 0,
      practices: [],
      insights: [],
    });
    expect((await fresh.admin.request(YEARS, { id: fresh.organisationId, year: 2019 })).errors?.[0]).toMatchObject({
      message: `Kies een jaar tussen 2020 en ${year}.`,
      extensions: { code: 'REPORT_YEAR_INVALID' },
    });
    // Its first practice, this year: still only this year.
    await kring.sql(`INSERT INTO practice (organisation_id, what) VALUES ($1, 'Samen de dag beginnen')`, [fresh.organisationId]);
    expect(await offered(fresh.admin, fresh.organisationId)).toEqual([year]);

    // De Hoeve's year so far, and the network's, are this year's.
    expect(await offered(org.ingrid.client, org.organisationId)).toEqual([year]);
    expect(await networkOffered()).toEqual([year]);
    // A session held last year, dated back as the demo dates its year of history (only started_at and the status):
    // last year is offered too, for De Hoeve and for the network it counts in.
    const session = await planIncidentSession(org);
    await kring.sql(`UPDATE reflection_session SET status = 'closed', started_at = $2, ended_at = $2 WHERE id = $1`, [
      session.id,
      new Date(Date.UTC(year - 1, 5, 15, 10)),
    ]);
    expect(await offered(org.ingrid.client, org.organisationId)).toEqual([year, year - 1]);
    expect((await org.ingrid.client.ok(REPORT, { id: org.organisationId, year: year - 1 })).qualityReport.sessionsHeld).toBe(1);
    expect(await networkOffered()).toEqual([year, year - 1]);
    // A session only planned for last year and never held tells nothing: it offers no year.
    const planned = await planIncidentSession(org);
    await kring.sql(`UPDATE reflection_session SET scheduled_at = $2 WHERE id = $1`, [planned.id, new Date(Date.UTC(year - 3, 5, 15, 10))]);
    expect(await offered(org.ingrid.client, org.organisationId)).toEqual([year, year - 1]);
  });
});
