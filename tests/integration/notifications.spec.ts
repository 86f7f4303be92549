import { ReminderJob } from '../../apps/api/src/modules/notifications/reminders/reminder-job';
import { insertConversation, insertVisit, joinNetwork } from '../support/activity-rows';
import { secondOrganisation } from '../support/fixtures';
import { GraphqlClient } from '../support/graphql-client';
import { startTestKring, TestKring } from '../support/kring-test-app';
import { planIncidentSession, teamWithPeople } from '../support/session-fixtures';

const LIST = `query L($unreadOnly: Boolean) { notifications(unreadOnly: $unreadOnly) { unreadCount hasMore items { id kind text link readAt organisation { name } } } }`;
const COUNT = `query { unreadNotificationCount }`;
const READ = `mutation R($id: ID!) { markNotificationRead(notificationId: $id) { id readAt } }`;
const READ_ALL = `mutation { markAllNotificationsRead }`;
const ADD_PRACTICE = `mutation P($input: AddPracticeInput!) { addPractice(input: $input) { practices { id } } }`;

const DAY = 24 * 3600_000;

describe('notifications and reminders', () => {
  let kring: TestKring;
  let org: Awaited<ReturnType<typeof teamWithPeople>>;
  let job: ReminderJob;

  beforeAll(async () => {
    kring = await startTestKring();
    org = await teamWithPeople(kring);
    job = kring.app.get(ReminderJob);
    // The mails that invited the team into Kring are not what these tests are about.
    await kring.mailDelivered();
    await kring.sql(`DELETE FROM outbox_mail`);
  });
  afterAll(() => kring.close());

  const notificationsOf = (personId: string) =>
    kring.sql<{ kind: string; subject_id: string; due_key: string }>(
      `SELECT kind, subject_id, due_key FROM notification WHERE person_id = $1 ORDER BY created_at, kind`,
      [personId],
    );
  const mailsTo = async (email: string) => {
    await kring.mailDelivered();
    return kring.sql<{ subject: string; body: string }>(`SELECT subject, body FROM outbox_mail WHERE to_address = $1 ORDER BY created_at`, [
      email,
    ]);
  };

  /** A second organisation in a network with this one, visiting it (its administrator in the visiting team), on a day from today. */
  async function visitFrom(name: string, email: string, inDays: number, extra: Partial<Parameters<typeof insertVisit>[1]> = {}) {
    const visitor = await secondOrganisation(kring, name, email);
    const networkId = await joinNetwork(kring, [org.organisationId, visitor.organisationId]);
    const visitId = await insertVisit(kring, {
      networkId,
      hostId: org.organisationId,
      visitorId: visitor.organisationId,
      visitDate: new Date(Date.now() + inDays * DAY).toISOString().slice(0, 10),
      visitors: [{ personId: visitor.personId, role: 'entrepreneur' }],
      ...extra,
    });
    return { visitor, visitId };
  }

  /** Makes a person a care entrepreneur of an organisation too (besides any other role), as in the demo. */
  const addEntrepreneur = (personId: string, organisationId: string) =>
    kring.sql(`INSERT INTO membership (person_id, organisation_id, role) VALUES ($1, $2, 'entrepreneur') ON CONFLICT DO NOTHING`, [
      personId,
      organisationId,
    ]);

  it('invites the people of a planned session once, by e-mail and in the app, and reminds everyone the day before', async () => {
    const scheduledAt = new Date(Date.now() + 3 * DAY);
    const session = await planIncidentSession(org, { scheduledAt: scheduledAt.toISOString() });

    expect(await job.run(new Date())).toEqual({ created: 2, mailed: 2 });
    // Sanne planned it herself: she needs no invitation.
    expect(await notificationsOf(org.sanne.personId)).toEqual([]);
    expect(await notificationsOf(org.bram.personId)).toEqual([{ kind: 'session_invited', subject_id: session.id, due_key: '' }]);
    const [mail] = await mailsTo('bram@hoeve.test');
    expect(mail.subject).toBe('Uitnodiging voor een reflectiesessie');
    expect(mail.body).toContain('Je bent uitgenodigd voor een reflectiesessie (Incidentmethode, Team wonen) op');
    expect(mail.body).toContain(`/sessies/${session.id}`);
    // The question may touch on a resident; it stays in Kring.
    expect(mail.body).not.toContain('meneer K.');
    const [english] = await mailsTo('fatima@hoeve.test');
    expect(english.subject).toBe('Invitation to a reflection session');

    // Running again changes nothing: every reminder is sent once.
    expect(await job.run(new Date())).toEqual({ created: 0, mailed: 0 });

    const dayBefore = new Date(scheduledAt.getTime() - 12 * 3600_000);
    expect(await job.run(dayBefore)).toEqual({ created: 3, mailed: 3 });
    expect((await notificationsOf(org.sanne.personId)).map((n) => n.kind)).toEqual(['session_soon']);
    expect((await mailsTo('sanne@hoeve.test'))[0].subject).toBe('Herinnering: reflectiesessie');

    // Moved to another day: that is a new reminder.
    const moved = new Date(scheduledAt.getTime() + DAY);
    await kring.sql(`UPDATE reflection_session SET scheduled_at = $2 WHERE id = $1`, [session.id, moved]);
    expect(await job.run(new Date(moved.getTime() - 12 * 3600_000))).toEqual({ created: 3, mailed: 3 });
  });

  it('claims each reminder once when several API processes run the job at the same moment', async () => {
    const session = await planIncidentSession(org, { scheduledAt: new Date(Date.now() + 10 * DAY).toISOString() });
    const lookBackOn = new Date(Date.now() + 20 * DAY).toISOString().slice(0, 10);
    await org.sanne.client.ok(ADD_PRACTICE, { input: { sessionId: session.id, what: 'Samen koken op zondag', lookBackOn } });
    await kring.mailDelivered();
    await kring.sql(`DELETE FROM outbox_mail`);

    // A second Kring on the same database: another process.
    const second = await startTestKring({ databaseUrl: kring.databaseUrl });
    try {
      const at = new Date(`${lookBackOn}T10:00:00Z`);
      const runs = await Promise.all([job.run(at), second.app.get(ReminderJob).run(at), job.run(at), second.app.get(ReminderJob).run(at)]);
      const created = runs.reduce((sum, r) => sum + r.created, 0);
      // The look-back goes to the three members of the team (Sanne, Bram, Fatima).
      expect(created).toBe(3);
      const lookBacks = await kring.sql(`SELECT person_id FROM notification WHERE kind = 'look_back_due'`);
      expect(lookBacks).toHaveLength(3);
      await kring.mailDelivered();
      const mails = await kring.sql<{ subject: string }>(`SELECT subject FROM outbox_mail WHERE subject LIKE 'Tijd om terug te kijken%'`);
      expect(mails).toHaveLength(2);
      expect(await kring.sql(`SELECT 1 FROM outbox_mail WHERE subject = 'Time to look back on a new practice'`)).toHaveLength(1);
    } finally {
      await second.close();
    }
  });

  it('invites listeners of a mirror conversation and reminds the visiting team of a peer visit', async () => {
    const conversationId = await insertConversation(kring, {
      organisationId: org.organisationId,
      teamId: org.teamId,
      moderatorId: org.sanne.personId,
      scheduledAt: new Date(Date.now() + 5 * DAY),
      status: 'planned',
      listenerIds: [org.bram.personId],
    });
    const other = await secondOrganisation(kring);
    const networkId = await joinNetwork(kring, [org.organisationId, other.organisationId]);
    const tomorrow = new Date(Date.now() + DAY).toISOString().slice(0, 10);
    const visitId = await insertVisit(kring, {
      networkId,
      hostId: other.organisationId,
      visitorId: org.organisationId,
      visitDate: tomorrow,
      visitors: [{ personId: org.bram.personId, role: 'care_worker' }],
    });
    await job.run(new Date());
    const bram = await notificationsOf(org.bram.personId);
    expect(bram).toEqual(
      expect.arrayContaining([
        { kind: 'mirror_listener_invited', subject_id: conversationId, due_key: '' },
        { kind: 'visit_soon', subject_id: visitId, due_key: tomorrow },
      ]),
    );
    const { notifications } = await org.bram.client.ok(LIST, {});
    const visit = notifications.items.find((n: { kind: string }) => n.kind === 'visit_soon');
    expect(visit).toMatchObject({ link: `/visitatie/${visitId}`, organisation: { name: 'Zorgboerderij De Hoeve' } });
    expect(visit!.text).toMatch(/^Binnenkort: jullie collegiale visitatie bij De Lindehof, op /);
  });

  it('reminds the moderator and the listeners of a mirror conversation the day before, once per planned moment', async () => {
    const scheduledAt = new Date(Date.now() + 12 * 3600_000);
    const conversationId = await insertConversation(kring, {
      organisationId: org.organisationId,
      teamId: org.teamId,
      moderatorId: org.sanne.personId,
      scheduledAt,
      status: 'planned',
      listenerIds: [org.bram.personId],
    });
    await job.run(new Date());
    await job.run(new Date());
    const soon = { kind: 'mirror_soon', subject_id: conversationId, due_key: scheduledAt.toISOString() };
    for (const person of [org.sanne, org.bram])
      expect((await notificationsOf(person.personId)).filter((n) => n.subject_id === conversationId && n.kind === 'mirror_soon')).toEqual([
        soon,
      ]);
    expect(await notificationsOf(org.fatima.personId)).not.toContainEqual(soon);
    const { notifications } = await org.sanne.client.ok(LIST, {});
    const reminder = notifications.items.find((n: { kind: string; link: string }) => n.kind === 'mirror_soon');
    expect(reminder).toMatchObject({ link: `/spiegelgesprekken/${conversationId}`, organisation: { name: 'Zorgboerderij De Hoeve' } });
    expect(reminder!.text).toMatch(/^Binnenkort: spiegelgesprek met naasten/);
  });

  it('shows the viewer their own notifications, newest first, and marks them read', async () => {
    const { notifications } = await org.bram.client.ok(LIST, {});
    expect(notifications.unreadCount).toBe(notifications.items.length);
    expect((await org.bram.client.ok(COUNT)).unreadNotificationCount).toBe(notifications.items.length);
    const first = notifications.items[0];
    expect((await org.bram.client.ok(READ, { id: first.id })).markNotificationRead.readAt).not.toBeNull();
    expect((await org.bram.client.ok(COUNT)).unreadNotificationCount).toBe(notifications.items.length - 1);
    expect((await org.bram.client.ok(LIST, { unreadOnly: true })).notifications.items.map((n: { id: string }) => n.id)).not.toContain(
      first.id,
    );

    // Someone else's notification does not exist for you; nor does a malformed id.
    expect((await org.fatima.client.request(READ, { id: first.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await org.fatima.client.request(READ, { id: 'geen-id' })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await new GraphqlClient(kring.url).request(COUNT)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    expect((await org.bram.client.ok(READ_ALL)).markAllNotificationsRead).toBe(notifications.items.length - 1);
    expect((await org.bram.client.ok(COUNT)).unreadNotificationCount).toBe(0);
  });

  it('tells the participants of a session once its report is approved, only those still in the organisation', async () => {
    const session = await planIncidentSession(org, { scheduledAt: new Date(Date.now() + 2 * DAY).toISOString() });
    await kring.sql(`UPDATE reflection_session SET status = 'closed' WHERE id = $1`, [session.id]);
    // Fatima leaves before the approval (and comes back after it, for the tests that follow).
    const memberships = await kring.sql(`DELETE FROM membership WHERE person_id = $1 RETURNING *`, [org.fatima.personId]);
    await kring.mailDelivered();
    await kring.sql(`DELETE FROM outbox_mail`);
    try {
      await org.sanne.client.ok(`mutation A($id: ID!) { approveReport(sessionId: $id) { approvedAt } }`, { id: session.id });
    } finally {
      await kring.sql(`INSERT INTO membership SELECT * FROM jsonb_populate_recordset(null::membership, $1::jsonb)`, [
        JSON.stringify(memberships),
      ]);
    }
    const about = async (personId: string) => (await notificationsOf(personId)).filter((n) => n.subject_id === session.id);
    expect(await about(org.bram.personId)).toEqual([{ kind: 'session_report_approved', subject_id: session.id, due_key: '' }]);
    // Fatima left; Sanne approved it herself.
    expect(await about(org.fatima.personId)).toEqual([]);
    expect(await about(org.sanne.personId)).toEqual([]);
    const [mail] = await mailsTo('bram@hoeve.test');
    expect(mail.subject).toBe('Het verslag van jullie reflectiesessie staat klaar');
    expect(mail.body).toContain(`/sessies/${session.id}/verslag`);
    expect(await mailsTo('fatima@hoeve.test')).toEqual([]);
    // The reminder job sends nothing more for it.
    await job.run(new Date());
    expect(await about(org.bram.personId)).toHaveLength(1);
  });

  it('stops showing an invitation to someone taken off the session, and to everyone once it is called off', async () => {
    const session = await planIncidentSession(org, { scheduledAt: new Date(Date.now() + 5 * DAY).toISOString() });
    await job.run(new Date());
    const bell = async (client: GraphqlClient) => {
      const { notifications } = await client.ok(LIST, {});
      const here = notifications.items.filter((n: { link: string }) => n.link === `/sessies/${session.id}`);
      return { kinds: here.map((n: { kind: string }) => n.kind), unread: notifications.unreadCount };
    };
    const bramBefore = await bell(org.bram.client);
    const fatimaBefore = await bell(org.fatima.client);
    expect([bramBefore.kinds, fatimaBefore.kinds]).toEqual([['session_invited'], ['session_invited']]);

    // Fatima is taken off the session: "Je bent uitgenodigd" is no longer so, and it no longer counts as unread.
    await kring.sql(`DELETE FROM session_participant WHERE session_id = $1 AND person_id = $2`, [session.id, org.fatima.personId]);
    expect(await bell(org.fatima.client)).toEqual({ kinds: [], unread: fatimaBefore.unread - 1 });
    expect((await org.fatima.client.ok(COUNT)).unreadNotificationCount).toBe(fatimaBefore.unread - 1);
    expect(await bell(org.bram.client)).toEqual(bramBefore);

    // Called off: nobody's bell invites to it any longer.
    await org.sanne.client.ok(`mutation C($id: ID!) { cancelSession(sessionId: $id) { id } }`, { id: session.id });
    expect(await bell(org.bram.client)).toEqual({ kinds: [], unread: bramBefore.unread - 1 });
  });

  it('reminds nobody who left the organisation, and hides the notifications of an organisation one left', async () => {
    const session = await planIncidentSession(org, { scheduledAt: new Date(Date.now() + 4 * DAY).toISOString() });
    await kring.sql(`DELETE FROM membership WHERE person_id = $1`, [org.fatima.personId]);
    expect(await job.run(new Date())).toEqual({ created: 1, mailed: 1 });
    expect((await notificationsOf(org.fatima.personId)).map((n) => n.subject_id)).not.toContain(session.id);
    expect((await org.fatima.client.ok(LIST, {})).notifications).toEqual({ unreadCount: 0, hasMore: false, items: [] });
  });

  it('tells the host when the visitors hand over the mirror report, and the visitors when the host responded and closed it', async () => {
    const { visitor, visitId } = await visitFrom('Het Wilgenhuis', 'beheer@wilgenhuis.test', -3);
    // The host's care entrepreneurs decide on the report: Ingrid is one (besides administrator), as in the demo.
    await addEntrepreneur(org.ingrid.personId, org.organisationId);
    await kring.sql(`UPDATE peer_visit SET report_status = 'with_host', handed_to_host_at = now() - interval '1 hour' WHERE id = $1`, [
      visitId,
    ]);
    await job.run(new Date());
    expect(await notificationsOf(org.ingrid.personId)).toContainEqual(
      expect.objectContaining({ kind: 'visit_report_handed_over', subject_id: visitId }),
    );
    const { notifications } = await org.ingrid.client.ok(LIST, {});
    const handed = notifications.items.find((n: { kind: string }) => n.kind === 'visit_report_handed_over');
    expect(handed).toMatchObject({ link: `/visitatie/${visitId}/spiegelrapport` });
    expect(handed!.text).toMatch(
      /^Het Wilgenhuis gaf het spiegelrapport van jullie visitatie aan jullie door, op .+\. Nu is het aan jullie/,
    );
    expect((await mailsTo('ingrid@hoeve.test')).map((m) => m.subject)).toContain('Het spiegelrapport ligt bij jullie');
    // Nobody in the visiting team hears of their own hand-over.
    expect(await notificationsOf(visitor.personId)).toEqual([]);

    await kring.sql(`UPDATE peer_visit SET report_status = 'closed', closed_at = now() - interval '5 minutes' WHERE id = $1`, [visitId]);
    await job.run(new Date());
    await job.run(new Date());
    expect(await notificationsOf(visitor.personId)).toEqual([{ kind: 'visit_report_closed', subject_id: visitId, due_key: '' }]);
    const [mail] = await mailsTo('beheer@wilgenhuis.test');
    expect(mail.subject).toBe('De gastheer reageerde op jullie spiegelrapport');
    expect(mail.body).toContain('Zorgboerderij De Hoeve reageerde op jullie spiegelrapport en sloot het af');
    expect(mail.body).toContain(`/visitatie/${visitId}/spiegelrapport`);
  });
  it('tells the other side when a visit is proposed, and whose turn it is to agree to the arrangements', async () => {
    const { visitor, visitId } = await visitFrom('De Vlinderhof', 'beheer@vlinderhof.test', 20, { status: 'preparing' });
    await addEntrepreneur(org.ingrid.personId, org.organisationId);
    await addEntrepreneur(visitor.personId, visitor.organisationId);
    // The visitors propose the visit: the host hears of it, the proposer does not.
    await kring.sql(`UPDATE peer_visit SET created_by = $2, created_at = now() - interval '1 hour' WHERE id = $1`, [
      visitId,
      visitor.personId,
    ]);
    await job.run(new Date());
    const forVisit = async (personId: string) =>
      (await notificationsOf(personId)).filter((n) => n.subject_id === visitId).map((n) => n.kind);
    expect(await forVisit(org.ingrid.personId)).toEqual(['visit_arranged']);
    expect(await forVisit(visitor.personId)).toEqual([]);
    const arranged = (await org.ingrid.client.ok(LIST, {})).notifications.items.find((n: { kind: string }) => n.kind === 'visit_arranged');
    expect(arranged).toMatchObject({ link: `/visitatie/${visitId}` });
    expect(arranged!.text).toMatch(/^De Vlinderhof stelde op .+ een collegiale visitatie bij jullie voor\. Lees de afspraken en stem in/);

    // The visitors agree first: now it is the host's turn, and only the host is told.
    await kring.sql(`UPDATE peer_visit SET visitor_agreed_at = now() - interval '10 minutes', visitor_agreed_by = $2 WHERE id = $1`, [
      visitId,
      visitor.personId,
    ]);
    await job.run(new Date());
    await job.run(new Date());
    expect(await forVisit(org.ingrid.personId)).toEqual(expect.arrayContaining(['visit_arranged', 'visit_agreement_waiting']));
    expect((await forVisit(org.ingrid.personId)).filter((k) => k === 'visit_agreement_waiting')).toHaveLength(1);
    expect(await forVisit(visitor.personId)).toEqual([]);
    expect((await mailsTo('ingrid@hoeve.test')).map((m) => m.subject)).toContain('De afspraken voor jullie visitatie wachten op jullie');

    // Both agreed: nobody is waiting any more, and no new notification comes.
    await kring.sql(`UPDATE peer_visit SET host_agreed_at = now() - interval '1 minute', status = 'agreed' WHERE id = $1`, [visitId]);
    const before = (await notificationsOf(org.ingrid.personId)).length;
    await job.run(new Date());
    expect((await notificationsOf(org.ingrid.personId)).length).toBe(before);
    expect(await forVisit(visitor.personId)).toEqual([]);
  });

  it('asks both sides of a visit from the network’s matching, naming neither as its proposer', async () => {
    const { visitor, visitId } = await visitFrom('De Zonnebloem', 'beheer@zonnebloem.test', 25, { status: 'preparing' });
    await addEntrepreneur(org.ingrid.personId, org.organisationId);
    await addEntrepreneur(visitor.personId, visitor.organisationId);
    // A group of three: the third organisation's entrepreneur accepted last, which made the visits.
    const third = await secondOrganisation(kring, 'Het Derde Huis', 'beheer@derdehuis.test');
    const [{ network_id: networkId }] = await kring.sql<{ network_id: string }>(`SELECT network_id FROM peer_visit WHERE id = $1`, [
      visitId,
    ]);
    const [round] = await kring.sql<{ id: string }>(
      `INSERT INTO matching_round (network_id, months_without_repeat, unmatched) VALUES ($1, 12, '[]') RETURNING id`,
      [networkId],
    );
    const [proposal] = await kring.sql<{ id: string }>(
      `INSERT INTO visit_proposal (network_id, round_id, explanation, status) VALUES ($1, $2, '{}', 'accepted') RETURNING id`,
      [networkId, round.id],
    );
    await kring.sql(`UPDATE peer_visit SET proposal_id = $2, created_by = $3, created_at = now() - interval '1 hour' WHERE id = $1`, [
      visitId,
      proposal.id,
      third.personId,
    ]);
    await job.run(new Date());
    const arranged = async (client: GraphqlClient) =>
      (await client.ok(LIST, {})).notifications.items.find(
        (n: { kind: string; link: string }) => n.kind === 'visit_arranged' && n.link === `/visitatie/${visitId}`,
      )?.text;
    expect(await arranged(org.ingrid.client)).toMatch(
      /^Alle organisaties namen het voorstel van het lerend netwerk aan \(.+\)\. Jullie krijgen bezoek van De Zonnebloem\. Lees de afspraken/,
    );
    expect(await arranged(visitor.admin)).toMatch(/\. Jullie gaan op visitatie bij Zorgboerderij De Hoeve\. Lees de afspraken/);
  });
});
