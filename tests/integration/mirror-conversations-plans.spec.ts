import { HARVEST_THEMES, MIRROR_LIMITS } from '@kring/domain';
import { randomUUID } from 'node:crypto';
import { GraphqlClient } from '../support/graphql-client';
import { startTestKring, TestKring } from '../support/kring-test-app';
import {
  inviteRelative,
  MirrorOrganisation,
  mirrorOrganisation,
  OPEN_LINK,
  plannedConversation,
  READ,
  INVITE_RELATIVE,
  mirrorPlanInput,
  PLAN,
  RENEW,
  response,
  SAVE_GUIDE,
  SAVE_RESPONSE,
  tokenOf,
  UPDATE,
} from './mirror-conversations.support';

const READINESS = `query R($id: ID!) { mirrorConversation(conversationId: $id) { status cancelledAt cancelMessage
  readiness { questions invited saidYes wantedMin wantedMax warnings }
  participants { id consents relation legalRepresentative consentChannel consentGivenAt } } }`;
const CANCEL = `mutation C($input: CancelMirrorConversationInput!) { cancelMirrorConversation(input: $input) { status cancelMessage readiness { warnings } } }`;
const RECORD = `mutation R($input: RecordMirrorConsentInput!) { recordMirrorConsent(input: $input) { id consents relation legalRepresentative consentChannel consentGivenAt } }`;

/**
 * Plans that change, as practice runs them: a conversation moves or is called
 * off and every invited relative hears of it (e-mail and their own page); a new
 * link is mailed by itself; the readiness view counts against the 6–12 the
 * method asks for; and a moderator records consent given on paper, by
 * telephone or in person, so a relative without a smartphone takes part.
 */
describe('mirror conversations: plans that change, consent without a smartphone', () => {
  let kring: TestKring;
  let org: MirrorOrganisation;
  beforeAll(async () => {
    kring = await startTestKring();
    org = await mirrorOrganisation(kring);
    [{ organisationName }] = await kring.sql<{ organisationName: string }>(
      `SELECT name AS "organisationName" FROM organisation WHERE id = $1`,
      [org.organisationId],
    );
  });
  afterAll(() => kring.close());

  const code = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0]?.extensions?.code;
  const mails = async (to: string) => {
    await kring.mailDelivered();
    return kring.sql<{ subject: string; body: string }>(`SELECT subject, body FROM outbox_mail WHERE to_address = $1 ORDER BY created_at`, [
      to,
    ]);
  };
  const relative = () => new GraphqlClient(kring.url);
  let organisationName: string;

  it('tells every invited relative when the date moves, and their page says so', async () => {
    const { id } = await plannedConversation(org);
    const email = `verhuisd-${id}@example.test`;
    const withMail = await inviteRelative(org, id, 'Mevrouw Jansen', { email, sendEmail: true });
    const withoutMail = await inviteRelative(org, id, 'Meneer Pinas');
    // A link that ran out before the conversation does not uninvite anyone: she hears of the new date too.
    const ranOut = `verlopen-${id}@example.test`;
    const expired = await inviteRelative(org, id, 'Mevrouw Bakker', { email: ranOut, sendEmail: true });
    await kring.sql(`UPDATE mirror_participant SET expires_at = now() - interval '1 day' WHERE id = $1`, [expired.id]);
    const before = (await org.mira.client.ok(READ, { id })).mirrorConversation;
    const moved = new Date(Date.now() + 14 * 86_400_000);
    moved.setUTCHours(18, 30, 0, 0);
    // The plan as the moderator saves it: the new date, with these listeners.
    const savePlan = (listenerIds: string[]) =>
      org.mira.client.ok(UPDATE, {
        input: {
          conversationId: id,
          teamId: org.teamId,
          theme: before.theme,
          scheduledAt: moved.toISOString(),
          moderatorId: org.mira.id,
          listenerIds,
        },
      });
    const [{ scheduled_at: first }] = await kring.sql<{ scheduled_at: Date }>(
      `SELECT scheduled_at FROM mirror_conversation WHERE id = $1`,
      [id],
    );
    await savePlan([org.bram.id]);

    const [invitation, change] = await mails(email);
    expect(invitation.subject).toContain('Uitnodiging');
    expect(change.subject).toBe(`Nieuwe datum voor het spiegelgesprek bij ${organisationName}`);
    expect(change.body).toContain('heeft een nieuwe datum');
    expect(change.body).toContain('Uw keuzes en wat u vooraf schreef, blijven zoals ze zijn.');
    expect(change.body).toContain('De link in uw uitnodiging werkt nog en toont de nieuwe datum.');
    const [, toRanOut] = await mails(ranOut);
    expect(toRanOut.subject).toBe(change.subject);
    expect(toRanOut.body).toContain(
      `De link in uw uitnodiging werkt niet meer. Kunt u nu niet meer komen, of wilt u een nieuwe link? Neem dan contact op met ${organisationName}.`,
    );
    expect(toRanOut.body).not.toContain('werkt nog');
    for (const person of [withMail, withoutMail]) {
      const page = (await relative().ok(OPEN_LINK, { token: person.token })).relativeInvitation;
      // Null would read as the epoch and pass the comparison below, so its presence is checked first.
      expect(page.rescheduledFrom).toEqual(expect.any(String));
      expect(new Date(page.rescheduledFrom!).getTime()).toBeLessThan(moved.getTime());
      expect(page.status).toBe('planned');
    }

    // Changing only the listeners moves nothing: no mail.
    await savePlan([]);
    expect(await mails(email)).toHaveLength(2);

    // The audit log keeps the move from when to when (never the place someone typed); the privacy page says it in Dutch time.
    expect(
      await kring.sql(`SELECT change FROM audit_event WHERE action = 'mirror_conversation_rescheduled' AND subject_id = $1`, [id]),
    ).toEqual([{ change: { scheduledAt: [first.toISOString(), moved.toISOString()] } }]);
  });

  it('refuses a start in the past at the date field, as sessions do, and still lets a conversation under way be re-planned', async () => {
    const yesterday = new Date(Date.now() - 86_400_000);
    yesterday.setUTCSeconds(0, 0);
    const inPast = { scheduledAt: 'Datum en tijd ligt in het verleden: kies een moment dat nog komt' };
    const fields = (result: { errors?: { extensions?: { code?: string; fields?: unknown } }[] }) => [
      code(result),
      result.errors?.[0]?.extensions?.fields,
    ];
    const plan = mirrorPlanInput(org, org.mira.id, [org.bram.id]);
    const marked = `${plan.theme} (${randomUUID()})`;
    expect(
      fields(await org.mira.client.request(PLAN, { input: { ...plan, theme: marked, scheduledAt: yesterday.toISOString() } })),
    ).toEqual(['BAD_USER_INPUT', inPast]);
    expect(await kring.sql(`SELECT id FROM mirror_conversation WHERE theme = $1`, [marked])).toEqual([]);

    // Moving a planned conversation into the past is refused the same way, and nothing of the change is kept.
    const { id } = await plannedConversation(org);
    const { theme } = plan;
    const replan = (scheduledAt: Date, listenerIds: string[]) =>
      org.mira.client.request(UPDATE, {
        input: {
          conversationId: id,
          teamId: org.teamId,
          theme,
          scheduledAt: scheduledAt.toISOString(),
          moderatorId: org.mira.id,
          listenerIds,
        },
      });
    expect(fields(await replan(yesterday, [org.bram.id]))).toEqual(['BAD_USER_INPUT', inPast]);
    expect((await org.mira.client.ok(READ, { id })).mirrorConversation.listeners.map((l) => l.displayName)).toEqual([
      'Bram de Wit',
      'Sanne Bos',
    ]);

    // Under way since an hour ago (stored with seconds, as "now" is): the form sends that start back in whole minutes
    // with a change of listeners, and that is no move, so no refusal.
    await kring.sql(
      `UPDATE mirror_conversation SET status = 'live', scheduled_at = now() - interval '61 minutes 17 seconds' WHERE id = $1`,
      [id],
    );
    const [{ scheduled_at: started }] = await kring.sql<{ scheduled_at: Date }>(
      `SELECT scheduled_at FROM mirror_conversation WHERE id = $1`,
      [id],
    );
    const asTheFormSendsIt = new Date(started);
    asTheFormSendsIt.setSeconds(0, 0);
    const joined = await replan(asTheFormSendsIt, [org.bram.id, org.sanne.id, org.kees.id]);
    expect(joined.errors).toBeUndefined();
    expect(joined.data?.updateMirrorConversation.listeners.map((l) => l.displayName)).toEqual(['Bram de Wit', 'Kees Smit', 'Sanne Bos']);
    // Moved by a minute, it is a move, and that start has passed.
    expect(fields(await replan(new Date(asTheFormSendsIt.getTime() + 60_000), [org.bram.id]))).toEqual(['BAD_USER_INPUT', inPast]);
  });

  it('mails a new link by itself when the relative has an address, and not when the planner only prints it', async () => {
    const { id } = await plannedConversation(org);
    const email = `nieuwe-link-${id}@example.test`;
    const person = await inviteRelative(org, id, 'Mevrouw De Boer', { email, sendEmail: false });
    expect(await mails(email)).toHaveLength(0);
    const renewed = (await org.mira.client.ok(RENEW, { input: { participantId: person.id } })).renewMirrorLink;
    const [mail] = await mails(email);
    expect(mail.body).toContain(renewed.link);
    // The old link is dead, the mailed one opens the page.
    expect(code(await relative().request(OPEN_LINK, { token: person.token }))).toBe('LINK_UNAVAILABLE');
    await relative().ok(OPEN_LINK, { token: tokenOf(renewed.link) });
    await org.mira.client.ok(RENEW, { input: { participantId: person.id, sendEmail: false } });
    expect(await mails(email)).toHaveLength(1);
  });

  it('counts questions, invitations and who said yes against 6–12, and warns about a past date and an empty guide', async () => {
    const { id } = await plannedConversation(org);
    const people = [];
    for (const name of ['A', 'B', 'C']) people.push(await inviteRelative(org, id, `Familie ${name}`));
    await relative().ok(SAVE_RESPONSE, response(people[0].token));
    await relative().ok(SAVE_RESPONSE, response(people[1].token, { consents: [] }));
    const { readiness } = (await org.mira.client.ok(READINESS, { id })).mirrorConversation;
    expect(readiness).toEqual({ questions: 2, invited: 3, saidYes: 1, wantedMin: 6, wantedMax: 12, warnings: ['few_said_yes'] });
    // A listener does not plan: no readiness for them.
    expect((await org.bram.client.ok(READINESS, { id })).mirrorConversation.readiness).toBeNull();

    const empty = (
      await org.mira.client.ok(`mutation P($input: PlanMirrorConversationInput!) { planMirrorConversation(input: $input) { id } }`, {
        input: {
          organisationId: org.organisationId,
          theme: 'Test',
          scheduledAt: new Date(Date.now() + 86_400_000).toISOString(),
          moderatorId: org.mira.id,
          listenerIds: [],
        },
      })
    ).planMirrorConversation;
    // A conversation cannot be planned in the past (see the start in the past above); its day can pass without it being held.
    await kring.sql(`UPDATE mirror_conversation SET scheduled_at = now() - interval '1 day' WHERE id = $1`, [empty.id]);
    expect((await org.mira.client.ok(READINESS, { id: empty.id })).mirrorConversation!.readiness!.warnings).toEqual([
      'past_date',
      'no_questions',
      'no_participants',
    ]);
  });

  it('refuses too many themes in the words of the form’s hint, and a link of 0 days at its own field instead of the default', async () => {
    const { id } = await plannedConversation(org);
    const fields = (result: { errors?: { extensions?: { code?: string; fields?: unknown } }[] }) => [
      code(result),
      result.errors?.[0]?.extensions?.fields,
    ];
    const themeIds = HARVEST_THEMES.slice(0, MIRROR_LIMITS.maxThemesPerQuestion + 1).map((theme) => theme.id);
    const tooMany = await org.mira.client.request(SAVE_GUIDE, {
      input: { conversationId: id, questions: [{ body: 'Waaraan merkt u dat uw naaste zich hier thuis voelt?', themeIds }] },
    });
    expect(fields(tooMany)).toEqual(['BAD_USER_INPUT', { themeIds: `Thema's: hoogstens ${MIRROR_LIMITS.maxThemesPerQuestion}` }]);

    const input = { conversationId: id, displayName: 'Familie Nul', kind: 'relative' as const, language: 'nl' as const, sendEmail: false };
    const zero = await org.mira.client.request(INVITE_RELATIVE, { input: { ...input, validDays: 0 } });
    expect(fields(zero)).toEqual(['BAD_USER_INPUT', { validDays: 'Aantal dagen dat de link werkt moet minstens 1 zijn' }]);
    expect(await kring.sql(`SELECT id FROM mirror_participant WHERE conversation_id = $1 AND display_name = 'Familie Nul'`, [id])).toEqual(
      [],
    );
  });

  it('calls a conversation off: every relative is told in their own words, their input is deleted, nothing can start it again', async () => {
    const { id } = await plannedConversation(org);
    const email = `afgelast-${id}@example.test`;
    const person = await inviteRelative(org, id, 'Mevrouw Claes', { email, sendEmail: true });
    const ranOut = `afgelast-verlopen-${id}@example.test`;
    const expired = await inviteRelative(org, id, 'Meneer Dekker', { email: ranOut, sendEmail: true });
    await kring.sql(`UPDATE mirror_participant SET expires_at = now() - interval '1 day' WHERE id = $1`, [expired.id]);
    await relative().ok(
      SAVE_RESPONSE,
      response(person.token, {
        freeText: 'Mijn moeder mist de tuin.',
        themeAnswers: [{ themeId: 'being_at_home', important: 'tuin', experienced: 'binnen' }],
      }),
    );
    const message = 'Door de griep in huis gaat het gesprek niet door. We plannen een nieuw gesprek in het voorjaar.';
    const cancelled = (await org.mira.client.ok(CANCEL, { input: { conversationId: id, message } })).cancelMirrorConversation;
    expect(cancelled).toEqual({ status: 'cancelled', cancelMessage: message, readiness: { warnings: [] } });

    const mail = (await mails(email)).at(-1)!;
    expect(mail.subject).toBe(`Het spiegelgesprek bij ${organisationName} gaat niet door`);
    expect(mail.body).toContain(message);
    // Also to whom the link ran out: they might otherwise come.
    expect((await mails(ranOut)).at(-1)).toEqual(mail);
    const page = (await relative().ok(OPEN_LINK, { token: person.token })).relativeInvitation;
    expect(page).toMatchObject({ status: 'cancelled', cancelMessage: message, freeText: '', themeAnswers: [] });
    const [{ count }] = await kring.sql<{ count: number }>(
      `SELECT count(*)::int AS count FROM mirror_theme_answer WHERE conversation_id = $1`,
      [id],
    );
    expect(count).toBe(0);

    expect(code(await org.mira.client.request(CANCEL, { input: { conversationId: id, message: '' } }))).toBe('MIRROR_CANCELLED');
    expect(code(await relative().request(SAVE_RESPONSE, response(person.token, { freeText: 'Nog iets' })))).toBe('MIRROR_NOT_PLANNED');
    // A care worker who only listens cannot call it off.
    const other = await plannedConversation(org);
    expect(code(await org.bram.client.request(CANCEL, { input: { conversationId: other.id } }))).toBe('MIRROR_PLANNER_ONLY');
    const [{ audits }] = await kring.sql<{ audits: number }>(
      `SELECT count(*)::int AS audits FROM audit_event WHERE action = 'mirror_conversation_cancelled' AND subject_id = $1`,
      [id],
    );
    expect(audits).toBe(1);
  });

  it('records consent given on paper or by telephone, so a relative without a smartphone takes part', async () => {
    const { id } = await plannedConversation(org);
    const person = await inviteRelative(org, id, 'Meneer Bakker (zoon, geen e-mail)');
    const recorded = (
      await org.mira.client.ok(RECORD, {
        input: {
          participantId: person.id,
          consents: ['take_part', 'quote_anonymously'],
          form: 'easy_read',
          channel: 'phone',
          givenOn: '2026-11-20',
          relation: 'child',
          legalRepresentative: true,
        },
      })
    ).recordMirrorConsent;
    expect(recorded).toMatchObject({
      consents: ['take_part', 'quote_anonymously'],
      relation: 'child',
      legalRepresentative: true,
      consentChannel: 'phone',
    });
    expect(recorded.consentGivenAt!.slice(0, 10)).toBe('2026-11-20');
    const [row] = await kring.sql<{ form: string; recorded_by: string }>(
      `SELECT form, recorded_by FROM mirror_consent WHERE participant_id = $1 AND scope = 'take_part'`,
      [person.id],
    );
    expect(row).toEqual({ form: 'easy_read', recorded_by: org.mira.id });
    // His own page (should he ever open it) shows the same consent.
    expect((await relative().ok(OPEN_LINK, { token: person.token })).relativeInvitation.consents).toEqual([
      'take_part',
      'quote_anonymously',
    ]);

    // Withdrawn in person later: the same record, withdrawn, not deleted.
    await org.mira.client.ok(RECORD, {
      input: { participantId: person.id, consents: [], form: 'standard', channel: 'in_person', givenOn: '2026-11-25' },
    });
    const rows = await kring.sql<{ withdrawn: boolean }>(
      `SELECT withdrawn_at IS NOT NULL AS withdrawn FROM mirror_consent WHERE participant_id = $1`,
      [person.id],
    );
    expect(rows.map((r) => r.withdrawn)).toEqual([true, true]);
    // The audit log keeps each recording's consent from what to what (codes; the privacy page names them).
    const changes = await kring.sql<{ change: { consents: string[][] } }>(
      `SELECT change FROM audit_event WHERE action = 'mirror_consent_recorded' AND subject_id = $1 ORDER BY created_at, id`,
      [person.id],
    );
    expect(changes.map(({ change }) => change.consents.map((scopes) => [...scopes].sort()))).toEqual([
      [[], ['quote_anonymously', 'take_part']],
      [['quote_anonymously', 'take_part'], []],
    ]);

    const bad = (input: Record<string, unknown>) =>
      org.mira.client.request(RECORD, {
        input: { participantId: person.id, consents: ['take_part'], form: 'standard', channel: 'paper', givenOn: '2026-11-20', ...input },
      });
    expect(code(await bad({ givenOn: '2099-01-01' }))).toBe('MIRROR_CONSENT_DATE_IN_FUTURE');
    const noChannel = await bad({ channel: null });
    expect(noChannel.errors?.[0]?.extensions?.fields).toEqual({ channel: expect.stringMatching(/\S/) });
    expect(
      code(
        await org.bram.client.request(RECORD, {
          input: { participantId: person.id, consents: [], form: 'standard', channel: 'paper', givenOn: '2026-11-20' },
        }),
      ),
    ).toBe('MIRROR_PLANNER_ONLY');
  });
});
