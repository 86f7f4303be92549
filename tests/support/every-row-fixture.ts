import { CREATE_TEAM, INVITE, setupFirstOrganisation } from './fixtures';
import { TestKring } from './kring-test-app';
import { TargetIds } from './operation-generator';

/**
 * Organisation A with one row of every kind an operation can aim at (team,
 * location, invitation, method, case with chapter and consent, register
 * entry, session with harvest item and practice, mirror conversation with
 * wish, relative and statement, learning network with a visit, story,
 * library item): the generated tests call every operation with these ids.
 * `secrets` are texts and ids of A that must never reach anyone else.
 */
export async function createEveryRow(kring: TestKring) {
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
      input: { organisationId: a.organisationId, teamId: team.id, title: 'Koken met de buurman', body: 'Op zondag kookt hij mee.', storytellerName: 'Oom Piet', storytellerEmail: 'piet@buurman.test' },
    })
  ).createStory;
  const [libraryItem] = await kring.sql<{ id: string }>(
    `INSERT INTO library_item (organisation_id, source_kind, source_id, audience, title, body) VALUES ($1, 'lesson', $2, 'organisation', 'Eerst vragen', 'Vraag eerst wat zij wil') RETURNING id`,
    [a.organisationId, harvestItem.id],
  );
  const ids: TargetIds = {
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
  const secrets = [...Object.values(ids), 'Zorgboerderij De Hoeve', 'ingrid@hoeve.test', 'bram@hoeve.test', 'Team wonen', 'Woonhuis', 'Onrust bij het avondeten', 'Rietje', 'Hoe vieren we verjaardagen', 'Vraag eerst wat zij wil', 'Samen koken op zondag', 'Voelt uw naaste', 'Zien naasten onze avonden', 'Familie Jansen', 'Hier is het als thuis', 'Netwerk Oost', 'Gezinshuis Het Kompas', 'Waar wil ik een spiegel op bij het avondeten', 'Koken met de buurman', 'Oom Piet', 'Eerst vragen'];
  return { a, ids, secrets };
}
