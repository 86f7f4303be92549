import { randomUUID } from 'node:crypto';
import { hashPassword } from '../../apps/api/src/modules/accounts/password-hasher';
import { INVITE, LOGIN, PASSWORD, setupFirstOrganisation } from './fixtures';
import { GraphqlClient, type VariablesFor } from './graphql-client';
import { TestKring } from './kring-test-app';
import type { NetworkTable, TenantTable } from '../../apps/api/src/engine/policy/access.decorator';
import { TargetIds } from './operation-generator';

/** An organisation with an administrator who is logged in. */
export interface OwnedOrganisation {
  admin: GraphqlClient;
  organisationId: string;
  personId: string;
}

/** The real row each ID argument of the schema points at (TargetIds), and the texts that must never leak. */
export interface EveryRow extends TargetIds {
  byOperation: Record<string, Record<string, string>>;
  secrets: string[];
  networkId: string;
  /** The organisation the visit goes to: in the same network, with nobody in it. */
  visitingOrganisationId: string;
  /**
   * A row per table an @Access rule can look up (TenantTable, NetworkTable):
   * socket handlers and HTTP routes name the table, not an argument the
   * GraphQL schema knows, so their generated calls aim by table.
   */
  tables: Partial<Record<TenantTable | NetworkTable, string>>;
  /** A mirror conversation whose letter back has been sent (the letter routes need one; `tables` has a planned one). */
  letterConversationId: string;
  /** The personal link token of a relative in that conversation, who takes part: the letter's public route opens with it. */
  letterToken: string;
  /** A session that has ended: its report is there only then (`tables` has a planned one). */
  closedSessionId: string;
}

/**
 * One of every kind of row an ID argument can point at, for one
 * organisation, made through the API where the API makes it and in SQL where
 * only another party could (a network, a visit's partner). Every text carries
 * `label`, so a leak shows whose row leaked. The organisation gets its own
 * learning network with `peer` (if given) and an empty partner that the visit
 * comes from, so a peer in the network is not involved in the visit.
 */
export async function everyKindOfRow(
  kring: TestKring,
  org: OwnedOrganisation,
  label: string,
  peer?: { organisationId: string },
): Promise<EveryRow> {
  const a = org.admin;
  const id = org.organisationId;
  const ok = <Q extends string>(query: Q, ...variables: VariablesFor<Q>) => a.ok(query, ...variables);
  const t = (text: string) => `${text} ${label}`;

  const team = (
    await ok(`mutation T($id: ID!, $name: String!) { createTeam(input: { organisationId: $id, name: $name }) { id } }`, {
      id,
      name: t('Team wonen'),
    })
  ).createTeam;
  const location = (
    await ok(
      `mutation L($id: ID!, $name: String!) { createLocation(input: { organisationId: $id, name: $name, kind: residence, place: "Lochem" }) { id } }`,
      { id, name: t('Woonhuis') },
    )
  ).createLocation;
  const invitation = (
    await ok(INVITE, {
      input: { organisationId: id, email: `bram.${label.toLowerCase()}@kring.test`, role: 'care_worker', teamId: team.id },
    })
  ).inviteMember;
  const [membership] = await kring.sql<{ id: string }>(`SELECT id FROM membership WHERE organisation_id = $1 AND person_id = $2`, [
    id,
    org.personId,
  ]);
  const method = (
    await ok(
      `mutation M($id: ID!, $name: String!) { copyMethod(organisationId: $id, methodId: "incident_method", newName: $name) { id } }`,
      { id, name: t('Eigen werkvorm') },
    )
  ).copyMethod;
  const caseFile = (
    await ok(
      `mutation C($id: ID!, $team: ID!, $title: String!) { createCase(input: { organisationId: $id, teamId: $team, title: $title, acknowledgeWarnings: true, firstChapter: { title: "Het begin", body: "Mevrouw at niet." } }) { id chapters { id } } }`,
      {
        id,
        team: team.id,
        title: t('Onrust bij het avondeten'),
      },
    )
  ).createCase;
  const consent = (
    await ok(
      `mutation K($id: ID!) { recordCaseConsent(input: { caseId: $id, scope: discuss_in_team, givenBy: resident, form: easy_read, givenOn: "2025-01-15" }) { id } }`,
      { id: caseFile.id },
    )
  ).recordCaseConsent;
  const entry = (
    await ok(
      `mutation E($id: ID!, $p: String!) { addResidentRegisterEntry(input: { organisationId: $id, pseudonym: $p, watchNames: ["Rietje"] }) { id } }`,
      { id, p: t('Mevrouw R.') },
    )
  ).addResidentRegisterEntry;
  const planSession = async (): Promise<{ id: string }> =>
    (
      await ok(`mutation S($input: PlanSessionInput!) { planSession(input: $input) { id } }`, {
        input: {
          organisationId: id,
          teamId: team.id,
          question: t('Hoe vieren we verjaardagen?'),
          methodId: 'incident_method',
          scheduledAt: new Date().toISOString(),
          moderatorId: org.personId,
          participantIds: [],
          lensIds: [],
        },
      })
    ).planSession;
  const session = await planSession();
  const closedSession = await planSession();
  await kring.sql(`UPDATE reflection_session SET status = 'closed', started_at = now(), ended_at = now() WHERE id = $1`, [
    closedSession.id,
  ]);
  const harvestItem = (
    await ok(`mutation H($id: ID!, $b: String!) { addHarvestItem(input: { sessionId: $id, kind: insight, body: $b }) { items { id } } }`, {
      id: session.id,
      b: t('Vraag eerst wat zij wil'),
    })
  ).addHarvestItem.items[0];
  const practice = (
    await ok(`mutation P($id: ID!, $w: String!) { addPractice(input: { sessionId: $id, what: $w }) { practices { id } } }`, {
      id: session.id,
      w: t('Samen koken op zondag'),
    })
  ).addPractice.practices[0];
  const mirror = (
    await ok(`mutation M($input: PlanMirrorConversationInput!) { planMirrorConversation(input: $input) { id } }`, {
      input: {
        organisationId: id,
        teamId: team.id,
        theme: t('Voelt uw naaste zich hier thuis?'),
        scheduledAt: new Date().toISOString(),
        moderatorId: org.personId,
        listenerIds: [],
      },
    })
  ).planMirrorConversation;
  const wish = (
    await ok(
      `mutation W($id: ID!, $b: String!) { addMirrorLearningWish(input: { conversationId: $id, body: $b }) { learningWishes { id } } }`,
      { id: mirror.id, b: t('Zien naasten onze avonden?') },
    )
  ).addMirrorLearningWish.learningWishes[0];
  const participant = (
    await ok(
      `mutation I($id: ID!, $n: String!) { inviteMirrorParticipant(input: { conversationId: $id, displayName: $n, kind: relative, language: nl, sendEmail: false }) { participant { id } } }`,
      {
        id: mirror.id,
        n: t('Familie Jansen'),
      },
    )
  ).inviteMirrorParticipant.participant;
  // A second conversation, held and approved, whose letter back went out, with a relative's link to read it by.
  const held = (
    await ok(`mutation M($input: PlanMirrorConversationInput!) { planMirrorConversation(input: $input) { id } }`, {
      input: {
        organisationId: id,
        teamId: team.id,
        theme: t('Wat betekent thuis?'),
        scheduledAt: new Date().toISOString(),
        moderatorId: org.personId,
        listenerIds: [],
      },
    })
  ).planMirrorConversation;
  const letterLink = (
    await ok(
      `mutation I($id: ID!, $n: String!) { inviteMirrorParticipant(input: { conversationId: $id, displayName: $n, kind: relative, language: nl, sendEmail: false }) { link } }`,
      { id: held.id, n: t('Familie de Vries') },
    )
  ).inviteMirrorParticipant.link as string;
  await kring.sql(`UPDATE mirror_conversation SET status = 'approved', started_at = now(), ended_at = now() WHERE id = $1`, [held.id]);
  // The letter is for those who take part.
  await kring.sql(
    `INSERT INTO mirror_consent (organisation_id, participant_id, scope, form) SELECT organisation_id, id, 'take_part', 'standard' FROM mirror_participant WHERE conversation_id = $1`,
    [held.id],
  );
  await kring.sql(
    `INSERT INTO mirror_letter (conversation_id, organisation_id, heard, will_do, sent_at, sent_by) VALUES ($1, $2, $3, 'Samen eten', now(), $4)`,
    [held.id, id, t('Wij hoorden dat het rustig is'), org.personId],
  );
  const [statement] = await kring.sql<{ id: string }>(
    `INSERT INTO mirror_statement (organisation_id, conversation_id, participant_id, body, quotable) VALUES ($1, $2, $3, $4, true) RETURNING id`,
    [id, mirror.id, participant.id, t('Hier is het als thuis.')],
  );

  // Its own learning network, with the peer (if any) and an empty partner the visit comes from.
  const [network] = await kring.sql<{ id: string }>(`INSERT INTO learning_network (name) VALUES ($1) RETURNING id`, [t('Netwerk')]);
  await kring.sql(`UPDATE organisation SET network_id = $1 WHERE id = ANY($2::uuid[])`, [
    network.id,
    [id, ...(peer ? [peer.organisationId] : [])],
  ]);
  const [partner] = await kring.sql<{ id: string }>(
    `INSERT INTO organisation (network_id, name, kind) VALUES ($1, $2, 'family_home') RETURNING id`,
    [network.id, t('Gezinshuis')],
  );
  const [round] = await kring.sql<{ id: string }>(
    `INSERT INTO matching_round (network_id, months_without_repeat) VALUES ($1, 12) RETURNING id`,
    [network.id],
  );
  const [proposal] = await kring.sql<{ id: string }>(
    `INSERT INTO visit_proposal (network_id, round_id, explanation) VALUES ($1, $2, '{"nl": "Paar", "en": "Pair"}') RETURNING id`,
    [network.id, round.id],
  );
  // Its report is closed and shared within the organisation, so the administrator reads it (and its PDF) as its owner.
  const [visit] = await kring.sql<{ id: string }>(
    `INSERT INTO peer_visit (network_id, organisation_id, visiting_organisation_id, proposal_id, lens_version, lens, focus_question,
       report_status, report_visibility, closed_at)
     VALUES ($1, $2, $3, $4, 0, '{"purpose": "Leren", "valueIds": ["feeling_at_home"], "mirrorThemeIds": [], "questions": []}', $5,
       'closed', 'organisation', now()) RETURNING id`,
    [network.id, id, partner.id, proposal.id, t('Waar wil ik een spiegel op')],
  );
  const [note] = await kring.sql<{ id: string }>(
    `INSERT INTO peer_visit_note (visit_id, network_id, organisation_id, client_id, author_id, body, finding_type, value_ids, about_focus, in_report, revision, last_edit_id)
     VALUES ($1, $2, $3, $4, $5, $6, 'touched_us', '{}', false, true, 1, $7) RETURNING id`,
    [visit.id, network.id, partner.id, randomUUID(), org.personId, t('De tafel werd samen gedekt'), randomUUID()],
  );
  const [conflict] = await kring.sql<{ id: string }>(
    `INSERT INTO peer_visit_note_conflict (note_id, visit_id, network_id, organisation_id, author_id, edit_id, base_revision, body, finding_type, value_ids, about_focus, deleted)
     VALUES ($1, $2, $3, $4, $5, $6, 0, $7, 'touched_us', '{}', false, false) RETURNING id`,
    [note.id, visit.id, network.id, partner.id, org.personId, randomUUID(), t('Een andere versie')],
  );
  const [lensProposal] = await kring.sql<{ id: string }>(
    `INSERT INTO network_lens_proposal (network_id, organisation_id, proposed_by, base_version, purpose, value_ids, mirror_theme_ids, questions, motivation, status, decision_note)
     VALUES ($1, $2, $3, 0, $4, '{}', '{}', '{}', 'Omdat', 'open', '') RETURNING id`,
    [network.id, id, org.personId, t('Kijk ook naar de avond')],
  );
  const story = (
    await ok(`mutation St($input: CreateStoryInput!) { createStory(input: $input) { id } }`, {
      input: {
        organisationId: id,
        teamId: team.id,
        title: t('Koken met de buurman'),
        body: 'Op zondag kookt hij mee.',
        storytellerName: 'Oom Piet',
        storytellerEmail: `piet.${label.toLowerCase()}@kring.test`,
        acknowledgeWarnings: true,
      },
    })
  ).createStory;
  const [libraryItem] = await kring.sql<{ id: string }>(
    `INSERT INTO library_item (organisation_id, source_kind, source_id, audience, title, body) VALUES ($1, 'lesson', $2, 'organisation', $3, 'Vraag eerst wat zij wil') RETURNING id`,
    [id, harvestItem.id, t('Eerst vragen')],
  );
  // A lesson the session gathered for the harvest (as leaving a phase with harvestFlow makes them), waiting for the moderator.
  const [draft] = await kring.sql<{ id: string }>(
    `INSERT INTO harvest_draft (organisation_id, session_id, phase_id, target, body) VALUES ($1, $2, 'lessons', 'insight', $3) RETURNING id`,
    [id, session.id, t('Rust geeft rust')],
  );
  const [notification] = await kring.sql<{ id: string }>(
    `INSERT INTO notification (organisation_id, person_id, kind, subject_id, due_key, params, link) VALUES ($1, $2, 'practice_look_back', $3, $4, '{}', '/leren') RETURNING id`,
    [id, org.personId, practice.id, randomUUID()],
  );
  // An escalation prompt shown to the administrator, not answered yet (only surface, who and choice are ever stored).
  const [prompt] = await kring.sql<{ id: string }>(
    `INSERT INTO escalation_prompt (organisation_id, surface, shown_to_person) VALUES ($1, 'Mutation.fixture', $2) RETURNING id`,
    [id, org.personId],
  );
  // One shown to a relative on their link page: answered only through that same link, never by its id alone.
  const [linkPrompt] = await kring.sql<{ id: string }>(
    `INSERT INTO escalation_prompt (organisation_id, surface, shown_to_participant) VALUES ($1, 'Mutation.saveRelativeResponse', $2) RETURNING id`,
    [id, participant.id],
  );
  const [audit] = await kring.sql<{ id: string }>(`SELECT id FROM audit_event WHERE organisation_id = $1 ORDER BY created_at LIMIT 1`, [
    id,
  ]);

  return {
    ids: {
      promptId: prompt.id,
      organisationId: id,
      organisationIds: id,
      partnerOrganisationId: partner.id,
      personId: org.personId,
      moderatorId: org.personId,
      participantIds: org.personId,
      listenerIds: org.personId,
      storytellerPersonId: org.personId,
      teamId: team.id,
      locationId: location.id,
      invitationId: invitation.id,
      membershipId: membership.id,
      methodId: method.id,
      caseId: caseFile.id,
      chapterId: caseFile.chapters[0].id,
      consentId: consent.id,
      entryId: entry.id,
      sessionId: session.id,
      harvestItemId: harvestItem.id,
      draftId: draft.id,
      practiceId: practice.id,
      conversationId: mirror.id,
      wishId: wish.id,
      participantId: participant.id,
      statementId: statement.id,
      networkId: network.id,
      proposalId: proposal.id,
      visitId: visit.id,
      excludedNoteIds: note.id,
      conflictId: conflict.id,
      adoptedProposalIds: lensProposal.id,
      storyId: story.id,
      // The generated calls ask for the first kind of library source, a case.
      sourceId: caseFile.id,
      libraryItemId: libraryItem.id,
      notificationId: notification.id,
      beforeId: audit.id,
    },
    byOperation: { case: { id: caseFile.id }, organisation: { id }, removeFlaggedText: { promptId: linkPrompt.id } },
    secrets: [
      id,
      caseFile.id,
      story.id,
      visit.id,
      ...[
        'Team wonen',
        'Woonhuis',
        'Eigen werkvorm',
        'Onrust bij het avondeten',
        'Mevrouw R.',
        'Hoe vieren we verjaardagen',
        'Vraag eerst wat zij wil',
        'Samen koken op zondag',
      ]
        .concat([
          'Voelt uw naaste',
          'Zien naasten onze avonden',
          'Familie Jansen',
          'Hier is het als thuis',
          'Wat betekent thuis',
          'Familie de Vries',
          'Wij hoorden dat het rustig is',
          'Netwerk',
          'Gezinshuis',
          'Waar wil ik een spiegel op',
          'Koken met de buurman',
          'Eerst vragen',
        ])
        .concat(['De tafel werd samen gedekt', 'Een andere versie', 'Kijk ook naar de avond'])
        .map(t),
    ],
    networkId: network.id,
    visitingOrganisationId: partner.id,
    letterConversationId: held.id,
    letterToken: letterLink.slice(letterLink.lastIndexOf('/') + 1),
    closedSessionId: closedSession.id,
    tables: {
      organisation: id,
      location: location.id,
      team: team.id,
      invitation: invitation.id,
      membership: membership.id,
      custom_method: method.id,
      case_file: caseFile.id,
      case_chapter: caseFile.chapters[0].id,
      case_consent: consent.id,
      resident_register: entry.id,
      reflection_session: session.id,
      harvest_item: harvestItem.id,
      practice: practice.id,
      mirror_conversation: mirror.id,
      mirror_learning_wish: wish.id,
      mirror_participant: participant.id,
      mirror_statement: statement.id,
      story: story.id,
      library_item: libraryItem.id,
      learning_network: network.id,
      network_lens_proposal: lensProposal.id,
      matching_round: round.id,
      visit_proposal: proposal.id,
      peer_visit: visit.id,
      peer_visit_note_conflict: conflict.id,
    },
  };
}

/** An organisation made the way one joins (SQL plus a real login), with an administrator who is also its entrepreneur. */
export async function joinedOrganisation(kring: TestKring, name: string, email: string): Promise<OwnedOrganisation> {
  const [org] = await kring.sql<{ id: string }>(`INSERT INTO organisation (name, kind) VALUES ($1, 'small_home') RETURNING id`, [name]);
  const [person] = await kring.sql<{ id: string }>(
    `INSERT INTO person (email, display_name, password_hash) VALUES ($1, $2, $3) RETURNING id`,
    [email, name, await hashPassword(PASSWORD, 'light')],
  );
  await kring.sql(`INSERT INTO membership (person_id, organisation_id, role) VALUES ($1, $2, 'administrator'), ($1, $2, 'entrepreneur')`, [
    person.id,
    org.id,
  ]);
  const admin = new GraphqlClient(kring.url);
  await admin.ok(LOGIN, { email, password: PASSWORD });
  return { admin, organisationId: org.id, personId: person.id };
}

/**
 * Organisation A ("Zorgboerderij De Hoeve", ingrid@hoeve.test) with one row
 * of every kind an operation can aim at: the generated tests call every
 * operation with these ids. `secrets` are texts and ids of A that must never
 * reach anyone else.
 */
export async function createEveryRow(kring: TestKring) {
  const a = await setupFirstOrganisation(kring);
  const rows = await everyKindOfRow(kring, a, 'Alfa');
  return { a, ids: rows, secrets: [...rows.secrets, 'Zorgboerderij De Hoeve', 'ingrid@hoeve.test'] };
}

/** A coordinator of `networkId` (SQL plus a real login), with no organisation of their own. */
export function networkCoordinator(kring: TestKring, networkId: string): Promise<GraphqlClient> {
  return memberBySql(kring, { network_id: networkId }, { role: 'network_coordinator', displayName: 'Coördinator' });
}

/**
 * A person in one role of an organisation or a network, made in SQL where only another party could invite them (the
 * visiting organisation of the every-row fixture has nobody), and logged in for real.
 */
export async function memberBySql(
  kring: TestKring,
  of: { organisation_id: string } | { network_id: string },
  { role, displayName }: { role: string; displayName: string },
): Promise<GraphqlClient> {
  const email = `${role.replace(/_/g, '.')}.${randomUUID().slice(0, 8)}@kring.test`;
  const [person] = await kring.sql<{ id: string }>(
    `INSERT INTO person (email, display_name, password_hash) VALUES ($1, $2, $3) RETURNING id`,
    [email, displayName, await hashPassword(PASSWORD, 'light')],
  );
  const [[column, id]] = Object.entries(of);
  await kring.sql(`INSERT INTO membership (person_id, ${column}, role) VALUES ($1, $2, $3)`, [person.id, id, role]);
  const client = new GraphqlClient(kring.url);
  await client.ok(LOGIN, { email, password: PASSWORD });
  return client;
}
