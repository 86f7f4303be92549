import { sessionJoinCode } from '@kring/domain';
import { startTestKring, TestKring } from '../support/kring-test-app';
import { planIncidentSession, teamWithPeople } from '../support/session-fixtures';

const BY_CODE = `query ByCode($code: String!) { sessionByJoinCode(code: $code) }`;

/**
 * The short code on the room's shared screen leads a phone to the live room,
 * but only for people who take part in the session: the code grants nothing.
 */
describe('joining a session by its short code', () => {
  let kring: TestKring;
  let org: Awaited<ReturnType<typeof teamWithPeople>>;
  let session: Awaited<ReturnType<typeof planIncidentSession>>;

  beforeAll(async () => {
    kring = await startTestKring();
    org = await teamWithPeople(kring);
    session = await planIncidentSession(org, { participantIds: [org.bram.personId] });
  });
  afterAll(() => kring.close());

  it('finds the session for its participants, however they type the code', async () => {
    const code = sessionJoinCode(session.id);
    expect((await org.bram.client.ok(BY_CODE, { code })).sessionByJoinCode).toBe(session.id);
    const typed = ` ${code.slice(0, 3).toLowerCase()}-${code.slice(3)} `;
    expect((await org.sanne.client.ok(BY_CODE, { code: typed })).sessionByJoinCode).toBe(session.id);
  });

  it('finds nothing for a colleague who is not invited, not even an administrator', async () => {
    for (const member of [org.fatima, org.ingrid]) {
      const result = await member.client.request(BY_CODE, { code: sessionJoinCode(session.id) });
      expect(result.data?.sessionByJoinCode ?? null).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe('SESSION_JOIN_CODE_UNKNOWN');
      expect(result.errors?.[0]?.message).not.toContain(session.id);
    }
  });

  it('says what a code looks like when the input cannot be one', async () => {
    const result = await org.bram.client.request(BY_CODE, { code: 'K3W!' });
    expect(result.errors?.[0]?.extensions?.code).toBe('SESSION_JOIN_CODE_INVALID');
    expect(result.errors?.[0]?.message).toContain('6 tekens');
  });
});
