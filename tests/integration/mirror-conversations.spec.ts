import { MIRROR_LIMITS, todayInNetherlands } from '@kring/domain';
import { GraphqlClient } from '../support/graphql-client';
import { secondOrganisation } from '../support/fixtures';
import { startTestKring, TestKring } from '../support/kring-test-app';
import {
  ADD_WISH,
  ALL_CONSENT,
  INVITE_RELATIVE,
  inviteRelative,
  LIST,
  MirrorOrganisation,
  mirrorOrganisation,
  OPEN_LINK,
  PLAN,
  plannedConversation,
  READ,
  REMOVE_WISH,
  RENEW,
  response,
  REVOKE,
  SAVE_GUIDE,
  SAVE_RESPONSE,
  tokenOf,
  UPDATE,
} from './mirror-conversations.support';

/**
 * Mirror conversations, before the conversation: preparing it, and the
 * relatives' personal links — no account, consent per scope, their own input
 * only, and links that expire, can be revoked, and resist guessing.
 */
describe('mirror conversations: preparation and personal links', () => {
  let kring: TestKring;
  let org: MirrorOrganisation;
  beforeAll(async () => {
    kring = await startTestKring();
    org = await mirrorOrganisation(kring);
  });
  afterAll(() => kring.close());
  beforeEach(() => kring.sql(`DELETE FROM throttle_counter`));

  const code = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0]?.extensions?.code;

  it('plans a conversation and warns when the moderator is not independent', async () => {
    const { id } = await plannedConversation(org);
    const mine = (await org.mira.client.ok(READ, { id })).mirrorConversation;
    expect(mine).toMatchObject({
      status: 'planned',
      viewerRole: 'moderator',
      viewerCanPlan: true,
      moderatorNotIndependent: false,
      team: { name: 'Wonen' },
    });
    expect(mine.listeners.map((l: { displayName: string }) => l.displayName)).toEqual(['Bram de Wit', 'Sanne Bos']);

    // The owner as chair is allowed, but the method asks for an independent one.
    const led = await org.admin.client.ok(UPDATE, {
      input: {
        conversationId: id,
        teamId: org.teamId,
        theme: mine.theme,
        scheduledAt: new Date(Date.now() + 86_400_000).toISOString(),
        moderatorId: org.admin.id,
        listenerIds: [org.bram.id],
        escalationProcedure: 'Meld het bij Joke, onze klachtenfunctionaris.',
      },
    });
    expect(led.updateMirrorConversation).toMatchObject({
      moderatorNotIndependent: true,
      escalationProcedure: 'Meld het bij Joke, onze klachtenfunctionaris.',
    });
    // A care worker can neither lead nor plan.
    const asChair = await org.admin.client.request(UPDATE, {
      input: { conversationId: id, theme: 'x', scheduledAt: new Date().toISOString(), moderatorId: org.bram.id, listenerIds: [] },
    });
    expect(code(asChair)).toBe('SESSION_MODERATOR_NOT_ALLOWED');
    const byCareWorker = await org.bram.client.request(PLAN, {
      input: {
        organisationId: org.organisationId,
        theme: 'x',
        scheduledAt: new Date().toISOString(),
        moderatorId: org.mira.id,
        listenerIds: [],
      },
    });
    expect(code(byCareWorker)).toBe('FORBIDDEN');
    // Every member sees that it exists; a listener is a listener.
    const list = (await org.kees.client.ok(LIST, { organisationId: org.organisationId })).mirrorConversations;
    expect(list.find((c: { id: string }) => c.id === id)).toMatchObject({ viewerRole: 'member' });
    expect((await org.bram.client.ok(READ, { id })).mirrorConversation).toMatchObject({
      viewerRole: 'listener',
      viewerCanPlan: false,
      participants: [],
    });
  });

  it('collects what staff want to learn; only planners make the question guide', async () => {
    const { id } = await plannedConversation(org);
    const wishes = (
      await org.bram.client.ok(ADD_WISH, { input: { conversationId: id, body: 'Merken naasten dat we hun vader echt kennen?' } })
    ).addMirrorLearningWish;
    expect(wishes.learningWishes).toEqual([{ id: expect.any(String), body: 'Merken naasten dat we hun vader echt kennen?', mine: true }]);
    const wishId = wishes.learningWishes[0].id;
    expect(code(await org.kees.client.request(REMOVE_WISH, { wishId }))).toBe('MIRROR_PLANNER_ONLY');
    const guide = await org.bram.client.request(SAVE_GUIDE, { input: { conversationId: id, questions: [{ body: 'Iets', themeIds: [] }] } });
    expect(code(guide)).toBe('MIRROR_PLANNER_ONLY');
    const unknownTheme = await org.mira.client.request(SAVE_GUIDE, {
      input: { conversationId: id, questions: [{ body: 'Iets', themeIds: ['tevredenheidsscore'] }] },
    });
    expect(code(unknownTheme)).toBe('BAD_USER_INPUT');
    expect((await org.mira.client.ok(REMOVE_WISH, { wishId })).removeMirrorLearningWish.learningWishes).toEqual([]);
  });

  it('invites a relative by e-mail with a personal link of which only the hash is kept', async () => {
    const { id } = await plannedConversation(org);
    const invited = (
      await org.mira.client.ok(INVITE_RELATIVE, {
        input: {
          conversationId: id,
          displayName: 'Mevrouw De Vries (dochter)',
          email: 'Devries@Example.test',
          kind: 'relative',
          language: 'nl',
          sendEmail: true,
        },
      })
    ).inviteMirrorParticipant;
    expect(invited.participant).toMatchObject({
      pseudonym: 'Naaste A',
      linkStatus: 'open',
      email: 'devries@example.test',
      linkSentAt: expect.any(String),
    });
    const token = tokenOf(invited.link);
    await kring.mailDelivered();
    const [mail] = await kring.sql<{ subject: string; body: string }>(
      `SELECT subject, body FROM outbox_mail WHERE to_address = 'devries@example.test'`,
    );
    expect(mail.subject).toBe('Uitnodiging voor een spiegelgesprek bij Zorgboerderij De Hoeve');
    expect(mail.body).toContain(`/naaste/${token}`);
    expect(mail.body).toContain('U heeft geen account nodig.');
    const stored = await kring.sql(`SELECT * FROM mirror_participant WHERE id = $1`, [invited.participant.id]);
    expect(JSON.stringify(stored)).not.toContain(token);
    // Without an address there is nothing to send: the planner copies or prints the link.
    const noAddress = await org.mira.client.request(INVITE_RELATIVE, {
      input: { conversationId: id, displayName: 'Meneer Bakker', kind: 'relative', language: 'nl', sendEmail: true },
    });
    expect(noAddress.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { email: 'E-mailadres is verplicht' } });
    // A resident is invited too, under a pseudonym of their own kind.
    const resident = await inviteRelative(org, id, 'Mevrouw Hendriks', { kind: 'resident' });
    expect(resident.pseudonym).toBe('Bewoner A');
  });

  it("names a resident's pseudonym in the organisation's own word, and keeps the pseudonyms given before the word changed", async () => {
    const { id } = await plannedConversation(org);
    const before = await inviteRelative(org, id, 'Meneer Jansen', { kind: 'resident' });
    expect(before.pseudonym).toBe('Bewoner A');
    // A day care calls the people it cares for "deelnemer"; the pseudonyms Kring gives from then on say so.
    await kring.sql(`UPDATE organisation SET resident_term = 'deelnemer' WHERE id = $1`, [org.organisationId]);
    try {
      expect((await inviteRelative(org, id, 'Mevrouw Hendriks', { kind: 'resident' })).pseudonym).toBe('Deelnemer B');
      expect((await inviteRelative(org, id, 'Anna Hendriks (dochter)')).pseudonym).toBe('Naaste A');
      const stored = await kring.sql<{ pseudonym: string }>(
        `SELECT pseudonym FROM mirror_participant WHERE conversation_id = $1 ORDER BY created_at, pseudonym`,
        [id],
      );
      expect(stored.map((p) => p.pseudonym)).toEqual(['Bewoner A', 'Deelnemer B', 'Naaste A']);
    } finally {
      await kring.sql(`UPDATE organisation SET resident_term = 'bewoner' WHERE id = $1`, [org.organisationId]);
    }
  });

  it('opens a page that shows only this invitation and this person’s own input', async () => {
    const { id } = await plannedConversation(org);
    const anna = await inviteRelative(org, id, 'Anna Visser (dochter)', { email: 'anna@example.test' });
    const piet = await inviteRelative(org, id, 'Piet Visser (zoon)', { email: 'piet@example.test' });
    const relative = new GraphqlClient(kring.url);
    await relative.ok(SAVE_RESPONSE, response(piet.token, { freeText: 'Mijn moeder heeft hier haar eigen stoel.' }));

    const page = (await relative.ok(OPEN_LINK, { token: anna.token })).relativeInvitation;
    expect(page).toMatchObject({
      organisationName: 'Zorgboerderij De Hoeve',
      theme: 'Voelt uw naaste zich hier thuis?',
      status: 'planned',
      kind: 'relative',
      consents: [],
      freeText: '',
      letter: null,
      // Only the themes of the question guide are asked beforehand.
      askedThemeIds: ['being_at_home', 'treatment_and_communication', 'information'],
    });
    const everything = JSON.stringify(page);
    for (const secret of ['Piet', 'eigen stoel', 'Anna', 'anna@example.test', 'Mira', 'Bram', 'Naaste', id])
      expect(everything).not.toContain(secret);
    // The page says how long what they write is kept in the organisation's own period (RetentionSection's choice).
    expect(page.retentionDays).toBe(90);
    await kring.sql(
      `INSERT INTO privacy_setting (organisation_id, raw_note_retention_days) VALUES ($1, 30)
       ON CONFLICT (organisation_id) DO UPDATE SET raw_note_retention_days = 30`,
      [org.organisationId],
    );
    try {
      expect((await relative.ok(OPEN_LINK, { token: anna.token })).relativeInvitation.retentionDays).toBe(30);
    } finally {
      await kring.sql(`UPDATE privacy_setting SET raw_note_retention_days = 90 WHERE organisation_id = $1`, [org.organisationId]);
    }
    // Nor does the content guard tell who else is invited: it asks about Anna's own name on her page, never about Piet's.
    const saved = async (freeText: string) => (await relative.request(SAVE_RESPONSE, response(anna.token, { freeText }))).errors?.[0];
    expect((await saved('Anna Visser schreef dit zelf.'))?.extensions).toMatchObject({
      code: 'IDENTIFYING_DETAILS',
      findings: [{ kind: 'name', match: 'Anna Visser' }],
    });
    expect(await saved('Piet Visser zei hetzelfde.')).toBeUndefined();
  });

  it('flags for the moderator a relative who kept a text through an escalation prompt on their own page, without the text', async () => {
    const { id } = await plannedConversation(org);
    const anna = await inviteRelative(org, id, 'Anna de Wit (dochter)');
    const piet = await inviteRelative(org, id, 'Piet de Wit (zoon)');
    const relative = new GraphqlClient(kring.url);
    const worrying = 'Mijn moeder is geslagen door een medewerker van de nachtdienst.';
    const asked = await relative.request(SAVE_RESPONSE, response(anna.token, { freeText: worrying }));
    expect(asked.errors?.[0].extensions?.code).toBe('ESCALATION_PROMPT');
    const promptId = (asked.errors?.[0].extensions?.escalation as { promptId: string }).promptId;
    // "Toch bewaren": kept as typed, and the moderator sees that this relative chose so.
    await relative.ok(SAVE_RESPONSE, response(anna.token, { freeText: worrying, keepFlaggedText: true, escalationPromptId: promptId }));
    await relative.ok(SAVE_RESPONSE, response(piet.token, { freeText: 'Het eten is lekker.' }));
    const { priorInput } = (await org.mira.client.ok(READ, { id })).mirrorConversation!;
    expect(priorInput).toEqual([
      { pseudonym: anna.pseudonym, freeText: worrying, flagged: true },
      { pseudonym: piet.pseudonym, freeText: 'Het eten is lekker.', flagged: false },
    ]);
  });

  it('records consent per scope, keeps the withdrawn grants, and keeps no words of someone who does not take part', async () => {
    const { id } = await plannedConversation(org);
    const anna = await inviteRelative(org, id, 'Anna');
    const relative = new GraphqlClient(kring.url);
    const saved = (
      await relative.ok(
        SAVE_RESPONSE,
        response(anna.token, {
          relation: 'mentor',
          legalRepresentative: true,
          freeText: 'Fijn dat jullie dit vragen.',
          themeAnswers: [{ themeId: 'being_at_home', important: 'Rust en eigen spullen', experienced: 'Het is er gezellig' }],
        }),
      )
    ).saveRelativeResponse;
    expect(saved).toMatchObject({ consents: ALL_CONSENT, relation: 'mentor', legalRepresentative: true, consentForm: 'standard' });
    expect(saved.themeAnswers).toEqual([
      { themeId: 'being_at_home', important: 'Rust en eigen spullen', experienced: 'Het is er gezellig' },
    ]);

    // Quoting withdrawn, on the easy-read page: one grant withdrawn, the rest stands.
    const fewer = (
      await relative.ok(
        SAVE_RESPONSE,
        response(anna.token, { consents: ['take_part', 'share_in_organisation'], form: 'easy_read', freeText: null, themeAnswers: null }),
      )
    ).saveRelativeResponse;
    expect(fewer.consents).toEqual(['take_part', 'share_in_organisation']);
    expect(fewer.freeText).toBe('Fijn dat jullie dit vragen.');
    const grants = await kring.sql<{ scope: string; withdrawn: boolean }>(
      `SELECT scope, withdrawn_at IS NOT NULL AS withdrawn FROM mirror_consent WHERE participant_id = $1 ORDER BY scope, given_at`,
      [anna.id],
    );
    expect(grants).toEqual([
      { scope: 'quote_anonymously', withdrawn: true },
      { scope: 'share_in_network', withdrawn: true },
      { scope: 'share_in_organisation', withdrawn: false },
      { scope: 'take_part', withdrawn: false },
    ]);
    // Not taking part takes everything with it, and leaves none of their words behind.
    const out = (
      await relative.ok(SAVE_RESPONSE, response(anna.token, { consents: ['quote_anonymously'], freeText: null, themeAnswers: null }))
    ).saveRelativeResponse;
    expect(out).toMatchObject({ consents: [], freeText: '', themeAnswers: [] });
    expect(await kring.sql(`SELECT 1 FROM mirror_theme_answer WHERE participant_id = $1`, [anna.id])).toEqual([]);
    const staffView = (await org.mira.client.ok(READ, { id })).mirrorConversation.participants[0];
    expect(staffView).toMatchObject({ consents: [], relation: 'child', respondedAt: expect.any(String) });
    // The last two changes of her consent in the audit log, from what to what (codes; the privacy page names them).
    const changes = await kring.sql<{ change: { consents: string[][] } }>(
      `SELECT change FROM audit_event WHERE action = 'mirror_consent_changed' AND subject_id = $1 ORDER BY created_at DESC, id DESC LIMIT 2`,
      [anna.id],
    );
    expect(changes.map(({ change }) => change.consents.map((scopes) => [...scopes].sort()))).toEqual([
      [['share_in_organisation', 'take_part'], []],
      [
        ['quote_anonymously', 'share_in_network', 'share_in_organisation', 'take_part'],
        ['share_in_organisation', 'take_part'],
      ],
    ]);
    // On the privacy page: the relative herself acted, through her link (not "Kring zelf"), and what she changed.
    const { auditLog } = await org.admin.client.ok(
      `query Log($input: AuditLogInput!) { auditLog(input: $input) { events { subjectId person { id } linkActor change } } }`,
      { input: { organisationId: org.organisationId, action: 'mirror_consent_changed' } },
    );
    expect(auditLog.events.filter((e) => e.subjectId === anna.id)[0]).toEqual({
      subjectId: anna.id,
      person: null,
      linkActor: 'De naaste zelf, via de eigen link',
      change: 'Toestemming: Meedoen, Delen in de organisatie → geen',
    });
  });

  it('refuses oversized input kindly and stores nothing of it', async () => {
    const { id } = await plannedConversation(org);
    const anna = await inviteRelative(org, id, 'Anna');
    const relative = new GraphqlClient(kring.url);
    const tooLong = 'a'.repeat(MIRROR_LIMITS.freeTextMaxLength + 1);
    const refused = await relative.request(SAVE_RESPONSE, response(anna.token, { freeText: tooLong }));
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { freeText: `Wat u vooraf wilt vertellen mag hoogstens ${MIRROR_LIMITS.freeTextMaxLength} tekens lang zijn` },
    });
    const answer = await relative.request(
      SAVE_RESPONSE,
      response(anna.token, {
        themeAnswers: [{ themeId: 'safety', important: 'x'.repeat(MIRROR_LIMITS.answerMaxLength + 1), experienced: '' }],
      }),
    );
    expect(answer.errors?.[0]?.extensions?.fields).toEqual({
      important: `Wat ik belangrijk vind mag hoogstens ${MIRROR_LIMITS.answerMaxLength} tekens lang zijn`,
    });
    expect(await kring.sql(`SELECT 1 FROM mirror_consent WHERE participant_id = $1`, [anna.id])).toEqual([]);
    expect((await relative.ok(OPEN_LINK, { token: anna.token })).relativeInvitation.respondedAt).toBeNull();
  });

  it('keeps a relative\'s "Ik doe mee" when the guard refuses their text: the page saves the choices first, on their own', async () => {
    const { id } = await plannedConversation(org);
    const anna = await inviteRelative(org, id, 'Anna');
    const relative = new GraphqlClient(kring.url);
    const withBsn = 'Mijn moeder voelt zich hier thuis. Haar BSN is 123456782.';
    const consents = async () => (await relative.ok(OPEN_LINK, { token: anna.token })).relativeInvitation.consents;
    // The guard refuses a whole save before it reaches the page's service: choices sent with the text are lost with it.
    expect(code(await relative.request(SAVE_RESPONSE, response(anna.token, { consents: ['take_part'], freeText: withBsn })))).toBe(
      'BSN_REFUSED',
    );
    expect(await consents()).toEqual([]);

    // So the page sends the choices alone first (no text: nothing for the guard to refuse), then the text with them.
    const chosen = (await relative.ok(SAVE_RESPONSE, response(anna.token, { consents: ['take_part'], freeText: null, themeAnswers: null })))
      .saveRelativeResponse;
    expect(chosen).toMatchObject({ consents: ['take_part'], relation: 'child', respondedAt: expect.any(String) });
    const refused = await relative.request(SAVE_RESPONSE, response(anna.token, { consents: ['take_part'], freeText: withBsn }));
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BSN_REFUSED', findings: [{ field: 'freeText', match: '123456782' }] });
    // The tick stands; of the text nothing is stored, and a name that asks to be checked costs the tick nothing either.
    expect(await consents()).toEqual(['take_part']);
    expect(await kring.sql(`SELECT free_text FROM mirror_participant WHERE id = $1`, [anna.id])).toEqual([{ free_text: '' }]);
    const named = await relative.request(SAVE_RESPONSE, response(anna.token, { consents: ['take_part'], freeText: 'Anna schreef dit.' }));
    expect(code(named)).toBe('IDENTIFYING_DETAILS');
    expect(await consents()).toEqual(['take_part']);
  });

  it('keeps input beforehand fixed once the conversation has started, but still lets it be withdrawn', async () => {
    const { id } = await plannedConversation(org);
    const anna = await inviteRelative(org, id, 'Anna');
    const relative = new GraphqlClient(kring.url);
    await relative.ok(SAVE_RESPONSE, response(anna.token, { freeText: 'Vooraf' }));
    await kring.sql(`UPDATE mirror_conversation SET status = 'live' WHERE id = $1`, [id]);
    const changed = await relative.request(SAVE_RESPONSE, response(anna.token, { freeText: 'Achteraf' }));
    expect(code(changed)).toBe('MIRROR_NOT_PLANNED');
    // What the moderator wrote down as Anna's during the conversation, one of it chosen as a quote.
    await kring.sql(
      `INSERT INTO mirror_statement (organisation_id, conversation_id, participant_id, body, quotable, in_harvest)
       VALUES ($1, $2, $3, 'Hier voelt ze zich thuis.', true, true), ($1, $2, $3, 'De avonden zijn lang.', false, false)`,
      [org.organisationId, id, anna.id],
    );
    const withdrawn = (await relative.ok(SAVE_RESPONSE, response(anna.token, { consents: [], freeText: null, themeAnswers: null })))
      .saveRelativeResponse;
    expect(withdrawn).toMatchObject({ consents: [], freeText: '' });
    // "Trekt u iets in, dan halen we uw woorden overal weg": her statements are gone too.
    expect(await kring.sql(`SELECT body FROM mirror_statement WHERE participant_id = $1`, [anna.id])).toEqual([]);
  });

  it('answers expired, revoked and guessed links alike, and a new link replaces the old one', async () => {
    const { id } = await plannedConversation(org);
    const anna = await inviteRelative(org, id, 'Anna');
    const piet = await inviteRelative(org, id, 'Piet', { validDays: 1 });
    // "De link werkt tot en met" tomorrow: to the last second of that day on the Dutch calendar, not the hour it was made.
    const tomorrow = new Date(Date.parse(`${todayInNetherlands()}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    expect(
      await kring.sql(
        `SELECT to_char(expires_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD HH24:MI:SS') AS ends FROM mirror_participant WHERE id = $1`,
        [piet.id],
      ),
    ).toEqual([{ ends: `${tomorrow} 23:59:59` }]);
    const relative = new GraphqlClient(kring.url);
    await kring.sql(`UPDATE mirror_participant SET expires_at = now() - interval '1 minute' WHERE id = $1`, [piet.id]);
    await org.mira.client.ok(REVOKE, { participantId: anna.id });
    const guessed = 'A'.repeat(43);
    const answers = await Promise.all([anna.token, piet.token, guessed, 'kort'].map((token) => relative.request(OPEN_LINK, { token })));
    for (const answer of answers) {
      expect(answer.data).toBeNull();
      expect(answer.errors).toEqual([
        {
          message:
            'Deze link werkt niet (meer). Misschien is hij verlopen of ingetrokken, of niet helemaal goed overgenomen. Neem contact op met wie u uitnodigde: zij kunnen u een nieuwe link sturen.',
          extensions: { code: 'LINK_UNAVAILABLE' },
          locations: expect.anything(),
          path: expect.anything(),
        },
      ]);
    }
    const renewed = (await org.mira.client.ok(RENEW, { input: { participantId: anna.id, sendEmail: false } })).renewMirrorLink;
    expect(renewed.participant.linkStatus).toBe('open');
    expect(code(await relative.request(OPEN_LINK, { token: anna.token }))).toBe('LINK_UNAVAILABLE');
    expect((await relative.ok(OPEN_LINK, { token: tokenOf(renewed.link) })).relativeInvitation.theme).toBe(
      'Voelt uw naaste zich hier thuis?',
    );
  });

  it('slows down guessing per token prefix and per address, with a friendly message', async () => {
    const { id } = await plannedConversation(org);
    const anna = await inviteRelative(org, id, 'Anna');
    const guesser = new GraphqlClient(kring.url);
    // Someone with the first part of a link tries the rest.
    const prefix = anna.token.slice(0, 8);
    for (let i = 0; i < 5; i++)
      expect(code(await guesser.request(OPEN_LINK, { token: `${prefix}${'x'.repeat(34)}${i}` }))).toBe('LINK_UNAVAILABLE');
    const slowed = await guesser.request(OPEN_LINK, { token: anna.token });
    expect(slowed.errors?.[0]).toMatchObject({
      extensions: { code: 'LINK_ATTEMPTS' },
      message: expect.stringMatching(/^Er zijn te vaak links geprobeerd die niet werken\. Wacht 1[45] minuten/),
    });
    await kring.sql(`DELETE FROM throttle_counter`);
    // Random guesses from one address.
    for (let i = 0; i < 20; i++) await guesser.request(OPEN_LINK, { token: `${String(i).padStart(8, 'g')}${'y'.repeat(35)}` });
    expect(code(await guesser.request(SAVE_RESPONSE, response(anna.token)))).toBe('LINK_ATTEMPTS');
    // One counter per address, however many guesses: 20 counted, the refused ones stop at one over the limit.
    expect(await kring.sql(`SELECT hits FROM throttle_counter WHERE rule = 'link-address'`)).toEqual([{ hits: 21 }]);
    await kring.sql(`DELETE FROM throttle_counter`);
    expect((await guesser.ok(OPEN_LINK, { token: anna.token })).relativeInvitation.consents).toEqual([]);
  });

  it('keeps other organisations out of every part', async () => {
    const { id } = await plannedConversation(org);
    const anna = await inviteRelative(org, id, 'Anna');
    const foreign = (await secondOrganisation(kring)).admin;
    expect(code(await foreign.request(READ, { id }))).toBe('NOT_FOUND');
    expect(code(await foreign.request(REVOKE, { participantId: anna.id }))).toBe('NOT_FOUND');
    expect(code(await foreign.request(ADD_WISH, { input: { conversationId: id, body: 'Hoi' } }))).toBe('NOT_FOUND');
  });
});
