import { GraphqlClient } from '../support/graphql-client';
import { insertConversation, insertVisit, joinNetwork } from '../support/activity-rows';
import { secondOrganisation } from '../support/fixtures';
import { startTestKring, TestKring } from '../support/kring-test-app';
import { planIncidentSession, teamWithPeople } from '../support/session-fixtures';

const FEED = `query { calendarFeed { active createdAt lastFetchedAt } }`;
const CREATE = `mutation { createCalendarFeed { url webcalUrl createdAt } }`;
const REVOKE = `mutation { revokeCalendarFeed { active } }`;
const ADD_PRACTICE = `mutation P($input: AddPracticeInput!) { addPractice(input: $input) { practices { id } } }`;

/** Undoes line folding (RFC 5545 §3.1). */
function unfold(ics: string): string[] {
  return ics.replace(/\r\n /g, '').split('\r\n');
}

describe('the personal calendar feed', () => {
  let kring: TestKring;
  let org: Awaited<ReturnType<typeof teamWithPeople>>;
  let invited: { id: string };
  let notInvited: { id: string };
  let conversationId: string;
  let visitId: string;
  let practiceId: string;

  beforeAll(async () => {
    kring = await startTestKring();
    org = await teamWithPeople(kring);
    invited = await planIncidentSession(org, { question: 'Wat deden we toen meneer K. ’s nachts naar buiten wilde?' });
    notInvited = await planIncidentSession(org, {
      question: 'Een sessie met een ander deel van het team',
      participantIds: [org.fatima.personId],
    });
    practiceId = (
      await org.sanne.client.ok(ADD_PRACTICE, {
        input: { sessionId: invited.id, what: 'Meneer K. zelf laten kiezen wanneer hij wandelt', lookBackOn: '2099-03-01' },
      })
    ).addPractice.practices[0].id;
    conversationId = await insertConversation(kring, {
      organisationId: org.organisationId,
      teamId: org.teamId,
      moderatorId: org.sanne.personId,
      theme: 'Hoe ervaart mevrouw Jansen de avonden?',
      scheduledAt: new Date(Date.now() + 7 * 24 * 3600_000),
      status: 'planned',
      listenerIds: [org.bram.personId],
    });
    const other = await secondOrganisation(kring);
    const networkId = await joinNetwork(kring, [org.organisationId, other.organisationId]);
    visitId = await insertVisit(kring, {
      networkId,
      hostId: other.organisationId,
      visitorId: org.organisationId,
      visitDate: '2099-04-10',
      visitors: [{ personId: org.bram.personId, role: 'care_worker' }],
    });
  });
  afterAll(() => kring.close());

  async function fetchFeed(url: string) {
    // Calendar apps send no cookies: the address alone must do.
    const response = await fetch(url.replace(/^https?:\/\/[^/]+/, kring.url));
    return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
  }

  it('serves a valid iCalendar feed at a secret address with everything on Bram’s calendar, and nothing else', async () => {
    expect((await org.bram.client.ok(FEED)).calendarFeed).toEqual({ active: false, createdAt: null, lastFetchedAt: null });
    const { createCalendarFeed: link } = await org.bram.client.ok(CREATE);
    expect(link.url).toMatch(/\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    expect(link.webcalUrl).toBe(link.url.replace(/^http:/, 'webcal:'));

    const feed = await fetchFeed(link.url);
    expect(feed.status).toBe(200);
    expect(feed.type).toMatch(/^text\/calendar/);
    expect(feed.body).not.toMatch(/[^\r]\n/);
    for (const line of feed.body.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const lines = unfold(feed.body);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    const uids = lines.filter((l) => l.startsWith('UID:')).sort();
    expect(uids).toEqual(
      [
        `UID:session-${invited.id}@kring`,
        `UID:mirror-${conversationId}@kring`,
        `UID:visit-${visitId}@kring`,
        `UID:look-back-${practiceId}@kring`,
      ].sort(),
    );
    expect(lines.filter((l) => l.startsWith('DTSTAMP:'))).toHaveLength(4);
    expect(lines).toContain('SUMMARY:Reflectiesessie: Incidentmethode\\, Team wonen');
    expect(lines).toContain('SUMMARY:Spiegelgesprek met naasten (luisteren)\\, Team wonen');
    expect(lines).toContain('SUMMARY:Collegiale visitatie bij De Lindehof');
    expect(lines).toContain('DTSTART;VALUE=DATE:20990410');
    expect(lines).toContain('DTSTART;VALUE=DATE:20990301');
    // What may touch on a resident stays behind the login.
    expect(feed.body).not.toMatch(/meneer K|Jansen|zelf laten kiezen/);

    expect((await org.bram.client.ok(FEED)).calendarFeed).toMatchObject({ active: true, lastFetchedAt: expect.any(String) });
    const stored = await kring.sql<{ token_hash: string }>(`SELECT token_hash FROM calendar_feed WHERE person_id = $1`, [
      org.bram.personId,
    ]);
    expect(stored[0].token_hash).not.toContain(link.url.split('/').pop()!.replace('.ics', ''));
    expect(uids.join()).not.toContain(notInvited.id);
  });

  it('says so when a mirror conversation is called off, as it does for a session or a visit', async () => {
    const { createCalendarFeed: link } = await org.bram.client.ok(CREATE);
    const statusOf = async () => {
      const lines = unfold((await fetchFeed(link.url)).body);
      const start = lines.indexOf(`UID:mirror-${conversationId}@kring`);
      return lines.slice(start, lines.indexOf('END:VEVENT', start)).find((l) => l.startsWith('STATUS:'));
    };
    expect(await statusOf()).toBe('STATUS:CONFIRMED');
    await org.sanne.client.ok(`mutation C($input: CancelMirrorConversationInput!) { cancelMirrorConversation(input: $input) { status } }`, {
      input: { conversationId, message: 'Het gesprek gaat niet door.' },
    });
    expect(await statusOf()).toBe('STATUS:CANCELLED');
  });

  it('writes the feed in the person’s own language', async () => {
    const { createCalendarFeed: link } = await org.fatima.client.ok(CREATE);
    const lines = unfold((await fetchFeed(link.url)).body);
    expect(lines).toContain('SUMMARY:Reflection session: Incident method\\, Team wonen');
  });

  it('stops the old address when a new one is made, and every address when revoked', async () => {
    const first = (await org.sanne.client.ok(CREATE)).createCalendarFeed;
    expect((await fetchFeed(first.url)).status).toBe(200);
    const second = (await org.sanne.client.ok(CREATE)).createCalendarFeed;
    expect(second.url).not.toBe(first.url);
    const old = await fetchFeed(first.url);
    expect(old.status).toBe(404);
    expect(old.body).toBe('Dit bestaat niet (meer), of je hebt er geen toegang toe.');
    expect((await fetchFeed(second.url)).status).toBe(200);

    expect((await org.sanne.client.ok(REVOKE)).revokeCalendarFeed).toEqual({ active: false });
    expect((await fetchFeed(second.url)).status).toBe(404);
    const audit = await kring.sql<{ action: string }>(
      `SELECT action FROM audit_event WHERE person_id = $1 AND action LIKE 'calendar_feed%' ORDER BY created_at`,
      [org.sanne.personId],
    );
    expect(audit.map((a) => a.action)).toEqual(['calendar_feed_created', 'calendar_feed_created', 'calendar_feed_revoked']);
  });

  it('answers 404 for made-up addresses and shows nothing of an organisation the person left', async () => {
    expect((await fetchFeed(`${kring.url}/calendar/${'a'.repeat(43)}.ics`)).status).toBe(404);
    expect((await fetchFeed(`${kring.url}/calendar/niet-geldig`)).status).toBe(404);
    expect((await fetchFeed(`${kring.url}/calendar/x.ics`)).status).toBe(404);

    const { createCalendarFeed: link } = await org.bram.client.ok(CREATE);
    await kring.sql(`DELETE FROM membership WHERE person_id = $1 AND organisation_id = $2`, [org.bram.personId, org.organisationId]);
    const lines = unfold((await fetchFeed(link.url)).body);
    expect(lines.filter((l) => l.startsWith('UID:'))).toEqual([]);
  });

  it('keeps the feed operations to the viewer’s own account', async () => {
    const anonymous = new GraphqlClient(kring.url);
    expect((await anonymous.request(CREATE)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
