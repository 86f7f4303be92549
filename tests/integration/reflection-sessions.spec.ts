import { randomUUID } from 'node:crypto';
import { formatDutchDay, todayInNetherlands } from '@kring/domain';
import { extractText } from '../../apps/api/src/engine/documents/pdf-text.testing';
import { GraphqlClient } from '../support/graphql-client';
import { secondOrganisation } from '../support/fixtures';
import type { TestKring } from '../support/kring-test-app';
import { Team, teamTest } from '../support/team-test';
import { LiveScreen, PLAN_SESSION, planIncidentSession, replanSession, SESSION_SUMMARY, teamCase } from '../support/session-fixtures';

const UPCOMING = `query U($id: ID!) { upcomingSessions(organisationId: $id) { id question status viewerRole } }`;
const SESSION = `query S($id: ID!) { session(sessionId: $id) { ${SESSION_SUMMARY}
  harvest { approvedAt items { id kind body } practices { id what who lookBackOn status } }
  openPractices { id what status reviews { body status authorName } } } }`;
const UPDATE = `mutation U($input: UpdateSessionInput!) { updateSession(input: $input) { ${SESSION_SUMMARY} } }`;
const CANCEL = `mutation C($id: ID!) { cancelSession(sessionId: $id) { id status } }`;
const ADD_ITEM = `mutation A($input: AddHarvestItemInput!) { addHarvestItem(input: $input) { items { id kind body } } }`;
const ADD_PRACTICE = `mutation P($input: AddPracticeInput!) { addPractice(input: $input) { practices { id what who lookBackOn status } } }`;
const REVIEW = `mutation R($input: ReviewPracticeInput!) { reviewPractice(input: $input) { id status reviews { body status authorName sessionId } } }`;
const APPROVE = `mutation A($id: ID!) { approveReport(sessionId: $id) { approvedAt } }`;
const REPORT = `query R($id: ID!) { sessionReport(sessionId: $id) { question methodName casePseudonym moderatorName participantNames lensNames approvedAt approvedBy
  phases { id title entries { kind body author anonymous votes groupLabel tags { itemName directionLabel } } }
  tagCounts { itemName directionLabel count } insights advice memos practices { what who lookBackOn } reviewedPractices { what } } }`;
const MARKDOWN = `query M($id: ID!) { sessionReportMarkdown(sessionId: $id) }`;
const HARVEST_DRAFTS = `query S($id: ID!) { session(sessionId: $id) { harvest { drafts { id target body flagged phaseTitle { nl } } items { kind body } practices { what who lookBackOn } } } }`;
const ACCEPT_DRAFT = `mutation A($input: AcceptHarvestDraftInput!) { acceptHarvestDraft(input: $input) {
      drafts { id body } items { kind body } practices { what who lookBackOn } } }`;

describe('reflection sessions: plan → live → harvest → report → the next session', () => {
  let kring: TestKring;
  let org: Team;
  const team = teamTest();
  beforeAll(() => ({ kring, org } = team));

  /** A case of Bram's, with the consent to discuss it in the team and shared with the team: one a session may use. */
  async function teamCaseWithConsent(title: string, body: string, pseudonym: string): Promise<string> {
    const caseId = await teamCase(org, org.bram, title, body, { displayPseudonym: pseudonym, acknowledgeWarnings: true });
    await org.bram.client.ok(
      `mutation K($id: ID!) { recordCaseConsent(input: { caseId: $id, scope: discuss_in_team, givenBy: legal_representative, form: standard, givenOn: "2026-01-10" }) { id } }`,
      { id: caseId },
    );
    await org.bram.client.ok(`mutation V($id: ID!) { setCaseVisibility(input: { caseId: $id, visibility: team }) { id } }`, { id: caseId });
    return caseId;
  }

  async function download(path: string, client?: GraphqlClient) {
    const response = await fetch(`${kring.url}${path}`, { headers: client?.sessionCookie ? { cookie: client.sessionCookie } : {} });
    return { status: response.status, type: response.headers.get('content-type'), body: Buffer.from(await response.arrayBuffer()) };
  }

  it('runs a whole session, from planning to the PDF report and the practices of the next session', async () => {
    const { sanne, bram, fatima, ingrid } = org;

    // Bram brings a case; while it is private, the moderator cannot plan with it.
    const caseId = await teamCase(org, bram, 'Nachtelijk dwalen', 'Hij stond om drie uur bij de voordeur.', {
      displayPseudonym: 'Meneer K.',
      acknowledgeWarnings: true,
    });
    const hidden = await sanne.client.request(PLAN_SESSION, { input: planInput({ caseId }) });
    expect(hidden.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    await bram.client.ok(
      `mutation K($id: ID!) { recordCaseConsent(input: { caseId: $id, scope: discuss_in_team, givenBy: legal_representative, form: standard, givenOn: "2026-01-10" }) { id } }`,
      { id: caseId },
    );
    await bram.client.ok(`mutation V($id: ID!) { setCaseVisibility(input: { caseId: $id, visibility: team }) { id } }`, { id: caseId });

    const session = await planIncidentSession(org, { caseId, lensIds: ['presence', 'mensperspectief'] });
    expect(session).toMatchObject({
      status: 'planned',
      durationMinutes: 70,
      voteBudget: 3,
      caseRef: { id: caseId, pseudonym: 'Meneer K.' },
      moderator: { id: sanne.personId, name: 'Sanne' },
      method: { id: 'incident_method', version: 1, name: { nl: 'Incidentmethode' } },
      viewerRole: 'moderator',
      viewerCanEditPlan: true,
      calendarPath: `/sessions/${session.id}/calendar.ics`,
    });
    expect(session.participants.map((p: { person: { name: string }; role: string }) => [p.person.name, p.role])).toEqual([
      ['Sanne', 'moderator'],
      ['Bram', 'participant'],
      ['Fatima', 'participant'],
    ]);
    // The guard's advice points to the pseudonym only when the session is about a case ("Gebruik het pseudoniem");
    // without one there is none to use ("Beschrijf de situatie zonder namen"). Nothing is planned without the confirmation.
    const findings = async (input: Record<string, unknown>) => {
      const result = await sanne.client.request(PLAN_SESSION, {
        input: planInput({ question: 'Hoe hielp Fatima bij het avondeten?', ...input }),
      });
      expect(result.errors?.[0].extensions?.code).toBe('IDENTIFYING_DETAILS');
      return (result.errors?.[0].extensions?.findings as { match: string; pseudonym: boolean }[]).map((f) => [f.match, f.pseudonym]);
    };
    expect(await findings({ caseId })).toEqual([['Fatima', true]]);
    expect(await findings({ caseId: null })).toEqual([['Fatima', false]]);
    expect(await findings({})).toEqual([['Fatima', false]]);

    // Everyone in the session may now read the case, while the session runs.
    for (const person of [sanne, bram, fatima]) {
      expect((await person.client.ok(`query R($id: ID!) { case(id: $id) { id } }`, { id: caseId })).case).toEqual({ id: caseId });
    }

    // The home page shows it to the invited, not to a colleague who is not invited.
    expect((await bram.client.ok(UPCOMING, { id: org.organisationId })).upcomingSessions).toEqual([
      { id: session.id, question: session.question, status: 'planned', viewerRole: 'participant' },
    ]);
    expect((await ingrid.client.ok(UPCOMING, { id: org.organisationId })).upcomingSessions).toEqual([]);
    // Ingrid manages the organisation without taking part: the session's page gives her the plan, to hand it to another
    // moderator (the members page links there), and nothing of what the session yields.
    expect((await ingrid.client.ok(SESSION, { id: session.id })).session).toMatchObject({
      id: session.id,
      viewerRole: null,
      viewerCanEditPlan: true,
      moderator: { id: sanne.personId },
      harvest: null,
      openPractices: [],
    });
    // A colleague who neither takes part nor may plan is refused, as before.
    const withoutFatima = await planIncidentSession(org, { participantIds: [bram.personId] });
    expect((await fatima.client.request(SESSION, { id: withoutFatima.id })).errors?.[0].extensions?.code).toBe('SESSION_NOT_PARTICIPANT');
    await sanne.client.ok(CANCEL, { id: withoutFatima.id });

    // Add to calendar.
    const ics = await download(`/sessions/${session.id}/calendar.ics`, bram.client);
    expect(ics.status).toBe(200);
    expect(ics.type).toMatch(/^text\/calendar/);
    expect(ics.body.toString()).toMatch(/SUMMARY:Reflectiesessie: Incidentmethode\\, Team wonen\r\n/);
    expect(ics.body.toString()).not.toContain('meneer K.');
    expect((await download(`/sessions/${session.id}/calendar.ics`)).status).toBe(401);
    expect((await download(`/sessions/${session.id}/calendar.ics`, ingrid.client)).status).toBe(403);
    const outsider = await secondOrganisation(kring);
    const foreign = await download(`/sessions/${session.id}/calendar.ics`, outsider.admin);
    expect(foreign).toMatchObject({ status: 404 });
    expect(foreign.body.toString()).toBe('Dit bestaat niet (meer), of je hebt er geen toegang toe.');

    // Re-planning is for the moderator (or planner, or a manager).
    const edit = {
      sessionId: session.id,
      question: 'Wat deden we toen meneer K. ’s nachts de deur uit wilde?',
      scheduledAt: new Date(Date.now() + 48 * 3600_000).toISOString(),
      moderatorId: sanne.personId,
      participantIds: [bram.personId, fatima.personId],
      lensIds: ['presence'],
      caseId,
    };
    expect((await bram.client.request(UPDATE, { input: edit })).errors?.[0].extensions?.code).toBe('SESSION_MODERATOR_ONLY');
    const updated = (await sanne.client.ok(UPDATE, { input: { ...edit, place: 'Kantoor' } })).updateSession;
    expect(updated).toMatchObject({ question: edit.question, place: 'Kantoor', lensIds: ['presence'], durationMinutes: 70 });

    // Live: Bram writes anonymously, Fatima with her name; the moderator writes the harvest during the session.
    const room = await LiveScreen.open(kring.url, sanne);
    const bramScreen = await LiveScreen.open(kring.url, bram);
    const fatimaScreen = await LiveScreen.open(kring.url, fatima);
    try {
      for (const screen of [room, bramScreen, fatimaScreen]) await screen.join(session.id);
      await room.ok(session.id, { type: 'startSession' });
      const anonymous = await bramScreen.ok(session.id, {
        type: 'contribute',
        phaseId: 'incident',
        body: 'Ik schrok en riep hem terug.',
        anonymous: true,
      });
      // In a session about a case, the guard's advice for a name points to the case's pseudonym.
      expect(await bramScreen.send(session.id, { type: 'contribute', phaseId: 'incident', body: 'Fatima bleef bij hem.' })).toMatchObject({
        ok: false,
        error: { code: 'IDENTIFYING_DETAILS', findings: [{ match: 'Fatima', pseudonym: true }] },
      });
      await room.ok(session.id, { type: 'goToPhase', phaseId: 'incident', toPhaseId: 'facts' });
      await fatimaScreen.ok(session.id, { type: 'ask', phaseId: 'facts', body: 'Had hij zijn schoenen aan?' });
      for (const [from, to] of [
        ['facts', 'decision_moment'],
        ['decision_moment', 'what_would_you_do'],
      ]) {
        await room.ok(session.id, { type: 'goToPhase', phaseId: from, toPhaseId: to });
      }
      // "Vergelijken" works with the answers to "Wat zou jij doen?" (the method's phase data), so that is what gets a dot.
      const answer = await bramScreen.ok(session.id, {
        type: 'contribute',
        phaseId: 'what_would_you_do',
        body: 'Ik zou eerst met hem meelopen.',
        anonymous: true,
      });
      // While the session runs (Bram's answer is still his alone), nobody reads the report, nor downloads it.
      for (const query of [REPORT, MARKDOWN]) {
        expect((await bram.client.request(query, { id: session.id })).errors?.[0]).toMatchObject({
          message: 'Het verslag is er zodra de gespreksleider de sessie heeft afgesloten.',
          extensions: { code: 'SESSION_REPORT_NOT_YET' },
        });
      }
      const early = await download(`/sessions/${session.id}/report.pdf`, bram.client);
      expect(early).toMatchObject({ status: 400 });
      expect(early.body.toString()).toBe('Het verslag is er zodra de gespreksleider de sessie heeft afgesloten.');
      await room.ok(session.id, { type: 'goToPhase', phaseId: 'what_would_you_do', toPhaseId: 'compare' });
      const offBoard = await bramScreen.send(session.id, { type: 'vote', phaseId: 'compare', entryId: anonymous.createdId! });
      expect(offBoard).toMatchObject({ ok: false, error: { code: 'SESSION_ENTRY_NOT_ON_BOARD' } });
      await bramScreen.ok(session.id, { type: 'vote', phaseId: 'compare', entryId: answer.createdId! });
      await room.ok(session.id, { type: 'goToPhase', phaseId: 'compare', toPhaseId: 'lessons' });
      const insight = await sanne.client.ok(ADD_ITEM, {
        input: { sessionId: session.id, kind: 'insight', body: 'Eerst vragen waar hij naartoe wil.' },
      });
      expect(insight.addHarvestItem.items).toEqual([
        { id: expect.any(String), kind: 'insight', body: 'Eerst vragen waar hij naartoe wil.' },
      ]);
      await sanne.client.ok(ADD_ITEM, { input: { sessionId: session.id, kind: 'advice', body: 'Neem de tijd om mee te lopen.' } });
      await sanne.client.ok(ADD_ITEM, {
        input: { sessionId: session.id, kind: 'memo', body: 'Bram had het zwaar; even bellen.', acknowledgeWarnings: true },
      });
      const practice = await sanne.client.ok(ADD_PRACTICE, {
        input: { sessionId: session.id, what: "'s Nachts eerst samen een rondje lopen", who: 'Nachtdienst', lookBackOn: '2031-04-01' },
      });
      expect(practice.addPractice.practices).toEqual([
        {
          id: expect.any(String),
          what: "'s Nachts eerst samen een rondje lopen",
          who: 'Nachtdienst',
          lookBackOn: '2031-04-01',
          status: 'open',
        },
      ]);
      expect(
        (await bram.client.request(ADD_ITEM, { input: { sessionId: session.id, kind: 'insight', body: 'Ik ook' } })).errors?.[0].extensions
          ?.code,
      ).toBe('SESSION_MODERATOR_ONLY');
      // The room sees the shared harvest at once, never the memo.
      await bramScreen.waitFor(() => bramScreen.state.harvest.practices.length === 1);
      expect(bramScreen.state.harvest.items.map((i) => i.kind)).toEqual(['insight', 'advice']);
      expect(JSON.stringify(bramScreen.events)).not.toContain('even bellen');

      expect((await sanne.client.request(APPROVE, { id: session.id })).errors?.[0].extensions?.code).toBe('SESSION_NOT_CLOSED');
      const ended = await room.ok(session.id, { type: 'endSession' });
      await bramScreen.reach(ended.version);
      expect(bramScreen.state.status).toBe('closed');
    } finally {
      [room, bramScreen, fatimaScreen].forEach((s) => s.close());
    }

    // The moderator approves; from then on the harvest is fixed.
    expect((await bram.client.request(APPROVE, { id: session.id })).errors?.[0].extensions?.code).toBe('SESSION_MODERATOR_ONLY');
    await kring.mailDelivered();
    await kring.sql(`DELETE FROM outbox_mail`);
    const approved = (await sanne.client.ok(APPROVE, { id: session.id })).approveReport;
    expect(approved.approvedAt).toEqual(expect.any(String));
    // With the approval, the participants are told the report is there (in the app and by e-mail); the moderator who approved is not.
    const told = await kring.sql<{ person_id: string; link: string; when: string; started_at: Date }>(
      `SELECT n.person_id, n.link, n.params->>'when' AS "when", s.started_at FROM notification n JOIN reflection_session s ON s.id = n.subject_id
       WHERE n.kind = 'session_report_approved' AND n.subject_id = $1 ORDER BY n.person_id`,
      [session.id],
    );
    expect(told.map((n) => n.person_id).sort()).toEqual([bram.personId, fatima.personId].sort());
    expect(new Set(told.map((n) => n.link))).toEqual(new Set([`/sessies/${session.id}/verslag`]));
    // It names the day the session was held, as the report does (not the day it was once planned for).
    for (const n of told) expect(n.when).toBe(new Date(n.started_at).toISOString());
    await kring.mailDelivered();
    const mails = await kring.sql<{ to_address: string; subject: string; body: string }>(
      `SELECT to_address, subject, body FROM outbox_mail ORDER BY to_address`,
    );
    expect(mails.map((m) => [m.to_address, m.subject])).toEqual([
      ['bram@hoeve.test', 'Het verslag van jullie reflectiesessie staat klaar'],
      ['fatima@hoeve.test', 'The report of your reflection session is ready'],
    ]);
    expect(mails[0].body).toContain('Het verslag van de reflectiesessie (Incidentmethode, Team wonen) van ');
    expect(mails[0].body).toContain(`/sessies/${session.id}/verslag`);
    // The question and the case may touch on a resident: they stay in Kring.
    for (const mail of mails) expect(mail.body).not.toMatch(/meneer K|Meneer K|Eerst vragen/);
    const bramsBell = (await bram.client.ok(`query { notifications { items { kind text link } } }`)).notifications.items;
    expect(bramsBell).toContainEqual({
      kind: 'session_report_approved',
      text: expect.stringMatching(/^Het verslag van de reflectiesessie \(Incidentmethode, Team wonen\) van .+ is goedgekeurd\./),
      link: `/sessies/${session.id}/verslag`,
    });
    expect(
      (await sanne.client.request(ADD_ITEM, { input: { sessionId: session.id, kind: 'insight', body: 'Te laat' } })).errors?.[0],
    ).toMatchObject({
      message: 'Het verslag is al goedgekeurd en kan niet meer gewijzigd worden.',
      extensions: { code: 'SESSION_REPORT_LOCKED' },
    });

    // The report: anonymous stays anonymous, the case by pseudonym, memos only for the moderator.
    const report = (await bram.client.ok(REPORT, { id: session.id })).sessionReport;
    expect(report).toMatchObject({
      question: edit.question,
      methodName: 'Incidentmethode',
      casePseudonym: 'Meneer K.',
      moderatorName: 'Sanne',
      participantNames: ['Bram', 'Fatima'],
      lensNames: ['Presentie'],
      approvedBy: 'Sanne',
      insights: ['Eerst vragen waar hij naartoe wil.'],
      advice: ['Neem de tijd om mee te lopen.'],
      memos: [],
      practices: [{ what: "'s Nachts eerst samen een rondje lopen", who: 'Nachtdienst', lookBackOn: '2031-04-01' }],
    });
    expect(report.phases.map((p: { id: string }) => p.id)).toEqual([
      'incident',
      'facts',
      'decision_moment',
      'what_would_you_do',
      'compare',
      'what_happened',
      'lessons',
    ]);
    expect(report.phases[0].entries).toEqual([
      { kind: 'contribution', body: 'Ik schrok en riep hem terug.', author: null, anonymous: true, votes: 0, groupLabel: null, tags: [] },
    ]);
    expect(report.phases[3].entries).toEqual([
      { kind: 'contribution', body: 'Ik zou eerst met hem meelopen.', author: null, anonymous: true, votes: 1, groupLabel: null, tags: [] },
    ]);
    expect(report.phases[1].entries[0]).toMatchObject({ kind: 'question', author: 'Fatima', anonymous: false });
    expect(JSON.stringify(report)).not.toContain(bram.personId);
    expect((await sanne.client.ok(REPORT, { id: session.id })).sessionReport.memos).toEqual(['Bram had het zwaar; even bellen.']);
    expect((await ingrid.client.request(REPORT, { id: session.id })).errors?.[0].extensions?.code).toBe('SESSION_NOT_PARTICIPANT');

    // Exports: Markdown and PDF, both written to the audit log.
    const markdown: string = (await fatima.client.ok(MARKDOWN, { id: session.id })).sessionReportMarkdown;
    expect(markdown).toMatch(/^# Report: Wat deden we toen/);
    expect(markdown).toContain('- Eerst vragen waar hij naartoe wil.');
    expect(markdown).toContain('- **Case:** Meneer K.');
    expect(markdown).toContain('- Ik zou eerst met hem meelopen. — _anonymous · 1 dots_');
    expect(markdown).not.toContain('even bellen');
    // Memos never leave the moderator's screen: not even the moderator's own exports carry them.
    const ownMarkdown: string = (await sanne.client.ok(MARKDOWN, { id: session.id })).sessionReportMarkdown;
    expect(ownMarkdown).toContain('- Eerst vragen waar hij naartoe wil.');
    expect(ownMarkdown).not.toContain('even bellen');
    expect(ownMarkdown).not.toMatch(/memo/i);
    const pdf = await download(`/sessions/${session.id}/report.pdf`, bram.client);
    expect(pdf.status).toBe(200);
    expect(pdf.type).toBe('application/pdf');
    expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.body.length).toBeGreaterThan(1500);
    // The PDF opens with the question, then the harvest and the practices, and only then the conversation; every page numbered.
    const pdfText = extractText(pdf.body);
    const flat = pdfText.replace(/\s+/g, ' ');
    const order = [
      'Verslag: Wat deden we toen meneer K.',
      'Oogst',
      'Eerst vragen waar hij naartoe wil.',
      'Neem de tijd om mee te lopen.',
      'Nieuwe praktijk om te proberen',
      "'s Nachts eerst samen een rondje lopen",
      'Het gesprek',
      'Ik schrok en riep hem terug.',
      'Ik zou eerst met hem meelopen.',
    ].map((text) => flat.indexOf(text));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const pages = pdfText.split('\f').filter((page) => page.trim());
    pages.forEach((page, i) => expect(page.trim().split('\n').pop()?.trim()).toBe(`Pagina ${i + 1} van ${pages.length}`));
    // The moderator's PDF renders the same memo-free outline (report-outline.spec.ts proves the outline has no memo).
    const ownPdf = await download(`/sessions/${session.id}/report.pdf`, sanne.client);
    expect(ownPdf.status).toBe(200);
    const audit = await kring.sql<{ action: string; n: number }>(
      `SELECT action, count(*)::int AS n FROM audit_event WHERE subject_id = $1 GROUP BY action ORDER BY action`,
      [session.id],
    );
    expect(audit).toEqual([
      { action: 'session_report_approved', n: 1 },
      { action: 'session_report_markdown', n: 2 },
      { action: 'session_report_pdf', n: 2 },
      { action: 'session_report_read', n: 2 },
    ]);

    // The case gets a new chapter ("hoe het verder ging").
    await bram.client.ok(`mutation N($input: AddCaseChapterInput!) { addCaseChapter(input: $input) { id } }`, {
      input: { caseId, title: 'Hoe het verder ging', body: 'We lopen nu eerst een rondje mee.', acknowledgeWarnings: true },
    });

    // The next session of the team opens with "Hoe ging het?".
    const next = await planIncidentSession(org, { question: 'Volgende intervisie' });
    const opened = (await bram.client.ok(SESSION, { id: next.id })).session;
    expect(opened.openPractices).toEqual([
      { id: expect.any(String), what: "'s Nachts eerst samen een rondje lopen", status: 'open', reviews: [] },
    ]);
    const practiceId = opened.openPractices[0].id;
    const review = { sessionId: next.id, practiceId, body: 'Het werkt: hij wordt rustiger als we meelopen.' };
    expect((await bram.client.request(REVIEW, { input: { ...review, status: 'adopted' } })).errors?.[0].extensions?.code).toBe(
      'SESSION_MODERATOR_ONLY',
    );
    await bram.client.ok(REVIEW, { input: review });
    const reviewed = (
      await sanne.client.ok(REVIEW, { input: { ...review, body: 'We maken er een vaste afspraak van.', status: 'adopted' } })
    ).reviewPractice;
    expect(reviewed).toMatchObject({
      status: 'adopted',
      reviews: [
        { authorName: 'Bram', status: null },
        { authorName: 'Sanne', status: 'adopted' },
      ],
    });
    // An approved session is fixed: no more reviews there either.
    expect((await sanne.client.request(REVIEW, { input: { ...review, sessionId: session.id } })).errors?.[0].extensions?.code).toBe(
      'SESSION_REPORT_LOCKED',
    );
    // Still listed in the session that reviewed it, with its new status, also in the live room.
    expect((await bram.client.ok(SESSION, { id: next.id })).session.openPractices[0]).toMatchObject({ status: 'adopted' });
    const screen = await LiveScreen.open(kring.url, bram);
    try {
      const ack = await screen.join(next.id);
      expect(ack.ok && ack.state.openPractices.map((p) => [p.what, p.status, p.reviews.length])).toEqual([
        ["'s Nachts eerst samen een rondje lopen", 'adopted', 2],
      ]);
    } finally {
      screen.close();
    }
    // A third session no longer brings it up: it became a fixed way of working.
    const third = await planIncidentSession(org, { question: 'Daarna' });
    expect((await bram.client.ok(SESSION, { id: third.id })).session.openPractices).toEqual([]);
  });

  it('refuses bad plans with a clear message and stores nothing', async () => {
    const before = await kring.sql(`SELECT count(*)::int AS n FROM reflection_session`);
    const plan = (client: GraphqlClient, input: Record<string, unknown>) => client.request(PLAN_SESSION, { input: planInput(input) });
    expect((await plan(org.bram.client, {})).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await plan(org.sanne.client, { moderatorId: org.bram.personId })).errors?.[0]).toMatchObject({
      message: 'De gespreksleider moet lid zijn van de organisatie als gespreksleider, zorgondernemer of beheerder.',
    });
    const outsider = await secondOrganisation(kring, 'De Linde', 'els@linde.test');
    expect((await plan(org.sanne.client, { participantIds: [outsider.personId] })).errors?.[0].extensions?.code).toBe(
      'SESSION_PARTICIPANT_NOT_MEMBER',
    );
    expect((await plan(org.sanne.client, { methodId: 'no_such_method' })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const invalid = await plan(org.sanne.client, { durationMinutes: 2, lensIds: ['astrology'], question: ' ', voteBudget: 50 });
    expect(invalid.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: {
        // No case chosen, so the question is needed (sessionQuestion); the form says the same before sending.
        question: 'Vraag of thema is nodig als je geen casus kiest; met een casus mag je dit leeg laten',
        durationMinutes: 'Duur in minuten moet minstens 5 zijn',
        lensIds: 'Lenzen heeft geen geldige waarde',
        voteBudget: 'Aantal stippen mag hoogstens 20 zijn',
      },
    });
    expect(await kring.sql(`SELECT count(*)::int AS n FROM reflection_session`)).toEqual(before);
  });

  it("takes the case's title as the question when a case is chosen and the question is left empty", async () => {
    const { sanne, bram } = org;
    const caseId = await teamCaseWithConsent('Onrust bij het avondeten', 'Ze stond op en liep weg van tafel.', 'Mevrouw T.');

    // Left out or left empty: the case carries the question.
    for (const question of [undefined, null, '  ']) {
      const planned = await sanne.client.ok(PLAN_SESSION, { input: planInput({ caseId, question }) });
      expect(planned.planSession).toMatchObject({ question: 'Onrust bij het avondeten', caseRef: { id: caseId } });
    }
    // A written question wins; emptied again when re-planning, the case's title comes back.
    const own = (await sanne.client.ok(PLAN_SESSION, { input: planInput({ caseId, question: 'Wat vraagt zij van ons?' }) })).planSession;
    expect(own.question).toBe('Wat vraagt zij van ons?');
    const replan = (input: Record<string, unknown>) =>
      sanne.client.request(UPDATE, {
        input: {
          sessionId: own.id,
          scheduledAt: new Date(Date.now() + 3600_000).toISOString(),
          moderatorId: sanne.personId,
          participantIds: [bram.personId],
          lensIds: [],
          ...input,
        },
      });
    expect((await replan({ caseId, question: '' })).data?.updateSession.question).toBe('Onrust bij het avondeten');
    // Without the case, the question is needed again, and nothing changes.
    expect((await replan({ caseId: null, question: '' })).errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: { question: 'Vraag of thema is nodig als je geen casus kiest; met een casus mag je dit leeg laten' },
    });
    expect((await sanne.client.ok(SESSION, { id: own.id })).session).toMatchObject({ question: 'Onrust bij het avondeten' });
  });

  it('links a session to its case only for whoever may read the case', async () => {
    const { sanne, bram } = org;
    const caseId = await teamCaseWithConsent('Dwalen in de tuin', 'Hij liep naar het hek.', 'Meneer T.');
    const session = await planIncidentSession(org, { caseId });
    const CASE_LINK = `query S($id: ID!) { session(sessionId: $id) { caseRef { id pseudonym viewerCanRead } } }`;
    const link = async (member: typeof sanne) => (await member.client.ok(CASE_LINK, { id: session.id })).session.caseRef;
    expect(await link(sanne)).toEqual({ id: caseId, pseudonym: 'Meneer T.', viewerCanRead: true });
    // Bram takes his case back to himself: the session still names it, and only he gets the link.
    await bram.client.ok(`mutation V($id: ID!) { setCaseVisibility(input: { caseId: $id, visibility: private }) { id } }`, { id: caseId });
    expect(await link(sanne)).toEqual({ id: caseId, pseudonym: 'Meneer T.', viewerCanRead: false });
    expect(await link(bram)).toEqual({ id: caseId, pseudonym: 'Meneer T.', viewerCanRead: true });
    await sanne.client.ok(CANCEL, { id: session.id });
  });

  it('lets the moderator edit the harvest; memos stay with the moderator who wrote them', async () => {
    const session = await planIncidentSession(org);
    const harvestOf = async (member: typeof org.sanne) => (await member.client.ok(SESSION, { id: session.id })).session.harvest!;
    const memo = (
      await org.sanne.client.ok(ADD_ITEM, {
        input: { sessionId: session.id, kind: 'memo', body: 'Fatima wil volgende keer inbrengen.', acknowledgeWarnings: true },
      })
    ).addHarvestItem.items[0];
    const insight = (await org.sanne.client.ok(ADD_ITEM, { input: { sessionId: session.id, kind: 'insight', body: 'Eerst luisteren' } }))
      .addHarvestItem.items[1];
    const UPDATE_ITEM = `mutation U($input: UpdateHarvestItemInput!) { updateHarvestItem(input: $input) { items { kind body } } }`;
    expect(
      (await org.bram.client.request(UPDATE_ITEM, { input: { harvestItemId: insight.id, body: 'Anders' } })).errors?.[0].extensions?.code,
    ).toBe('SESSION_MODERATOR_ONLY');
    await org.sanne.client.ok(UPDATE_ITEM, { input: { harvestItemId: insight.id, body: 'Eerst luisteren, dan pas doen' } });
    expect((await harvestOf(org.bram)).items).toEqual([{ id: insight.id, kind: 'insight', body: 'Eerst luisteren, dan pas doen' }]);
    expect((await harvestOf(org.sanne)).items.map((i: { kind: string }) => i.kind)).toEqual(['memo', 'insight']);

    // Handed to Ingrid (the plan's moderator changed, as a manager may): Sanne's memo stays hers, Ingrid neither reads
    // nor changes it, and when the session comes back to her it is there as she left it.
    const REMOVE_ITEM = `mutation R($id: ID!) { removeHarvestItem(harvestItemId: $id) { items { id } } }`;
    await replanSession(org, session.id, [org.fatima.personId], { moderatorId: org.ingrid.personId });
    expect((await harvestOf(org.ingrid)).items.map((i: { kind: string }) => i.kind)).toEqual(['insight']);
    expect(
      (await org.ingrid.client.request(UPDATE_ITEM, { input: { harvestItemId: memo.id, body: 'Gelezen' } })).errors?.[0].extensions?.code,
    ).toBe('NOT_FOUND');
    expect((await org.ingrid.client.request(REMOVE_ITEM, { id: memo.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const ingridsMemo = (
      await org.ingrid.client.ok(ADD_ITEM, {
        input: { sessionId: session.id, kind: 'memo', body: 'Een aantekening van de nieuwe gespreksleider.' },
      })
    ).addHarvestItem;
    expect(ingridsMemo.items.map((i: { body: string }) => i.body)).toEqual([
      'Eerst luisteren, dan pas doen',
      'Een aantekening van de nieuwe gespreksleider.',
    ]);
    await org.ingrid.client.ok(`mutation U($input: UpdateSessionInput!) { updateSession(input: $input) { id } }`, {
      input: {
        sessionId: session.id,
        question: 'Wat deden we toen meneer K. ’s nachts naar buiten wilde?',
        scheduledAt: new Date().toISOString(),
        moderatorId: org.sanne.personId,
        participantIds: [org.bram.personId, org.fatima.personId],
        lensIds: [],
      },
    });
    expect((await harvestOf(org.sanne)).items.map((i: { body: string }) => i.body)).toEqual([
      'Fatima wil volgende keer inbrengen.',
      'Eerst luisteren, dan pas doen',
    ]);
    await org.sanne.client.ok(REMOVE_ITEM, { id: memo.id });

    const practice = (await org.sanne.client.ok(ADD_PRACTICE, { input: { sessionId: session.id, what: 'Samen de tafel dekken' } }))
      .addPractice.practices[0];
    const UPDATE_PRACTICE = `mutation U($input: UpdatePracticeInput!) { updatePractice(input: $input) { practices { what who lookBackOn } } }`;
    const badDate = await org.sanne.client.request(UPDATE_PRACTICE, {
      input: { practiceId: practice.id, what: 'Samen de tafel dekken', lookBackOn: '2026-02-30' },
    });
    expect(badDate.errors?.[0].extensions?.fields).toEqual({ lookBackOn: 'Datum om terug te kijken is geen geldige datum' });
    // A look-back before today would be due the moment it is saved: refused next to the field, as in the practices list.
    const pastDate = { lookBackOn: `Datum om terug te kijken mag niet vóór ${formatDutchDay(todayInNetherlands(), 'nl')} liggen` };
    const pastChange = await org.sanne.client.request(UPDATE_PRACTICE, {
      input: { practiceId: practice.id, what: 'Samen de tafel dekken', lookBackOn: '2020-01-01' },
    });
    expect(pastChange.errors?.[0].extensions?.fields).toEqual(pastDate);
    const pastAdd = await org.sanne.client.request(ADD_PRACTICE, {
      input: { sessionId: session.id, what: 'Samen afwassen', lookBackOn: '2020-01-01' },
    });
    expect(pastAdd.errors?.[0].extensions?.fields).toEqual(pastDate);
    const updated = await org.sanne.client.ok(UPDATE_PRACTICE, {
      input: { practiceId: practice.id, what: 'Samen de tafel dekken', who: 'Iedereen', lookBackOn: '2031-05-01' },
    });
    expect(updated.updatePractice.practices).toEqual([{ what: 'Samen de tafel dekken', who: 'Iedereen', lookBackOn: '2031-05-01' }]);
    const removed = await org.sanne.client.ok(
      `mutation R($id: ID!) { removePractice(practiceId: $id) { practices { id } items { body } } }`,
      { id: practice.id },
    );
    expect(removed.removePractice).toEqual({ practices: [], items: [{ body: 'Eerst luisteren, dan pas doen' }] });
  });

  it('gathers the lessons into the harvest as drafts, which the moderator edits and takes over before approving', async () => {
    // A copy of the incident method whose lessons become new practices, as a moderator sets it in the builder.
    const METHOD = `id version phases { id kind title { nl en } participantPrompt { nl en } moderatorGuidance { nl en } defaultMinutes lensItemIds
      behaviour { privateUntilReveal votesHiddenUntilClose valueTagging harvestFlow worksWith } }`;
    const copy = (
      await org.sanne.client.ok(
        `mutation C($o: ID!, $m: ID!, $n: String!) { copyMethod(organisationId: $o, methodId: $m, newName: $n) { ${METHOD} } }`,
        { o: org.organisationId, m: 'incident_method', n: 'Incident met praktijken' },
      )
    ).copyMethod;
    const withPractices = copy.phases.map((p) =>
      p.id === 'what_happened' ? { ...p, behaviour: { ...p.behaviour, harvestFlow: 'practices' as const } } : p,
    );
    const saved = (
      await org.sanne.client.ok(`mutation S($input: SaveCustomMethodInput!) { saveCustomMethod(input: $input) { id version } }`, {
        input: {
          organisationId: org.organisationId,
          methodId: copy.id,
          baseVersion: copy.version,
          name: { nl: 'Incident met praktijken', en: 'Incident with practices' },
          summary: { nl: 'Met praktijken', en: 'With practices' },
          phases: withPractices,
        },
      })
    ).saveCustomMethod;
    const session = await planIncidentSession(org, { methodId: saved.id });
    const REMOVE = `mutation R($s: ID!, $d: ID!) { removeHarvestDraft(sessionId: $s, draftId: $d) { drafts { id } } }`;
    const harvestOf = async (member: typeof org.sanne) => (await member.client.ok(HARVEST_DRAFTS, { id: session.id })).session.harvest!;

    const room = await LiveScreen.open(kring.url, org.sanne);
    const bram = await LiveScreen.open(kring.url, org.bram);
    try {
      for (const screen of [room, bram]) await screen.join(session.id);
      await room.ok(session.id, { type: 'startSession' });
      const walk = async (from: string, to: string) => room.ok(session.id, { type: 'goToPhase', phaseId: from, toPhaseId: to });
      await walk('incident', 'what_happened');
      await bram.ok(session.id, {
        type: 'contribute',
        phaseId: 'what_happened',
        body: 'Voortaan samen een rondje lopen.',
        anonymous: true,
      });
      await walk('what_happened', 'lessons');
      await bram.ok(session.id, { type: 'contribute', phaseId: 'lessons', body: 'Eerst vragen waar hij heen wil.' });
      await room.ok(session.id, { type: 'contribute', phaseId: 'lessons', body: 'Rust geeft rust.' });
      // Leaving the practice phase gathered its entry; the lessons arrive when the session ends.
      expect((await harvestOf(org.sanne)).drafts).toEqual([
        {
          id: expect.any(String),
          target: 'practice',
          body: 'Voortaan samen een rondje lopen.',
          flagged: false,
          phaseTitle: { nl: 'Wat er werkelijk gebeurde' },
        },
      ]);
      const [first] = (await harvestOf(org.sanne)).drafts;
      // Leaving the lessons on the way back gathers them too; here only the practices count.
      const practiceDrafts = async () => (await harvestOf(org.sanne)).drafts.filter((d: { target: string }) => d.target === 'practice');
      // Going back and on again does not gather twice: a new card is added, a changed one brought up to date, and a card
      // taken away (it named a resident) takes its draft along.
      await walk('lessons', 'what_happened');
      const gone = (await bram.ok(session.id, { type: 'contribute', phaseId: 'what_happened', body: 'Een kaart die weer weg moet.' }))
        .createdId!;
      await walk('what_happened', 'lessons');
      expect((await practiceDrafts()).map((d: { body: string }) => d.body)).toEqual([
        'Voortaan samen een rondje lopen.',
        'Een kaart die weer weg moet.',
      ]);
      await walk('lessons', 'what_happened');
      await bram.ok(session.id, { type: 'removeEntry', phaseId: 'what_happened', entryId: gone });
      const [mine] = await kring.sql<{ id: string }>(`SELECT id FROM session_entry WHERE body = 'Voortaan samen een rondje lopen.'`);
      await bram.ok(session.id, {
        type: 'editEntry',
        phaseId: 'what_happened',
        entryId: mine.id,
        body: 'Voortaan samen een rondje lopen, ook bij regen.',
      });
      await walk('what_happened', 'lessons');
      expect((await practiceDrafts()).map((d: { id: string; body: string }) => [d.id, d.body])).toEqual([
        [first.id, 'Voortaan samen een rondje lopen, ook bij regen.'],
      ]);
      await room.ok(session.id, { type: 'endSession' });
    } finally {
      [room, bram].forEach((s) => s.close());
    }

    const { drafts } = await harvestOf(org.sanne);
    expect(drafts.map((d: { target: string; body: string }) => [d.target, d.body])).toEqual([
      ['practice', 'Voortaan samen een rondje lopen, ook bij regen.'],
      ['insight', 'Eerst vragen waar hij heen wil.'],
      ['insight', 'Rust geeft rust.'],
    ]);
    // Drafts are the moderator's: a participant sees none, and cannot take one over.
    expect((await harvestOf(org.bram)).drafts).toEqual([]);
    const [practice, lesson, extra] = drafts;
    const asBram = await org.bram.client.request(ACCEPT_DRAFT, { input: { sessionId: session.id, draftId: lesson.id, body: lesson.body } });
    expect(asBram.errors?.[0].extensions?.code).toBe('SESSION_MODERATOR_ONLY');

    // Approving waits until every draft is taken over or removed.
    const early = await org.sanne.client.request(APPROVE, { id: session.id });
    expect(early.errors?.[0]).toMatchObject({
      extensions: { code: 'HARVEST_DRAFTS_OPEN' },
      message:
        'Er staan nog concepten uit de bijeenkomst in de oogst (3). Neem ze over of haal ze weg; daarna kun je het verslag goedkeuren.',
    });

    // A practice needs who and when to look back; the moderator edits the lesson as it is taken over.
    const noWho = await org.sanne.client.request(ACCEPT_DRAFT, {
      input: { sessionId: session.id, draftId: practice.id, body: practice.body },
    });
    const whoAndWhen = 'Vul bij een nieuwe praktijk in wie het probeert en wanneer jullie terugkijken.';
    expect(noWho.errors?.[0]).toMatchObject({ extensions: { code: 'HARVEST_PRACTICE_WHO_AND_WHEN' }, message: whoAndWhen });
    // The message stands beside each box that is still empty (and only those), so the harvest page marks the right one.
    expect(noWho.errors?.[0].extensions?.fields).toEqual({ who: whoAndWhen, lookBackOn: whoAndWhen });
    const noDate = await org.sanne.client.request(ACCEPT_DRAFT, {
      input: { sessionId: session.id, draftId: practice.id, body: practice.body, who: 'Nachtdienst' },
    });
    expect(noDate.errors?.[0].extensions).toEqual({ code: 'HARVEST_PRACTICE_WHO_AND_WHEN', fields: { lookBackOn: whoAndWhen } });
    const pastLookBack = await org.sanne.client.request(ACCEPT_DRAFT, {
      input: { sessionId: session.id, draftId: practice.id, body: practice.body, who: 'Nachtdienst', lookBackOn: '2020-01-01' },
    });
    expect(pastLookBack.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: { lookBackOn: `Datum om terug te kijken mag niet vóór ${formatDutchDay(todayInNetherlands(), 'nl')} liggen` },
    });
    const tooLong = await org.sanne.client.request(ACCEPT_DRAFT, {
      input: { sessionId: session.id, draftId: practice.id, body: 'x'.repeat(501), who: 'Nachtdienst', lookBackOn: '2031-04-01' },
    });
    expect(tooLong.errors?.[0].message).toBe(
      'Een nieuwe praktijk mag hoogstens 500 tekens lang zijn; deze is 501 tekens. Maak hem korter; je tekst staat nog klaar.',
    );
    await org.sanne.client.ok(ACCEPT_DRAFT, {
      input: { sessionId: session.id, draftId: practice.id, body: practice.body, who: 'Nachtdienst', lookBackOn: '2031-04-01' },
    });
    const accepted = (
      await org.sanne.client.ok(ACCEPT_DRAFT, {
        input: { sessionId: session.id, draftId: lesson.id, body: 'Eerst vragen waar hij naartoe wil.' },
      })
    ).acceptHarvestDraft;
    expect(accepted).toEqual({
      drafts: [{ id: extra.id, body: 'Rust geeft rust.' }],
      items: [{ kind: 'insight', body: 'Eerst vragen waar hij naartoe wil.' }],
      practices: [{ what: 'Voortaan samen een rondje lopen, ook bij regen.', who: 'Nachtdienst', lookBackOn: '2031-04-01' }],
    });
    expect((await org.sanne.client.ok(REMOVE, { s: session.id, d: extra.id })).removeHarvestDraft.drafts).toEqual([]);
    expect((await harvestOf(org.bram)).items).toEqual([{ kind: 'insight', body: 'Eerst vragen waar hij naartoe wil.' }]);
    expect((await org.sanne.client.ok(APPROVE, { id: session.id })).approveReport.approvedAt).toEqual(expect.any(String));
  });

  it('takes a draft over as what the moderator chooses, whatever the phase it came from sent it as', async () => {
    /** A session of `methodId` in which Bram writes `body` in the phase that flows into the harvest; ending it gathers the draft. */
    const gathered = async (methodId: string, firstPhase: string, phaseId: string, body: string): Promise<string> => {
      const session = await planIncidentSession(org, { methodId });
      const room = await LiveScreen.open(kring.url, org.sanne);
      const bram = await LiveScreen.open(kring.url, org.bram);
      try {
        for (const screen of [room, bram]) await screen.join(session.id);
        await room.ok(session.id, { type: 'startSession' });
        await room.ok(session.id, { type: 'goToPhase', phaseId: firstPhase, toPhaseId: phaseId });
        await bram.ok(session.id, { type: 'contribute', phaseId, body });
        await room.ok(session.id, { type: 'endSession' });
      } finally {
        [room, bram].forEach((s) => s.close());
      }
      return session.id;
    };
    const harvestOf = async (sessionId: string) => (await org.sanne.client.ok(HARVEST_DRAFTS, { id: sessionId })).session.harvest!;

    // The Presentie method sends everything of "Nieuwe praktijk" as a practice; this one is something learned, with
    // nothing to try: it becomes an insight, and no practice with an invented who and date.
    const presence = await gathered('presence_case_reflection', 'story', 'new_practice', 'Stilte is ook aandacht.');
    const [learned] = (await harvestOf(presence)).drafts;
    expect(learned).toMatchObject({ target: 'practice', body: 'Stilte is ook aandacht.' });
    const asInsight = await org.sanne.client.ok(ACCEPT_DRAFT, {
      input: { sessionId: presence, draftId: learned.id, body: learned.body, target: 'insight' },
    });
    expect(asInsight.acceptHarvestDraft).toEqual({
      drafts: [],
      items: [{ kind: 'insight', body: 'Stilte is ook aandacht.' }],
      practices: [],
    });

    // The other way round: a lesson of the incident method that is something to try. As a practice it needs who and
    // when, like any practice; refused without them, the draft stays as it was.
    const incident = await gathered('incident_method', 'incident', 'lessons', 'Bij onrust eerst samen een rondje lopen.');
    const [toTry] = (await harvestOf(incident)).drafts;
    expect(toTry).toMatchObject({ target: 'insight', body: 'Bij onrust eerst samen een rondje lopen.' });
    const noWho = await org.sanne.client.request(ACCEPT_DRAFT, {
      input: { sessionId: incident, draftId: toTry.id, body: toTry.body, target: 'practice' },
    });
    expect(noWho.errors?.[0]).toMatchObject({
      extensions: { code: 'HARVEST_PRACTICE_WHO_AND_WHEN' },
      message: 'Vul bij een nieuwe praktijk in wie het probeert en wanneer jullie terugkijken.',
    });
    expect(await harvestOf(incident)).toEqual({ drafts: [toTry], items: [], practices: [] });
    const asPractice = await org.sanne.client.ok(ACCEPT_DRAFT, {
      input: { sessionId: incident, draftId: toTry.id, body: toTry.body, target: 'practice', who: 'Avonddienst', lookBackOn: '2031-04-01' },
    });
    expect(asPractice.acceptHarvestDraft).toEqual({
      drafts: [],
      items: [],
      practices: [{ what: 'Bij onrust eerst samen een rondje lopen.', who: 'Avonddienst', lookBackOn: '2031-04-01' }],
    });
  });

  it('carries the flag of a contribution kept through an escalation prompt into its draft, taken over only once the moderator saw it', async () => {
    const session = await planIncidentSession(org);
    const DRAFTS = `query S($id: ID!) { session(sessionId: $id) { harvest { drafts { id body flagged } items { kind body } } } }`;
    const ACCEPT = `mutation A($input: AcceptHarvestDraftInput!) { acceptHarvestDraft(input: $input) { drafts { id } items { kind body } } }`;
    const allegation = 'Mevrouw is geslagen door een medewerker van de nachtdienst.';
    const room = await LiveScreen.open(kring.url, org.sanne);
    const bram = await LiveScreen.open(kring.url, org.bram);
    try {
      for (const screen of [room, bram]) await screen.join(session.id);
      await room.ok(session.id, { type: 'startSession' });
      await room.ok(session.id, { type: 'goToPhase', phaseId: 'incident', toPhaseId: 'lessons' });
      const contribution = { type: 'contribute' as const, phaseId: 'lessons', body: allegation };
      const asked = await bram.send(session.id, contribution);
      expect(asked).toMatchObject({ ok: false, error: { code: 'ESCALATION_PROMPT' } });
      // "Toch bewaren": stored, flagged.
      const kept = await bram.socket.timeout(10_000).emitWithAck('session:command', {
        sessionId: session.id,
        clientKey: randomUUID(),
        command: contribution,
        keepFlaggedText: true,
        escalationPromptId: asked.ok ? null : asked.error.escalation!.promptId,
      });
      expect(kept).toMatchObject({ ok: true });
      await bram.ok(session.id, { type: 'contribute', phaseId: 'lessons', body: 'Samen het overdrachtsboek lezen.' });
      await room.ok(session.id, { type: 'endSession' });
    } finally {
      [room, bram].forEach((s) => s.close());
    }

    // The draft shows the flag the live room showed; the other one does not have it.
    const drafts = (await org.sanne.client.ok(DRAFTS, { id: session.id })).session.harvest!.drafts;
    expect(drafts.map((d: { body: string; flagged: boolean }) => [d.body, d.flagged])).toEqual([
      [allegation, true],
      ['Samen het overdrachtsboek lezen.', false],
    ]);
    const [flagged, plain] = drafts;

    // Without "Ik heb de markering gezien" the server refuses, in Dutch, also after "Toch bewaren" and also when the
    // moderator rewrote the text into something harmless: the flag belongs to where the text came from.
    for (const body of [allegation, 'Nachtdienst: melding gedaan.']) {
      const unseen = await org.sanne.client.request(ACCEPT, {
        input: { sessionId: session.id, draftId: flagged.id, body, keepFlaggedText: true },
      });
      expect(unseen.errors?.[0]).toMatchObject({
        extensions: { code: 'HARVEST_FLAG_NOT_SEEN' },
        message:
          'Deze tekst is gemarkeerd: wie hem schreef, koos ervoor hem te bewaren terwijl hij leek te gaan over een klacht, incident, misstand of datalek. Bevestig dat je de markering hebt gezien voordat je hem in de oogst opneemt.',
      });
    }
    expect((await org.sanne.client.ok(DRAFTS, { id: session.id })).session.harvest!.items).toEqual([]);
    // An unflagged draft needs no confirmation.
    await org.sanne.client.ok(ACCEPT, { input: { sessionId: session.id, draftId: plain.id, body: plain.body } });
    const taken = (
      await org.sanne.client.ok(ACCEPT, {
        input: { sessionId: session.id, draftId: flagged.id, body: 'Nachtdienst: melding gedaan.', flagSeen: true },
      })
    ).acceptHarvestDraft;
    expect(taken).toEqual({
      drafts: [],
      items: [
        { kind: 'insight', body: 'Samen het overdrachtsboek lezen.' },
        { kind: 'insight', body: 'Nachtdienst: melding gedaan.' },
      ],
    });
  });

  it('refuses a start in the past, when planning and when moving a plan, next to the date field', async () => {
    const { sanne, bram } = org;
    const sessions = async () => (await kring.sql<{ n: number }>(`SELECT count(*)::int AS n FROM reflection_session`))[0].n;
    const before = await sessions();
    const pastStart = {
      code: 'BAD_USER_INPUT',
      fields: { scheduledAt: 'Datum en tijd ligt in het verleden: kies een moment dat nog komt' },
    };
    const refused = await sanne.client.request(PLAN_SESSION, { input: planInput({ scheduledAt: '2020-01-01T09:00:00.000Z' }) });
    expect(refused.errors?.[0].extensions).toEqual(pastStart);
    expect(await sessions()).toBe(before);

    const session = await planIncidentSession(org);
    const replan = (scheduledAt: string) =>
      sanne.client.request(UPDATE, {
        input: {
          sessionId: session.id,
          question: session.question,
          scheduledAt,
          moderatorId: sanne.personId,
          participantIds: [bram.personId],
          lensIds: [],
        },
      });
    expect((await replan('2020-01-01T09:00:00.000Z')).errors?.[0].extensions).toEqual(pastStart);
    expect((await sanne.client.ok(SESSION, { id: session.id })).session.scheduledAt).toBe(session.scheduledAt);
    // A plan changed around a start that has passed (a session under way, or not held yet) sends that start again: it stays.
    const [{ started }] = await kring.sql<{ started: Date }>(
      `UPDATE reflection_session SET scheduled_at = date_trunc('minute', now() - interval '3 days') WHERE id = $1 RETURNING scheduled_at AS started`,
      [session.id],
    );
    const kept = await replan(started.toISOString());
    expect(kept.errors).toBeUndefined();
    expect(kept.data?.updateSession.participants.map((p: { person: { name: string } }) => p.person.name)).toEqual(['Sanne', 'Bram']);
    await sanne.client.ok(CANCEL, { id: session.id });
  });

  it('lists past sessions by the day they were held: one held early comes before one planned earlier and held on its day', async () => {
    const early = await planIncidentSession(org);
    const onItsDay = await planIncidentSession(org);
    // Planned for 20 and 10 days ago; the first was held 30 days ago, before its day, the second on its day.
    await kring.sql(
      `UPDATE reflection_session SET status = 'closed', scheduled_at = now() - make_interval(days => d.planned), started_at = now() - make_interval(days => d.held)
       FROM (VALUES ($1::uuid, 10, 30), ($2::uuid, 20, 20)) AS d (id, planned, held) WHERE reflection_session.id = d.id`,
      [early.id, onItsDay.id],
    );
    const past = (await org.sanne.client.ok(`query P($id: ID!) { pastSessions(organisationId: $id) { id } }`, { id: org.organisationId }))
      .pastSessions as { id: string }[];
    expect(past.map((s) => s.id).filter((id) => id === early.id || id === onItsDay.id)).toEqual([onItsDay.id, early.id]);
    await kring.sql(`DELETE FROM reflection_session WHERE id = ANY($1::uuid[])`, [[early.id, onItsDay.id]]);
  });

  it('keeps a session that was not held on its day listed for its moderator only, marked, until it is held, re-planned or called off', async () => {
    const { sanne, bram, fatima } = org;
    const LIST = `query U($id: ID!) { upcomingSessions(organisationId: $id) { id status overdue } }`;
    const held = await planIncidentSession(org);
    const replanned = await planIncidentSession(org);
    const calledOff = await planIncidentSession(org);
    const late = await planIncidentSession(org);
    const ours = [held.id, replanned.id, calledOff.id, late.id];
    const listed = async (member: typeof sanne) =>
      (await member.client.ok(LIST, { id: org.organisationId })).upcomingSessions
        .filter((s) => ours.includes(s.id))
        .map((s) => [ours.indexOf(s.id), s.status, s.overdue] as const)
        // In the order planned here (the list's own order, soonest first, is not what this is about).
        .sort((a, b) => a[0] - b[0]);
    // Three were planned for three days ago and never held; one ended 23 hours ago, within the day a late start may take.
    await kring.sql(`UPDATE reflection_session SET scheduled_at = now() - interval '3 days' WHERE id = ANY($1::uuid[])`, [
      ours.slice(0, 3),
    ]);
    await kring.sql(
      `UPDATE reflection_session SET scheduled_at = now() - interval '23 hours' - make_interval(mins => duration_minutes) WHERE id = $1`,
      [late.id],
    );
    expect(await listed(sanne)).toEqual([
      [0, 'planned', true],
      [1, 'planned', true],
      [2, 'planned', true],
      [3, 'planned', false],
    ]);
    // The people invited can do nothing with it: for them it is gone, as its case is (cases.spec.ts).
    expect(await listed(bram)).toEqual([[3, 'planned', false]]);
    expect(
      (
        await bram.client.ok(`query P($id: ID!) { pastSessions(organisationId: $id) { id } }`, { id: org.organisationId })
      ).pastSessions.filter((s: { id: string }) => ours.includes(s.id)),
    ).toEqual([]);

    // Held now after all, moved to next week, called off: each leaves the overdue list.
    const room = await LiveScreen.open(kring.url, sanne);
    try {
      await room.join(held.id);
      await room.ok(held.id, { type: 'startSession' });
    } finally {
      room.close();
    }
    await sanne.client.ok(UPDATE, {
      input: {
        sessionId: replanned.id,
        question: replanned.question,
        scheduledAt: new Date(Date.now() + 7 * 24 * 3600_000).toISOString(),
        moderatorId: sanne.personId,
        participantIds: [bram.personId, fatima.personId],
        lensIds: [],
      },
    });
    await sanne.client.ok(CANCEL, { id: calledOff.id });
    for (const member of [sanne, bram]) {
      expect(await listed(member)).toEqual([
        [0, 'live', false],
        [1, 'planned', false],
        [3, 'planned', false],
      ]);
    }
  });

  it('cancels a planned session but not one that has started', async () => {
    const session = await planIncidentSession(org);
    expect((await org.bram.client.request(CANCEL, { id: session.id })).errors?.[0].extensions?.code).toBe('SESSION_MODERATOR_ONLY');
    // A manager may cancel what someone else planned.
    expect((await org.ingrid.client.ok(CANCEL, { id: session.id })).cancelSession).toEqual({ id: session.id, status: 'cancelled' });
    expect(
      (await org.bram.client.ok(UPCOMING, { id: org.organisationId })).upcomingSessions.map((s: { id: string }) => s.id),
    ).not.toContain(session.id);
    const live = await planIncidentSession(org);
    const screen = await LiveScreen.open(kring.url, org.sanne);
    try {
      await screen.join(live.id);
      await screen.ok(live.id, { type: 'startSession' });
    } finally {
      screen.close();
    }
    expect((await org.sanne.client.request(CANCEL, { id: live.id })).errors?.[0].extensions?.code).toBe('SESSION_NOT_PLANNED');
  });

  function planInput(input: Record<string, unknown>) {
    return {
      organisationId: org.organisationId,
      teamId: org.teamId,
      question: 'Hoe houden we de avond rustig?',
      methodId: 'incident_method',
      scheduledAt: new Date(Date.now() + 3600_000).toISOString(),
      moderatorId: org.sanne.personId,
      participantIds: [org.bram.personId],
      lensIds: [],
      ...input,
    };
  }
});
