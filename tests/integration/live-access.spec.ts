import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import { hashToken, newToken } from '../../apps/api/src/engine/auth/tokens';
import { LOGIN, PASSWORD, secondOrganisation } from '../support/fixtures';
import { GraphqlClient } from '../support/graphql-client';
import { startTestKring, TestKring } from '../support/kring-test-app';
import { LiveScreen, Member, planIncidentSession, teamWithPeople } from '../support/session-fixtures';
import { connectSocket } from '../support/socket-client';

/** What the issue promises: a logged-out or removed person's open screen stops receiving and sending within a second. */
const WITHIN_MS = 1_000;

/**
 * Watches a socket from now on; `within(from)` then checks that the server
 * closed it at most WITHIN_MS after `from` (the moment the person's action
 * was answered; the close may well come before that answer).
 */
function closing(socket: Socket) {
  const closedAt = new Promise<number>((resolve) => {
    if (!socket.connected) resolve(0);
    socket.once('disconnect', (reason) => resolve(reason === 'io server disconnect' ? Date.now() : Number.NaN));
  });
  return {
    async within(from: number): Promise<void> {
      const late = new Promise<number>((resolve) =>
        setTimeout(() => resolve(Number.POSITIVE_INFINITY), Math.max(0, from + WITHIN_MS - Date.now()) + 50),
      );
      const at = await Promise.race([closedAt, late]);
      expect(at - from).toBeLessThanOrEqual(WITHIN_MS);
    },
  };
}

/**
 * Access follows the person, not the connection (#15.1): logout, "log out
 * everywhere", a password reset and the removal of a member close that
 * person's open sockets on every API instance at once, and every live
 * command checks the current right (the person's access version) first.
 */
describe('access that follows the person on open live screens', () => {
  let kring: TestKring;
  let second: TestKring;
  let org: Awaited<ReturnType<typeof teamWithPeople>>;
  let session: Awaited<ReturnType<typeof planIncidentSession>>;
  let sanne: LiveScreen;
  const screens: LiveScreen[] = [];
  const open = async (member: Member, url: string) => {
    const screen = await LiveScreen.open(url, member);
    screens.push(screen);
    expect((await screen.join(session.id)).ok).toBe(true);
    return screen;
  };
  /** Another login (another device) of the same person. */
  const device = async (email: string, personId: string): Promise<Member> => {
    const client = new GraphqlClient(kring.url);
    await client.ok(LOGIN, { email, password: PASSWORD });
    return { client, personId };
  };
  const contribute = (screen: LiveScreen, body: string) =>
    screen.send(session.id, { type: 'contribute', phaseId: 'incident', body }, randomUUID());

  beforeAll(async () => {
    kring = await startTestKring();
    second = await startTestKring({ databaseUrl: kring.databaseUrl });
    org = await teamWithPeople(kring);
    session = await planIncidentSession(org);
    sanne = await LiveScreen.open(kring.url, org.sanne);
    await sanne.join(session.id);
    await sanne.ok(session.id, { type: 'startSession' });
  });
  afterEach(() => screens.splice(0).forEach((screen) => screen.close()));
  afterAll(async () => {
    sanne.close();
    await second.close();
    await kring.close();
  });

  it('refuses a command once the membership behind an open socket is gone, and allows it again when it is back', async () => {
    const bram = await open(org.bram, second.url);
    const [membership] = await kring.sql<Record<string, unknown>>(`SELECT * FROM membership WHERE person_id = $1`, [org.bram.personId]);
    // Behind the socket's back (no disconnect is sent): only the per-command check can notice.
    await kring.sql(`DELETE FROM membership WHERE id = $1`, [membership.id]);
    expect(await contribute(bram, 'Mag dit nog?')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const columns = Object.keys(membership);
    await kring.sql(
      `INSERT INTO membership (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`,
      Object.values(membership),
    );
    expect(await contribute(bram, 'Weer lid')).toMatchObject({ ok: true });
  });

  it('refuses the next command of an open socket whose person was just removed from the team, though the socket reuses its recent check', async () => {
    const bram = await open(org.bram, kring.url);
    // A first command lets the socket keep its right (organisation, login, access version) for the following ones.
    expect(await contribute(bram, 'Nog in het team')).toMatchObject({ ok: true });
    const [membership] = await kring.sql<Record<string, unknown>>(`SELECT * FROM membership WHERE person_id = $1 AND team_id = $2`, [
      org.bram.personId,
      org.teamId,
    ]);
    // Taken off the team behind the socket's back, well within the time the socket may reuse its check.
    await kring.sql(`DELETE FROM membership WHERE id = $1`, [membership.id]);
    expect(await contribute(bram, 'Niet meer in het team')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await kring.sql(`SELECT 1 FROM session_entry WHERE session_id = $1 AND body = 'Niet meer in het team'`, [session.id])).toEqual(
      [],
    );
    const columns = Object.keys(membership);
    await kring.sql(
      `INSERT INTO membership (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`,
      Object.values(membership),
    );
    // Back on the team: the same open socket is let through again, with the right read afresh.
    expect(await contribute(bram, 'Weer in het team')).toMatchObject({ ok: true });
  });

  it('ends an idle login: the next command is refused and its socket closes', async () => {
    const phone = await device('bram@hoeve.test', org.bram.personId);
    const bram = await open(phone, kring.url);
    await kring.sql(
      `UPDATE auth_session SET last_seen_at = now() - interval '5 hours' WHERE person_id = $1 AND last_seen_at > now() - interval '1 minute'`,
      [org.bram.personId],
    );
    const closed = closing(bram.socket);
    expect(await contribute(bram, 'Na een lange pauze')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    await closed.within(Date.now());
    await expect(connectSocket(kring.url, phone.client)).rejects.toThrow('UNAUTHENTICATED');
  });

  it('logout closes the sockets of that login on every API instance within a second; the same person elsewhere stays', async () => {
    const laptop = await device('fatima@hoeve.test', org.fatima.personId);
    const onFirst = await open(laptop, kring.url);
    const onSecond = await open(laptop, second.url);
    const otherDevice = await open(org.fatima, second.url);
    const cookie = laptop.client.sessionCookie;
    const closed = [closing(onFirst.socket), closing(onSecond.socket)];
    await laptop.client.ok(`mutation { logout }`);
    const answered = Date.now();
    for (const socket of closed) await socket.within(answered);
    // The events of the room no longer reach the closed screens; the other device still works.
    const after = await contribute(sanne, 'Na het uitloggen');
    if (!after.ok) throw new Error(`refused: ${after.error.code}`);
    // The ack's version, not Sanne's view + 1: her own screen may already show the entry (local sockets get events first).
    await otherDevice.reach(after.version);
    expect(otherDevice.socket.connected).toBe(true);
    expect(await contribute(otherDevice, 'Nog steeds hier')).toMatchObject({ ok: true });
    const stale = new GraphqlClient(kring.url);
    Object.defineProperty(stale, 'sessionCookie', { value: cookie });
    await expect(connectSocket(second.url, stale)).rejects.toThrow('UNAUTHENTICATED');
  });

  it('"log out everywhere" and a password reset close every socket of the person on every instance', async () => {
    const tablet = await device('bram@hoeve.test', org.bram.personId);
    const a = await open(tablet, kring.url);
    const b = await open(tablet, second.url);
    const closed = [closing(a.socket), closing(b.socket)];
    await tablet.client.ok(`mutation { logoutEverywhere }`);
    const answered = Date.now();
    for (const socket of closed) await socket.within(answered);
    expect(await kring.sql(`SELECT id FROM auth_session WHERE person_id = $1`, [org.bram.personId])).toEqual([]);

    // A password reset ends every session of the person too, open sockets included.
    const phone = await device('bram@hoeve.test', org.bram.personId);
    const c = await open(phone, second.url);
    const token = newToken();
    await kring.sql(`INSERT INTO password_reset (person_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '1 hour')`, [
      org.bram.personId,
      hashToken(token),
    ]);
    const resetClosed = closing(c.socket);
    await new GraphqlClient(kring.url).ok(`mutation R($input: ResetPasswordInput!) { resetPassword(input: $input) { person { id } } }`, {
      input: { token, password: PASSWORD },
    });
    await resetClosed.within(Date.now());
  });

  it('removing a member closes their sockets everywhere, ends their part in open sessions, and a new socket is kept out', async () => {
    const fatima = await open(org.fatima, second.url);
    const memberships = await kring.sql<{ id: string }>(`SELECT id FROM membership WHERE person_id = $1`, [org.fatima.personId]);
    const closed = closing(fatima.socket);
    for (const { id } of memberships) await org.ingrid.client.ok(`mutation M($id: ID!) { removeMembership(membershipId: $id) }`, { id });
    await closed.within(Date.now());
    expect(
      await kring.sql(`SELECT 1 FROM session_participant WHERE session_id = $1 AND person_id = $2`, [session.id, org.fatima.personId]),
    ).toEqual([]);
    // The login itself still opens a socket, but the room is no longer hers.
    const back = await LiveScreen.open(kring.url, org.fatima);
    screens.push(back);
    expect(await back.join(session.id)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await contribute(back, 'Toch nog?')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('erasing a member closes their sockets on every instance within a second, also when they stay a member of another organisation', async () => {
    // Bram also works for another organisation: his account and login stay, only this organisation lets him go.
    const other = await secondOrganisation(kring);
    await kring.sql(`INSERT INTO membership (person_id, organisation_id, role) VALUES ($1, $2, 'care_worker')`, [
      org.bram.personId,
      other.organisationId,
    ]);
    // A fresh login: "log out everywhere" above ended his others.
    const phone = await device('bram@hoeve.test', org.bram.personId);
    const bram = await open(phone, second.url);
    const closed = closing(bram.socket);
    const { erasePerson } = await org.ingrid.client.ok(
      `mutation E($input: ErasePersonInput!) { erasePerson(input: $input) { accountDeleted accountAnonymised } }`,
      { input: { organisationId: org.organisationId, personId: org.bram.personId, confirmation: 'Bram' } },
    );
    expect(erasePerson).toEqual({ accountDeleted: false, accountAnonymised: false });
    await closed.within(Date.now());
    // His login still opens a socket (for the other organisation), but this room is no longer his.
    const back = await LiveScreen.open(kring.url, phone);
    screens.push(back);
    expect(await back.join(session.id)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
