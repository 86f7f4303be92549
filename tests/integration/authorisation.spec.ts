import fs from 'node:fs';
import path from 'node:path';
import { buildSchema } from 'graphql';
import { GraphqlClient } from '../support/graphql-client';
import { CREATE_TEAM, INVITE, LOGIN, PASSWORD, secondOrganisation, setupFirstOrganisation } from '../support/fixtures';
import { startTestKring, TestKring } from '../support/kring-test-app';
import { generateOperations, GeneratedOperation, TargetIds } from '../support/operation-generator';

/**
 * Operations anyone may call, each with the reason. Every other operation in
 * the schema must refuse an anonymous visitor and a member of another
 * organisation — including operations added after this test was written.
 */
const PUBLIC_OPERATIONS: Record<string, string> = {
  setupStatus: 'tells the web app whether to show first-run setup; reveals nothing else',
  me: "returns only the caller's own account",
  invitationPreview: 'the secret token is the permission',
  acceptInvitation: 'the secret token is the permission',
  login: 'checks credentials',
  logout: "ends the caller's own session",
  requestPasswordReset: 'always answers true; mails only the address owner',
  resetPassword: 'the secret token is the permission',
  setupOrganisation: 'refuses once anyone has an account',
  loadDemo: 'refuses once anyone has an account',
  phaseKinds: 'the static building blocks of methods from @kring/domain, the same for everyone',
  storyForStoryteller: 'the secret token is the permission; opens only its own story',
  answerStoryCheckByLink: 'the secret token is the permission; answers only for its own story',
  relativeInvitation: 'the secret token is the permission',
  saveRelativeResponse: 'the secret token is the permission',
  relativeLetterPdf: 'the secret token is the permission',
  networkInvitationPreview: 'the secret token is the permission; shows only the network name and the invited address',
};

/** Operations for any logged-in person that act only on the caller's own account. */
const OWN_ACCOUNT_OPERATIONS: Record<string, string> = {
  updateProfile: "changes the caller's own name and language",
  calendarFeed: "the caller's own calendar feed",
  createCalendarFeed: "makes a new secret address for the caller's own calendar feed",
  revokeCalendarFeed: "switches off the caller's own calendar feed",
  notifications: "the caller's own notifications",
  unreadNotificationCount: "counts the caller's own unread notifications",
  markAllNotificationsRead: "marks the caller's own notifications as read",
  exportMyData: 'everything Kring holds about the caller, for the caller',
  logoutEverywhere: "ends every login of the caller, and no one else's",
  homeNextSteps: "what is next for the caller, asked only of the caller's own organisations",
};

/** Tables whose rows may change on a refused call: logins and failed attempts (also of relatives' links) are bookkeeping, not data. */
const BOOKKEEPING_TABLES = ['auth_session', 'login_attempt', 'relative_link_attempt'];

describe('authorisation, generated from the GraphQL schema', () => {
  let kring: TestKring;
  let ids: TargetIds;
  let secrets: string[];
  let foreign: GraphqlClient;
  let operations: GeneratedOperation[];

  async function fingerprint(): Promise<Record<string, string>> {
    const tables = await kring.sql<{ tablename: string }>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY tablename`);
    const result: Record<string, string> = {};
    for (const { tablename } of tables) {
      if (BOOKKEEPING_TABLES.includes(tablename)) continue;
      const [row] = await kring.sql<{ digest: string }>(`SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest FROM ${tablename} t`);
      result[tablename] = row.digest;
    }
    return result;
  }

  beforeAll(async () => {
    kring = await startTestKring();
    const a = await setupFirstOrganisation(kring);
    const team = (await a.admin.ok(CREATE_TEAM, { organisationId: a.organisationId, name: 'Team wonen' })).createTeam;
    const location = (
      await a.admin.ok(`mutation L($id: ID!) { createLocation(input: { organisationId: $id, name: "Woonhuis", kind: residence, place: "Lochem" }) { id } }`, {
        id: a.organisationId,
      })
    ).createLocation;
    const invitation = (await a.admin.ok(INVITE, { input: { organisationId: a.organisationId, email: 'bram@hoeve.test', role: 'care_worker', teamId: team.id } })).inviteMember;
    const [membership] = await kring.sql<{ id: string }>(`SELECT id FROM membership WHERE organisation_id = $1`, [a.organisationId]);
    const method = (
      await a.admin.ok(`mutation M($id: ID!) { copyMethod(organisationId: $id, methodId: "incident_method", newName: "Eigen werkvorm") { id } }`, {
        id: a.organisationId,
      })
    ).copyMethod;
    const caseFile = (
      await a.admin.ok(`mutation C($id: ID!, $team: ID!) { createCase(input: { organisationId: $id, teamId: $team, title: "Onrust bij het avondeten", firstChapter: { title: "Het begin", body: "Mevrouw at niet." } }) { id chapters { id } } }`, {
        id: a.organisationId,
        team: team.id,
      })
    ).createCase;
    const consent = (
      await a.admin.ok(`mutation K($id: ID!) { recordCaseConsent(input: { caseId: $id, scope: discuss_in_team, givenBy: resident, form: easy_read, givenOn: "2025-01-15" }) { id } }`, {
        id: caseFile.id,
      })
    ).recordCaseConsent;
    const entry = (
      await a.admin.ok(`mutation E($id: ID!) { addResidentRegisterEntry(input: { organisationId: $id, pseudonym: "Mevrouw R.", watchNames: ["Rietje"] }) { id } }`, {
        id: a.organisationId,
      })
    ).addResidentRegisterEntry;
    // A reflection session of organisation A, with a harvest item and a practice to aim at.
    const session = (
      await a.admin.ok(
        `mutation S($input: PlanSessionInput!) { planSession(input: $input) { id } }`,
        { input: { organisationId: a.organisationId, teamId: team.id, question: 'Hoe vieren we verjaardagen?', methodId: 'incident_method', scheduledAt: new Date().toISOString(), moderatorId: a.personId, participantIds: [], lensIds: [] } },
      )
    ).planSession;
    const harvestItem = (
      await a.admin.ok(`mutation H($id: ID!) { addHarvestItem(input: { sessionId: $id, kind: insight, body: "Vraag eerst wat zij wil" }) { items { id } } }`, { id: session.id })
    ).addHarvestItem.items[0];
    const practice = (
      await a.admin.ok(`mutation P($id: ID!) { addPractice(input: { sessionId: $id, what: "Samen koken op zondag" }) { practices { id } } }`, { id: session.id })
    ).addPractice.practices[0];
    // A mirror conversation of organisation A with a learning wish, an invited relative and a captured statement.
    const mirror = (
      await a.admin.ok(`mutation M($input: PlanMirrorConversationInput!) { planMirrorConversation(input: $input) { id } }`, {
        input: { organisationId: a.organisationId, teamId: team.id, theme: 'Voelt uw naaste zich hier thuis?', scheduledAt: new Date().toISOString(), moderatorId: a.personId, listenerIds: [] },
      })
    ).planMirrorConversation;
    const wish = (
      await a.admin.ok(`mutation W($id: ID!) { addMirrorLearningWish(input: { conversationId: $id, body: "Zien naasten onze avonden?" }) { learningWishes { id } } }`, { id: mirror.id })
    ).addMirrorLearningWish.learningWishes[0];
    const participant = (
      await a.admin.ok(`mutation I($id: ID!) { inviteMirrorParticipant(input: { conversationId: $id, displayName: "Familie Jansen", kind: relative, language: nl, sendEmail: false }) { participant { id } } }`, {
        id: mirror.id,
      })
    ).inviteMirrorParticipant.participant;
    const [statement] = await kring.sql<{ id: string }>(
      `INSERT INTO mirror_statement (organisation_id, conversation_id, participant_id, body, quotable) VALUES ($1, $2, $3, 'Hier is het als thuis.', true) RETURNING id`,
      [a.organisationId, mirror.id, participant.id],
    );
    // Organisation A in a learning network with a partner, hosting a visit from a matching round: network operations aim at real rows.
    const [network] = await kring.sql<{ id: string }>(`INSERT INTO learning_network (name) VALUES ('Netwerk Oost') RETURNING id`);
    await kring.sql(`UPDATE organisation SET network_id = $1 WHERE id = $2`, [network.id, a.organisationId]);
    const [partner] = await kring.sql<{ id: string }>(`INSERT INTO organisation (network_id, name, kind) VALUES ($1, 'Gezinshuis Het Kompas', 'family_home') RETURNING id`, [network.id]);
    const [round] = await kring.sql<{ id: string }>(`INSERT INTO matching_round (network_id, months_without_repeat) VALUES ($1, 12) RETURNING id`, [network.id]);
    const [proposal] = await kring.sql<{ id: string }>(`INSERT INTO visit_proposal (network_id, round_id, explanation) VALUES ($1, $2, '{"nl": "Paar", "en": "Pair"}') RETURNING id`, [network.id, round.id]);
    const [visit] = await kring.sql<{ id: string }>(
      `INSERT INTO peer_visit (network_id, organisation_id, visiting_organisation_id, proposal_id, lens_version, lens, focus_question)
       VALUES ($1, $2, $3, $4, 0, '{"purpose": "Leren", "valueIds": ["feeling_at_home"], "mirrorThemeIds": [], "questions": []}', 'Waar wil ik een spiegel op bij het avondeten') RETURNING id`,
      [network.id, a.organisationId, partner.id, proposal.id],
    );
    // A story of organisation A, and one of its lessons shared in the library.
    const story = (
      await a.admin.ok(`mutation St($input: CreateStoryInput!) { createStory(input: $input) { id } }`, {
        input: { organisationId: a.organisationId, teamId: team.id, title: 'Koken met de buurman', body: 'Op zondag kookt hij mee.', storytellerName: 'Oom Piet' },
      })
    ).createStory;
    const [libraryItem] = await kring.sql<{ id: string }>(
      `INSERT INTO library_item (organisation_id, source_kind, source_id, audience, title, body) VALUES ($1, 'lesson', $2, 'organisation', 'Eerst vragen', 'Vraag eerst wat zij wil') RETURNING id`,
      [a.organisationId, harvestItem.id],
    );
    ids = {
      default: a.organisationId,
      storyId: story.id,
      libraryItemId: libraryItem.id,
      networkId: network.id,
      visitId: visit.id,
      proposalId: proposal.id,
      conversationId: mirror.id,
      wishId: wish.id,
      participantId: participant.id,
      statementId: statement.id,
      id: a.organisationId,
      organisationId: a.organisationId,
      teamId: team.id,
      locationId: location.id,
      invitationId: invitation.id,
      membershipId: membership.id,
      sessionId: session.id,
      harvestItemId: harvestItem.id,
      practiceId: practice.id,
      methodId: method.id,
      caseId: caseFile.id,
      chapterId: caseFile.chapters[0].id,
      consentId: consent.id,
      entryId: entry.id,
    };
    secrets = [...Object.values(ids), 'Zorgboerderij De Hoeve', 'ingrid@hoeve.test', 'bram@hoeve.test', 'Team wonen', 'Woonhuis', 'Onrust bij het avondeten', 'Rietje', 'Hoe vieren we verjaardagen', 'Vraag eerst wat zij wil', 'Samen koken op zondag', 'Voelt uw naaste', 'Zien naasten onze avonden', 'Familie Jansen', 'Hier is het als thuis', 'Netwerk Oost', 'Gezinshuis Het Kompas', 'Waar wil ik een spiegel op bij het avondeten', 'Koken met de buurman', 'Oom Piet', 'Eerst vragen'];
    foreign = (await secondOrganisation(kring)).admin;

    const sdl = fs.readFileSync(path.resolve(__dirname, '../../apps/api/schema.graphql'), 'utf8');
    operations = generateOperations(buildSchema(sdl), ids);
  });
  afterAll(() => kring.close());

  it('covers every operation of the schema', () => {
    expect(operations.length).toBeGreaterThan(15);
    const names = operations.map((o) => o.name);
    for (const name of Object.keys(PUBLIC_OPERATIONS)) expect(names).toContain(name);
  });

  it('refuses every non-public operation to an anonymous visitor and leaves the data untouched', async () => {
    const before = await fingerprint();
    const anonymous = new GraphqlClient(kring.url);
    for (const op of operations.filter((o) => !(o.name in PUBLIC_OPERATIONS))) {
      const result = await anonymous.request(op.document, op.variables);
      expect({ op: op.name, code: result.errors?.[0]?.extensions?.code }).toEqual({ op: op.name, code: 'UNAUTHENTICATED' });
      expect(JSON.stringify(result.data ?? null)).not.toMatch(new RegExp(secrets.join('|')));
    }
    expect(await fingerprint()).toEqual(before);
  });

  it("refuses every non-public operation on another organisation's rows and leaves the data untouched", async () => {
    const before = await fingerprint();
    for (const op of operations.filter((o) => !(o.name in PUBLIC_OPERATIONS) && !(o.name in OWN_ACCOUNT_OPERATIONS))) {
      const result = await foreign.request(op.document, op.variables);
      expect({ op: op.name, code: result.errors?.[0]?.extensions?.code }).toEqual({ op: op.name, code: 'NOT_FOUND' });
      expect(JSON.stringify(result.data ?? null)).not.toMatch(new RegExp(secrets.join('|')));
    }
    expect(await fingerprint()).toEqual(before);
  });

  it("own-account operations change only the caller's own row", async () => {
    const [before] = await kring.sql(`SELECT display_name FROM person WHERE email = 'ingrid@hoeve.test'`);
    for (const op of operations.filter((o) => o.name in OWN_ACCOUNT_OPERATIONS)) {
      const result = await foreign.request(op.document, op.variables);
      expect(JSON.stringify(result)).not.toMatch(new RegExp(secrets.join('|')));
    }
    expect(await kring.sql(`SELECT display_name FROM person WHERE email = 'ingrid@hoeve.test'`)).toEqual([before]);
    // "Log out everywhere" ended the caller's own logins only.
    const logins = await kring.sql<{ email: string }>(`SELECT DISTINCT p.email FROM auth_session s JOIN person p ON p.id = s.person_id ORDER BY p.email`);
    expect(logins.map((l) => l.email)).toContain('ingrid@hoeve.test');
    expect(logins.map((l) => l.email)).not.toContain('marloes@lindehof.test');
    await foreign.request(LOGIN, { email: 'marloes@lindehof.test', password: PASSWORD });
  });

  it("public operations reveal nothing of another organisation and change none of its data", async () => {
    const before = await fingerprint();
    for (const op of operations.filter((o) => o.name in PUBLIC_OPERATIONS)) {
      const result = await foreign.request(op.document, op.variables);
      expect({ op: op.name, body: JSON.stringify(result) }).not.toEqual({ op: op.name, body: expect.stringMatching(new RegExp(secrets.join('|'))) });
      // logout and a failed login end the foreign session; log back in for the next call.
      await foreign.request(LOGIN, { email: 'marloes@lindehof.test', password: PASSWORD });
    }
    expect(await fingerprint()).toEqual(before);
  });
});
