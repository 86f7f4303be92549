import { MirrorConsentScope } from '@kring/domain';
import { randomUUID } from 'node:crypto';
import { hashPassword } from '../../apps/api/src/modules/accounts/password-hasher';
import { LOGIN, PASSWORD } from './fixtures';
import { GraphqlClient } from './graphql-client';
import { TestKring } from './kring-test-app';

/**
 * Rows of mirror conversations and peer visits written straight into the
 * database, in the state a test needs (held, approved, shared…), for tests
 * of features that read them (exports, calendar, reminders, retention)
 * without walking through the whole conversation or visit first.
 */

export interface ConversationRows {
  organisationId: string;
  teamId: string;
  moderatorId: string;
  theme?: string;
  scheduledAt: Date;
  status: 'planned' | 'live' | 'ended' | 'approved';
  listenerIds?: string[];
  /** Themes of its harvest (an approved one), with the team's summary of each. */
  themes?: { themeId: string; summary: string }[];
}

export async function insertConversation(kring: TestKring, c: ConversationRows): Promise<string> {
  const held = c.status !== 'planned';
  const [row] = await kring.sql<{ id: string }>(
    `INSERT INTO mirror_conversation (organisation_id, team_id, theme, scheduled_at, duration_minutes, place, moderator_id, status, started_at, ended_at, harvest_approved_at, created_by)
     VALUES ($1, $2, $3, $4, 90, 'Woonkamer', $5, $6, $7, $7, $8, $5) RETURNING id`,
    [
      c.organisationId,
      c.teamId,
      c.theme ?? 'Voelt uw naaste zich hier thuis?',
      c.scheduledAt,
      c.moderatorId,
      c.status,
      held ? c.scheduledAt : null,
      c.status === 'approved' ? c.scheduledAt : null,
    ],
  );
  for (const theme of c.themes ?? []) {
    await kring.sql(`INSERT INTO mirror_harvest_theme (conversation_id, theme_id, organisation_id, summary) VALUES ($1, $2, $3, $4)`, [
      row.id,
      theme.themeId,
      c.organisationId,
      theme.summary,
    ]);
  }
  for (const personId of c.listenerIds ?? []) {
    await kring.sql(`INSERT INTO mirror_listener (conversation_id, person_id, organisation_id) VALUES ($1, $2, $3)`, [
      row.id,
      personId,
      c.organisationId,
    ]);
  }
  return row.id;
}

/** A relative with their consent scopes, and what they said (in the harvest or not). */
export async function insertRelative(
  kring: TestKring,
  r: {
    organisationId: string;
    conversationId: string;
    name: string;
    pseudonym: string;
    scopes: MirrorConsentScope[];
    statements: { body: string; inHarvest: boolean; createdAt?: Date }[];
  },
): Promise<string> {
  const [participant] = await kring.sql<{ id: string }>(
    `INSERT INTO mirror_participant (organisation_id, conversation_id, kind, display_name, pseudonym, token_hash, expires_at)
     VALUES ($1, $2, 'relative', $3, $4, $5, now() + interval '30 days') RETURNING id`,
    [r.organisationId, r.conversationId, r.name, r.pseudonym, randomUUID()],
  );
  for (const scope of r.scopes) {
    await kring.sql(`INSERT INTO mirror_consent (organisation_id, participant_id, scope, form) VALUES ($1, $2, $3, 'standard')`, [
      r.organisationId,
      participant.id,
      scope,
    ]);
  }
  for (const s of r.statements) {
    await kring.sql(
      `INSERT INTO mirror_statement (organisation_id, conversation_id, participant_id, body, quotable, in_harvest, created_at) VALUES ($1, $2, $3, $4, $5, $5, $6)`,
      [r.organisationId, r.conversationId, participant.id, s.body, s.inHarvest, s.createdAt ?? new Date()],
    );
  }
  return participant.id;
}

/** Puts organisations in one learning network (made when not given). */
export async function joinNetwork(kring: TestKring, organisationIds: string[], networkId?: string): Promise<string> {
  const id =
    networkId ??
    (await kring.sql<{ id: string }>(`INSERT INTO learning_network (name) VALUES ('Lerend netwerk Achterhoek') RETURNING id`))[0].id;
  await kring.sql(`UPDATE organisation SET network_id = $1 WHERE id = ANY($2::uuid[])`, [id, organisationIds]);
  return id;
}

/**
 * Joke, the network's coordinator (a membership of the network, not of an organisation), logged in; `also` makes
 * another coordinator who also works in member organisations of the network.
 */
export async function loggedInCoordinator(
  kring: TestKring,
  networkId: string,
  also?: { email: string; name: string; memberOf: string[] },
): Promise<GraphqlClient> {
  const email = also?.email ?? 'joke@netwerk.test';
  const [person] = await kring.sql<{ id: string }>(
    `INSERT INTO person (email, display_name, password_hash) VALUES ($1, $2, $3) RETURNING id`,
    [email, also?.name ?? 'Joke', await hashPassword(PASSWORD, 'light')],
  );
  await kring.sql(`INSERT INTO membership (person_id, network_id, role) VALUES ($1, $2, 'network_coordinator')`, [person.id, networkId]);
  for (const organisationId of also?.memberOf ?? []) {
    await kring.sql(`INSERT INTO membership (person_id, organisation_id, role) VALUES ($1, $2, 'entrepreneur')`, [
      person.id,
      organisationId,
    ]);
  }
  const coordinator = new GraphqlClient(kring.url);
  await coordinator.ok(LOGIN, { email, password: PASSWORD });
  return coordinator;
}

export interface VisitRows {
  networkId: string;
  hostId: string;
  visitorId: string;
  visitDate: string;
  status?: 'preparing' | 'agreed' | 'cancelled';
  focusQuestion?: string;
  summary?: string;
  hostReflection?: string;
  reportStatus?: 'draft' | 'with_host' | 'closed';
  visibility?: 'involved' | 'team' | 'organisation' | 'network';
  /** People of the visiting organisation in the visiting team. */
  visitors?: { personId: string; role: 'entrepreneur' | 'care_worker' }[];
}

export async function insertVisit(kring: TestKring, v: VisitRows): Promise<string> {
  const [row] = await kring.sql<{ id: string }>(
    `INSERT INTO peer_visit (network_id, organisation_id, visiting_organisation_id, status, focus_question, format, visit_date, lens_version, lens,
                             report_status, report_summary, host_reflection, report_visibility)
     VALUES ($1, $2, $3, $4, $5, 'day', $6, 0, '{}'::jsonb, $7, $8, $9, $10) RETURNING id`,
    [
      v.networkId,
      v.hostId,
      v.visitorId,
      v.status ?? 'agreed',
      v.focusQuestion ?? 'Waar wil ik een spiegel op?',
      v.visitDate,
      v.reportStatus ?? 'draft',
      v.summary ?? '',
      v.hostReflection ?? '',
      v.visibility ?? 'involved',
    ],
  );
  for (const member of v.visitors ?? []) {
    await kring.sql(`INSERT INTO peer_visit_member (visit_id, network_id, organisation_id, person_id, role) VALUES ($1, $2, $3, $4, $5)`, [
      row.id,
      v.networkId,
      v.visitorId,
      member.personId,
      member.role,
    ]);
  }
  return row.id;
}

/** A beeld in a visit's notebook. */
export async function insertVisitNote(
  kring: TestKring,
  n: {
    visitId: string;
    networkId: string;
    hostId: string;
    authorId: string;
    body: string;
    findingType?: string;
    valueIds?: string[];
    mirrorThemeId?: string | null;
    inReport?: boolean;
    deleted?: boolean;
    updatedAt?: Date;
  },
): Promise<string> {
  const [row] = await kring.sql<{ id: string }>(
    `INSERT INTO peer_visit_note (visit_id, network_id, organisation_id, client_id, author_id, body, finding_type, value_ids, mirror_theme_id, in_report, deleted_at, revision, last_edit_id, updated_at)
     VALUES ($1, $2, $3, gen_random_uuid(), $4, $5, $6, $7, $8, $9, $10, 1, gen_random_uuid(), $11) RETURNING id`,
    [
      n.visitId,
      n.networkId,
      n.hostId,
      n.authorId,
      n.body,
      n.findingType ?? 'touched_us',
      n.valueIds ?? ['feeling_at_home'],
      n.mirrorThemeId ?? null,
      n.inReport ?? true,
      n.deleted ? new Date() : null,
      n.updatedAt ?? new Date(),
    ],
  );
  return row.id;
}

/**
 * `count` more organisations in the network, each of which showed something in the year of `day` (one new practice,
 * open): with them a network aggregate has organisations enough to show its figures (tooFewOrganisations, the
 * network rule). Named "Zorgplek 1", "Zorgplek 2", …; returns their ids.
 */
export async function organisationsThatShowedSomething(
  kring: TestKring,
  networkId: string,
  count: number,
  day = new Date(),
): Promise<string[]> {
  const ids: string[] = [];
  for (let n = 1; n <= count; n++) {
    const [org] = await kring.sql<{ id: string }>(
      `INSERT INTO organisation (name, kind, network_id) VALUES ($1, 'small_home', $2) RETURNING id`,
      [`Zorgplek ${n}`, networkId],
    );
    await kring.sql(`INSERT INTO practice (organisation_id, what, created_at) VALUES ($1, 'Samen koken op zondag', $2)`, [org.id, day]);
    ids.push(org.id);
  }
  return ids;
}
