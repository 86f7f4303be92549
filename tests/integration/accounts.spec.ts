import { GraphqlClient } from '../support/graphql-client';
import { ACCEPT, CREATE_TEAM, INVITE, LOGIN, PASSWORD, SETUP, setupFirstOrganisation, tokenFromOutbox } from '../support/fixtures';
import { startTestKring, TestKring } from '../support/kring-test-app';
import { watchMail } from '../support/mail-watch';

const ME = `{ me { person { email preferredLanguage } memberships { role organisation { name } team { name } } } }`;

describe('accounts: setup, login, invitations, password reset', () => {
  let kring: TestKring;
  beforeAll(async () => {
    kring = await startTestKring();
  });
  afterAll(() => kring.close());
  // Each test starts with fresh attempt counters (tests/integration/throttles.spec.ts covers the counting).
  beforeEach(() => kring.sql(`DELETE FROM throttle_counter`));

  it('sets up the first organisation once, then refuses a second setup', async () => {
    const anonymous = new GraphqlClient(kring.url);
    expect((await anonymous.ok(`{ setupStatus { needsSetup } }`)).setupStatus.needsSetup).toBe(true);

    const { admin } = await setupFirstOrganisation(kring);
    const me = await admin.ok(ME);
    expect(me.me!.person.email).toBe('ingrid@hoeve.test');
    expect(me.me!.memberships).toEqual([{ role: 'administrator', organisation: { name: 'Zorgboerderij De Hoeve' }, team: null }]);
    expect((await anonymous.ok(`{ setupStatus { needsSetup } }`)).setupStatus.needsSetup).toBe(false);

    const again = await anonymous.request(SETUP, {
      input: {
        organisationName: 'X',
        organisationKind: 'other',
        adminName: 'X',
        adminEmail: 'x@x.test',
        password: PASSWORD,
        preferredLanguage: 'nl',
      },
    });
    expect(again.errors?.[0].extensions?.code).toBe('SETUP_DONE');
    expect(again.errors?.[0].message).toMatch(/al ingericht/);
    expect(await kring.sql(`SELECT id FROM organisation`)).toHaveLength(1);
    expect((await anonymous.request(`mutation { loadDemo { accounts { email } } }`)).errors?.[0].extensions?.code).toBe('DEMO_NOT_EMPTY');
  });

  it('logs in and out with an httpOnly SameSite cookie and stores only a token hash', async () => {
    const browser = new GraphqlClient(kring.url);
    const response = await fetch(`${kring.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOGIN, variables: { email: 'INGRID@hoeve.test ', password: PASSWORD } }),
    });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/kring_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const token = cookie.split(';')[0].split('=')[1];
    const stored = await kring.sql<{ token_hash: string }>(`SELECT token_hash FROM auth_session`);
    expect(stored.map((s) => s.token_hash)).not.toContain(token);

    await browser.ok(LOGIN, { email: 'ingrid@hoeve.test', password: PASSWORD });
    expect((await browser.ok(ME)).me).not.toBeNull();
    await browser.ok(`mutation { logout }`);
    expect((await browser.ok(ME)).me).toBeNull();
  });

  it('answers a wrong password clearly and throttles repeated failures', async () => {
    const browser = new GraphqlClient(kring.url);
    const wrong = await browser.request(LOGIN, { email: 'ingrid@hoeve.test', password: 'fout-wachtwoord' });
    expect(wrong.status).toBe(200);
    expect(wrong.errors?.[0]).toMatchObject({
      message: 'Dit e-mailadres en wachtwoord horen niet bij elkaar.',
      extensions: { code: 'INVALID_CREDENTIALS' },
    });
    for (let i = 0; i < 4; i++) await browser.request(LOGIN, { email: 'ingrid@hoeve.test', password: 'fout-wachtwoord' });
    const throttled = await browser.request(LOGIN, { email: 'ingrid@hoeve.test', password: PASSWORD });
    expect(throttled.errors?.[0].extensions?.code).toBe('TOO_MANY_ATTEMPTS');
    expect(throttled.errors?.[0].message).toMatch(/Probeer het over \d+ minuten opnieuw/);
  });

  it('invites a colleague who accepts once, sets a password and sees the team', async () => {
    const { admin, organisationId } = await loginAdmin();
    const team = (await admin.ok(CREATE_TEAM, { organisationId, name: 'Team wonen' })).createTeam;
    const invitation = await admin.ok(INVITE, {
      input: { organisationId, email: 'Bram@Hoeve.test', role: 'care_worker', teamId: team.id },
    });
    expect(invitation.inviteMember).toMatchObject({ email: 'bram@hoeve.test', role: 'care_worker' });

    const token = await tokenFromOutbox(kring, 'bram@hoeve.test', 'uitnodiging');
    // Bram's browser prefers French, then English: the new account speaks the first language Kring has.
    const bram = new GraphqlClient(kring.url, 'fr, en;q=0.8');
    const preview = await bram.ok(
      `query P($token: String!) { invitationPreview(token: $token) { organisationName teamName role hasAccount } }`,
      { token },
    );
    expect(preview.invitationPreview).toEqual({
      organisationName: 'Zorgboerderij De Hoeve',
      teamName: 'Team wonen',
      role: 'care_worker',
      hasAccount: false,
    });

    // No name and a short password: both named in one refusal, and the invitation still works.
    const both = await bram.request(ACCEPT, { input: { token, displayName: '', password: 'kort' } });
    expect(both.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(Object.keys(both.errors?.[0].extensions?.fields ?? {}).sort()).toEqual(['displayName', 'password']);
    const accepted = await bram.ok(ACCEPT, { input: { token, displayName: 'Bram', password: PASSWORD } });
    expect(accepted.acceptInvitation.memberships).toEqual([
      { role: 'care_worker', team: { id: team.id, name: 'Team wonen' }, organisation: { id: organisationId } },
    ]);

    const reused = await new GraphqlClient(kring.url).request(ACCEPT, { input: { token, displayName: 'Bram 2', password: PASSWORD } });
    expect(reused.errors?.[0].extensions?.code).toBe('TOKEN_INVALID');
    expect(await kring.sql(`SELECT preferred_language FROM person WHERE email = 'bram@hoeve.test'`)).toEqual([
      { preferred_language: 'en' },
    ]);
  });

  it('refuses expired and revoked invitations and a duplicate invitation for an existing member', async () => {
    const { admin, organisationId } = await loginAdmin();
    await admin.ok(INVITE, { input: { organisationId, email: 'laat@hoeve.test', role: 'moderator' } });
    const token = await tokenFromOutbox(kring, 'laat@hoeve.test', 'uitnodiging');
    await kring.sql(`UPDATE invitation SET expires_at = now() - interval '1 minute' WHERE email = 'laat@hoeve.test'`);
    const expired = await new GraphqlClient(kring.url, 'en').request(ACCEPT, { input: { token, displayName: 'Laat', password: PASSWORD } });
    expect(expired.errors?.[0].message).toMatch(/expired, has already been used or is invalid/);

    const second = await admin.ok(INVITE, { input: { organisationId, email: 'weg@hoeve.test', role: 'moderator' } });
    await admin.ok(`mutation R($id: ID!) { revokeInvitation(invitationId: $id) { revokedAt } }`, { id: second.inviteMember.id });
    const revokedToken = await tokenFromOutbox(kring, 'weg@hoeve.test', 'uitnodiging');
    const revoked = await new GraphqlClient(kring.url).request(ACCEPT, {
      input: { token: revokedToken, displayName: 'Weg', password: PASSWORD },
    });
    expect(revoked.errors?.[0].extensions?.code).toBe('TOKEN_INVALID');
    expect(await kring.sql(`SELECT id FROM person WHERE email IN ('laat@hoeve.test', 'weg@hoeve.test')`)).toHaveLength(0);

    const duplicate = await admin.request(INVITE, { input: { organisationId, email: 'ingrid@hoeve.test', role: 'administrator' } });
    expect(duplicate.errors?.[0].extensions?.code).toBe('ALREADY_MEMBER');
  });

  /** Reset links are read from the mail as it passes: they reach no outbox a colleague can read. */
  function watchResetMail() {
    const mail = watchMail(kring);
    return { token: (to: string) => mail.token(to, '/wachtwoord-herstellen'), stop: mail.stop };
  }

  it('resets a password by a single-use link that ends other sessions', async () => {
    const mail = watchResetMail();
    try {
      const other = new GraphqlClient(kring.url);
      await other.ok(LOGIN, { email: 'bram@hoeve.test', password: PASSWORD });
      const anonymous = new GraphqlClient(kring.url);
      expect((await anonymous.ok(`mutation { requestPasswordReset(email: "niemand@nergens.test") }`)).requestPasswordReset).toBe(true);
      expect((await anonymous.ok(`mutation { requestPasswordReset(email: "bram@hoeve.test") }`)).requestPasswordReset).toBe(true);
      const token = mail.token('bram@hoeve.test');
      const reset = `mutation R($token: String!, $password: String!) { resetPassword(input: { token: $token, password: $password }) { person { email } } }`;
      await anonymous.ok(reset, { token, password: 'een-nieuw-wachtwoord' });
      expect((await other.ok(ME)).me).toBeNull();
      expect((await anonymous.request(reset, { token, password: 'nog-een-wachtwoord' })).errors?.[0].extensions?.code).toBe(
        'TOKEN_INVALID',
      );
      await new GraphqlClient(kring.url).ok(LOGIN, { email: 'bram@hoeve.test', password: 'een-nieuw-wachtwoord' });
    } finally {
      mail.stop();
    }
  });

  it('refuses an empty or malformed address for a reset beside the box, and answers a well-formed unknown one like a known one', async () => {
    const RESET = `mutation R($email: String!) { requestPasswordReset(email: $email) }`;
    const anonymous = new GraphqlClient(kring.url);
    const refused = async (email: string) => {
      const result = await anonymous.request(RESET, { email });
      return { code: result.errors?.[0].extensions?.code, fields: result.errors?.[0].extensions?.fields };
    };
    expect(await refused('')).toEqual({ code: 'BAD_USER_INPUT', fields: { email: 'E-mailadres is verplicht' } });
    expect(await refused('   ')).toEqual({ code: 'BAD_USER_INPUT', fields: { email: 'E-mailadres is verplicht' } });
    expect(await refused('bram@')).toEqual({ code: 'BAD_USER_INPUT', fields: { email: 'E-mailadres is geen geldig e-mailadres' } });
    expect(await refused('bram hoeve.test')).toEqual({
      code: 'BAD_USER_INPUT',
      fields: { email: 'E-mailadres is geen geldig e-mailadres' },
    });
    // The refusal is about the form of the text only: a well-formed address gets the same answer, known or not.
    expect((await anonymous.ok(RESET, { email: 'nog-niemand@nergens.test' })).requestPasswordReset).toBe(true);
  });

  it('keeps reset mails out of every Postvak: an administrator cannot read a colleague’s reset link (no SMTP)', async () => {
    const mail = watchResetMail();
    try {
      const ingrid = new GraphqlClient(kring.url);
      await ingrid.ok(LOGIN, { email: 'ingrid@hoeve.test', password: PASSWORD });
      const [{ organisation_id: organisationId }] = await kring.sql<{ organisation_id: string }>(
        `SELECT m.organisation_id FROM membership m JOIN person p ON p.id = m.person_id WHERE p.email = 'ingrid@hoeve.test' AND m.role = 'administrator'`,
      );
      await new GraphqlClient(kring.url).ok(`mutation { requestPasswordReset(email: "bram@hoeve.test") }`);
      const token = mail.token('bram@hoeve.test');
      await kring.mailDelivered();
      const outbox = (await ingrid.ok(`query O($id: ID!) { devOutbox(organisationId: $id) { to subject body } }`, { id: organisationId }))
        .devOutbox;
      expect(JSON.stringify(outbox)).not.toContain(token);
      expect(outbox.filter((m: { subject: string }) => /wachtwoord/i.test(m.subject))).toEqual([]);
      expect(await kring.sql(`SELECT 1 FROM outbox_mail WHERE body LIKE $1`, [`%${token}%`])).toEqual([]);
    } finally {
      mail.stop();
    }
  });

  it('ends every other open reset link once one of them is used', async () => {
    const mail = watchResetMail();
    try {
      const anonymous = new GraphqlClient(kring.url);
      const request = () => anonymous.ok(`mutation { requestPasswordReset(email: "bram@hoeve.test") }`);
      await request();
      const older = mail.token('bram@hoeve.test');
      await request();
      const newer = mail.token('bram@hoeve.test');
      expect(newer).not.toBe(older);
      const reset = `mutation R($token: String!, $password: String!) { resetPassword(input: { token: $token, password: $password }) { person { email } } }`;
      await anonymous.ok(reset, { token: newer, password: 'het-nieuwste-wachtwoord' });
      expect((await anonymous.request(reset, { token: older, password: 'een-overname-poging' })).errors?.[0].extensions?.code).toBe(
        'TOKEN_INVALID',
      );
      await new GraphqlClient(kring.url).ok(LOGIN, { email: 'bram@hoeve.test', password: 'het-nieuwste-wachtwoord' });
      // Back to the password the later tests use.
      await request();
      await anonymous.ok(reset, { token: mail.token('bram@hoeve.test'), password: 'een-nieuw-wachtwoord' });
    } finally {
      mail.stop();
    }
  });

  it('updates the profile language, which then drives error messages', async () => {
    const bram = new GraphqlClient(kring.url, 'nl');
    await bram.ok(LOGIN, { email: 'bram@hoeve.test', password: 'een-nieuw-wachtwoord' });
    await bram.ok(`mutation { updateProfile(input: { displayName: "Bram M.", preferredLanguage: en }) { preferredLanguage } }`);
    const result = await bram.request(`mutation { updateProfile(input: { displayName: "", preferredLanguage: en }) { id } }`);
    expect(result.errors?.[0].extensions?.fields).toEqual({ displayName: 'Name is required' });
  });

  it("carries each organisation's word for the people it cares for in the session, for the screens' sentences", async () => {
    const { admin, organisationId } = await loginAdmin();
    const terms = async () =>
      (await admin.ok(`{ me { memberships { organisation { residentTerm } } } }`)).me!.memberships.map(
        (m: { organisation: { residentTerm: string } | null }) => m.organisation?.residentTerm,
      );
    expect(await terms()).toEqual(['bewoner']);
    await kring.sql(`UPDATE organisation SET resident_term = 'deelnemer' WHERE id = $1`, [organisationId]);
    expect(await terms()).toEqual(['deelnemer']);
    await kring.sql(`UPDATE organisation SET resident_term = 'bewoner' WHERE id = $1`, [organisationId]);
  });

  it('refuses "naaste" as the word for residents, next to the field: it is what Kring calls their family and friends', async () => {
    const { admin, organisationId } = await loginAdmin();
    const profile = {
      organisationId,
      name: 'Zorgboerderij De Hoeve',
      kind: 'care_farm' as const,
      clientGroups: [],
      financing: [],
      careVision: '',
    };
    const UPDATE = `mutation U($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { residentTerm } }`;
    const refused = await admin.request(UPDATE, { input: { ...profile, residentTerm: ' Naaste ' } });
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'RESIDENT_TERM_TAKEN',
      fields: { residentTerm: expect.stringMatching(/^Kring noemt familie en vrienden al "naaste"/) },
    });
    expect(await kring.sql(`SELECT resident_term FROM organisation WHERE id = $1`, [organisationId])).toEqual([
      { resident_term: 'bewoner' },
    ]);
    expect((await admin.ok(UPDATE, { input: { ...profile, residentTerm: 'deelnemer' } })).updateOrganisation.residentTerm).toBe(
      'deelnemer',
    );
    await kring.sql(`UPDATE organisation SET resident_term = 'bewoner' WHERE id = $1`, [organisationId]);
  });

  it('counts wrong passwords on an invitation for an existing account towards the login throttle', async () => {
    const { admin, organisationId } = await loginAdmin();
    await admin.ok(INVITE, { input: { organisationId, email: 'bram@hoeve.test', role: 'moderator' } });
    const token = await tokenFromOutbox(kring, 'bram@hoeve.test', 'uitnodiging');
    const guesser = new GraphqlClient(kring.url);
    for (let i = 0; i < 5; i++) {
      const wrong = await guesser.request(ACCEPT, { input: { token, password: `fout-wachtwoord-${i}` } });
      expect(wrong.errors?.[0].extensions?.code).toBe('INVALID_CREDENTIALS');
    }
    const throttled = await guesser.request(ACCEPT, { input: { token, password: 'een-nieuw-wachtwoord' } });
    expect(throttled.errors?.[0].extensions?.code).toBe('TOO_MANY_ATTEMPTS');
    expect(
      await kring.sql(`SELECT id FROM invitation WHERE email = 'bram@hoeve.test' AND role = 'moderator' AND accepted_at IS NULL`),
    ).toHaveLength(1);
  });

  it('changes a password while logged in: the current one is checked as at login, beside its box; other devices are logged out, this one stays', async () => {
    const CHANGE = `mutation C($input: ChangePasswordInput!) { changePassword(input: $input) }`;
    const { admin: laptop } = await loginAdmin();
    const { admin: phone } = await loginAdmin();
    const wrong = await laptop.request(CHANGE, { input: { currentPassword: 'niet-mijn-wachtwoord', newPassword: 'een-ander-wachtwoord' } });
    expect(wrong.errors?.[0]).toMatchObject({
      message: 'Dit is niet je huidige wachtwoord. Weet je het niet meer? Log uit en kies "Wachtwoord vergeten?".',
      extensions: { code: 'CURRENT_PASSWORD_WRONG', fields: { currentPassword: expect.any(String) } },
    });
    const short = await laptop.request(CHANGE, { input: { currentPassword: PASSWORD, newPassword: 'kort' } });
    expect(short.errors?.[0].extensions?.fields?.newPassword).toMatch(/^Nieuw wachtwoord moet minstens \d+ tekens lang zijn/);
    expect((await phone.ok(ME)).me).not.toBeNull();

    expect((await laptop.ok(CHANGE, { input: { currentPassword: PASSWORD, newPassword: 'een-ander-wachtwoord' } })).changePassword).toBe(
      true,
    );
    expect((await laptop.ok(ME)).me?.person.email).toBe('ingrid@hoeve.test');
    expect((await phone.ok(ME)).me).toBeNull();
    expect(
      (await new GraphqlClient(kring.url).request(LOGIN, { email: 'ingrid@hoeve.test', password: PASSWORD })).errors?.[0].extensions?.code,
    ).toBe('INVALID_CREDENTIALS');
    await new GraphqlClient(kring.url).ok(LOGIN, { email: 'ingrid@hoeve.test', password: 'een-ander-wachtwoord' });
    const [audit] = await kring.sql<{ action: string }>(
      `SELECT action FROM audit_event WHERE action = 'password_changed' AND person_id = (SELECT id FROM person WHERE email = 'ingrid@hoeve.test')`,
    );
    expect(audit?.action).toBe('password_changed');

    // Guessing the current password here counts as guessing at login: five wrong, then the throttle.
    await kring.sql(`DELETE FROM throttle_counter`);
    for (let i = 0; i < 5; i++)
      await laptop.request(CHANGE, { input: { currentPassword: `fout-${i}`, newPassword: 'nog-een-wachtwoord' } });
    const throttled = await laptop.request(CHANGE, {
      input: { currentPassword: 'een-ander-wachtwoord', newPassword: 'nog-een-wachtwoord' },
    });
    expect(throttled.errors?.[0].extensions?.code).toBe('TOO_MANY_ATTEMPTS');

    // Back to the shared test password for whatever runs next.
    await kring.sql(`DELETE FROM throttle_counter`);
    await laptop.ok(CHANGE, { input: { currentPassword: 'een-ander-wachtwoord', newPassword: PASSWORD } });
  });

  async function loginAdmin() {
    const admin = new GraphqlClient(kring.url);
    await admin.ok(LOGIN, { email: 'ingrid@hoeve.test', password: PASSWORD });
    const [org] = await kring.sql<{ id: string }>(`SELECT id FROM organisation`);
    return { admin, organisationId: org.id };
  }
});
