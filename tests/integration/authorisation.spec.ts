import fs from 'node:fs';
import path from 'node:path';
import { buildSchema } from 'graphql';
import { GraphqlClient } from '../support/graphql-client';
import { createEveryRow } from '../support/every-row-fixture';
import { LOGIN, PASSWORD, secondOrganisation } from '../support/fixtures';
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

/** Tables whose rows may change on a refused call: logins and attempt counters (passwords, links, reset mails) are bookkeeping, not data. */
const BOOKKEEPING_TABLES = ['auth_session', 'throttle_counter'];

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
    ({ ids, secrets } = await createEveryRow(kring));
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
