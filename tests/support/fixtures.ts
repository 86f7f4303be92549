import { hashPassword } from '../../apps/api/src/modules/accounts/password-hasher';
import type { Role } from './documents.generated';
import { GraphqlClient } from './graphql-client';
import { TestKring } from './kring-test-app';

export const PASSWORD = 'een-veilig-wachtwoord';

export const SETUP = `mutation Setup($input: SetupOrganisationInput!) { setupOrganisation(input: $input) { person { id email } memberships { role organisation { id name } } } }`;
export const LOGIN = `mutation Login($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { person { id displayName } } }`;
export const CREATE_TEAM = `mutation Team($organisationId: ID!, $name: String!) { createTeam(input: { organisationId: $organisationId, name: $name }) { id name } }`;
export const INVITE = `mutation Invite($input: InviteMemberInput!) { inviteMember(input: $input) { id email role expiresAt } }`;
export const ACCEPT = `mutation Accept($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { person { id email } memberships { role team { id name } organisation { id } } } }`;

/** A learning network's value patterns over the last four quarters: which are left out, and the counts per value and direction. */
export const NETWORK_PATTERNS = `query N($networkId: ID!) { networkValuePatterns(networkId: $networkId, quarterCount: 4) { ownOrganisationsLeftOut
  level quarters { quarter suppressed } rows { valueId cells { visibleStrength underPressure openQuestion } } } }`;

/** Sets up Kring's first organisation on the server at `url`; the returned client is logged in as its administrator. */
export async function setupFirstOrganisation(kring: Pick<TestKring, 'url'>, name = 'Zorgboerderij De Hoeve', email = 'ingrid@hoeve.test') {
  const admin = new GraphqlClient(kring.url);
  const data = await admin.ok(SETUP, {
    input: {
      organisationName: name,
      organisationKind: 'care_farm',
      adminName: 'Ingrid',
      adminEmail: email,
      password: PASSWORD,
      preferredLanguage: 'nl',
    },
  });
  const organisationId: string = data.setupOrganisation.memberships[0].organisation!.id;
  return { admin, organisationId, personId: data.setupOrganisation.person.id as string };
}

/** Reads the newest outbox mail to an address and returns the link token in it. */
export async function tokenFromOutbox(kring: TestKring, to: string, path: 'uitnodiging'): Promise<string> {
  await kring.mailDelivered();
  const [mail] = await kring.sql<{ body: string }>(`SELECT body FROM outbox_mail WHERE to_address = $1 ORDER BY created_at DESC LIMIT 1`, [
    to,
  ]);
  const match = mail?.body.match(new RegExp(`/${path}/([A-Za-z0-9_-]+)`));
  if (!match) throw new Error(`No ${path} link in the outbox for ${to}`);
  return match[1];
}

export interface Invitation {
  organisationId: string;
  email: string;
  role: Role;
  teamId?: string | null;
}

/**
 * A colleague who joins the way a real one does: `admin` invites, the invited person accepts through the link in
 * the mail (with PASSWORD) and is logged in on the returned client (in `language`, default Dutch).
 */
export async function joinByInvitation(
  kring: TestKring,
  admin: GraphqlClient,
  invitation: Invitation,
  displayName: string,
  language?: string,
) {
  await admin.ok(INVITE, { input: invitation });
  const client = new GraphqlClient(kring.url, language);
  const accepted = await client.ok(ACCEPT, {
    input: { token: await tokenFromOutbox(kring, invitation.email, 'uitnodiging'), displayName, password: PASSWORD },
  });
  return { client, personId: accepted.acceptInvitation.person.id as string };
}

/**
 * A second organisation with its own administrator, created the way a real
 * one joins (the first administrator cannot create foreign organisations, so
 * this goes straight to SQL plus a real login).
 */
export async function secondOrganisation(kring: TestKring, name = 'De Lindehof', email = 'marloes@lindehof.test') {
  const [org] = await kring.sql<{ id: string }>(`INSERT INTO organisation (name, kind) VALUES ($1, 'small_home') RETURNING id`, [name]);
  const [person] = await kring.sql<{ id: string }>(
    `INSERT INTO person (email, display_name, password_hash) VALUES ($1, 'Marloes', $2) RETURNING id`,
    [email, await hashPassword(PASSWORD, 'light')],
  );
  await kring.sql(`INSERT INTO membership (person_id, organisation_id, role) VALUES ($1, $2, 'administrator')`, [person.id, org.id]);
  const admin = new GraphqlClient(kring.url);
  await admin.ok(LOGIN, { email, password: PASSWORD });
  return { admin, organisationId: org.id, personId: person.id };
}

const LOAD_DEMO = `mutation { loadDemo { accounts { email password } } }`;

/** Loads the demo network into an empty Kring and returns each demo account's printed password by e-mail. */
export async function loadDemoPasswords(kring: TestKring): Promise<Map<string, string>> {
  const demo = await new GraphqlClient(kring.url).ok(LOAD_DEMO);
  return new Map(demo.loadDemo.accounts.map((a) => [a.email, a.password]));
}
