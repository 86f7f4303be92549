import { errorMessage } from '@kring/domain';
import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import { GraphqlClient } from '../support/graphql-client';
import { startTestKring, TestKring } from '../support/kring-test-app';
import { connectSocket } from '../support/socket-client';
import {
  APPROVE,
  command,
  DRAFT_LETTER,
  HARVEST,
  inviteRelative,
  join,
  letterPath,
  MirrorOrganisation,
  mirrorOrganisation,
  ok,
  OPEN_LINK,
  plannedConversation,
  READ,
  READ_LETTER,
  relativeLetterPath,
  response,
  SAVE_LETTER,
  SAVE_RESPONSE,
  SAVE_THEME,
  SEND_LETTER,
  SET_QUOTE,
  REVOKE,
} from './mirror-conversations.support';

/** What was said, marked per conversation so a search of the whole database finds only this one's. */
function texts(tag: string) {
  return {
    a: `Hier mag mijn vader gewoon uitslapen, net als thuis. (${tag})`,
    b: `Ik word altijd gebeld als er iets is, ook ’s avonds. (${tag})`,
    c: `De koffie staat klaar als ik binnenkom. (${tag})`,
    unattributed: `Soms weet ik niet wie er dienst heeft. (${tag})`,
    note: `Luisteraar: dit raakt me, we vergeten de avonden. (${tag})`,
    clarifying: `Wat bedoelt u precies met de avonden? (${tag})`,
    beforehand: `Ik hoop dat er ’s avonds meer tijd is voor een praatje. (${tag})`,
  };
}

/**
 * After the conversation: what consent does to the harvest and the letter
 * (judged when read, so a withdrawal reaches everywhere), the word mirror
 * that hides small groups, the deletion of the raw notes on approval, the
 * listener reflection, and the letter back by e-mail, link and PDF.
 */
describe('mirror conversations: harvest, consent effects and the letter back', () => {
  let kring: TestKring;
  let org: MirrorOrganisation;
  let socket: Socket;
  const relative = () => new GraphqlClient(kring.url);
  beforeAll(async () => {
    kring = await startTestKring();
    org = await mirrorOrganisation(kring);
    socket = await connectSocket(kring.url, org.mira.client);
  });
  afterAll(async () => {
    socket.close();
    await kring.close();
  });

  /**
   * Six relatives: A, B and D–F consent to everything (B with e-mail), C
   * takes part without being quoted. Everyone but C answered the mirror
   * beforehand for "je thuis voelen". The moderator captured one statement
   * of A, B and C each, one of "een naaste", and the listeners wrote a note
   * and a clarifying question.
   */
  async function heldConversation() {
    const conversation = await plannedConversation(org);
    const id = conversation.id;
    const said = texts(id.slice(0, 8));
    const people = [];
    for (const name of ['A', 'B', 'C', 'D', 'E', 'F']) {
      people.push(
        await inviteRelative(
          org,
          id,
          `Familie ${name}`,
          name === 'A' || name === 'B' ? { email: `familie-${name.toLowerCase()}-${id}@example.test` } : {},
        ),
      );
    }
    const [a, b, c, ...others] = people;
    const mirror = (important: string, experienced: string) => ({
      freeText: null,
      themeAnswers: [{ themeId: 'being_at_home', important, experienced }],
    });
    await relative().ok(SAVE_RESPONSE, response(a.token, { ...mirror('rust en eigen ritme', 'rust in huis'), freeText: said.beforehand }));
    await relative().ok(SAVE_RESPONSE, response(b.token, mirror('eigen ritme', 'drukte in de avond')));
    await relative().ok(SAVE_RESPONSE, response(c.token, { consents: ['take_part'] }));
    for (const [i, person] of others.entries())
      await relative().ok(SAVE_RESPONSE, response(person.token, mirror('rust', i === 0 ? 'drukte' : 'rust')));

    await join(socket, id);
    await ok(socket, id, { type: 'start' });
    const q = conversation.questions[0].id;
    const captured: Record<string, string> = {};
    for (const [key, body, participantId] of [
      ['a', said.a, a.id],
      ['b', said.b, b.id],
      ['c', said.c, c.id],
      ['none', said.unattributed, null],
    ] as const) {
      captured[key] = (
        await ok(socket, id, { type: 'capture', questionId: q, participantId, body, themeIds: ['being_at_home'], quotable: true })
      ).createdId!;
    }
    const listener = await connectSocket(kring.url, org.bram.client);
    await join(listener, id);
    await ok(listener, id, { type: 'note', kind: 'note', body: said.note, questionId: q });
    await ok(listener, id, { type: 'note', kind: 'question', body: said.clarifying, questionId: null });
    listener.close();
    await ok(socket, id, { type: 'end' });
    return { id, a, b, c, captured, said };
  }

  const code = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0]?.extensions?.code;
  const quotesOf = async (client: GraphqlClient, id: string) =>
    ((await client.ok(HARVEST, { id })).mirrorHarvest.quotes as { body: string }[]).map((q) => q.body);

  it('never offers a statement kept through an escalation prompt as a quote unless the moderator confirms seeing the flag', async () => {
    const { id, a, captured } = await heldConversation();
    const allegation = 'Mijn moeder is geslagen door een medewerker van de nachtdienst.';
    const edit = {
      type: 'editStatement',
      statementId: captured.a,
      questionId: null,
      participantId: a.id,
      body: allegation,
      themeIds: ['being_at_home'],
      quotable: true,
    };
    const refused = await command(socket, id, edit);
    expect(refused).toMatchObject({ ok: false, error: { code: 'ESCALATION_PROMPT' } });
    const escalationPromptId = refused.ok ? undefined : refused.error.escalation?.promptId;
    expect(
      await socket.emitWithAck('mirror:command', {
        conversationId: id,
        clientKey: randomUUID(),
        command: edit,
        keepFlaggedText: true,
        escalationPromptId,
      }),
    ).toMatchObject({ ok: true });

    const draft = (await org.mira.client.ok(HARVEST, { id })).mirrorHarvest;
    expect(draft.flaggedStatements).toBe(1);
    expect(draft.candidates.find((c: { id: string }) => c.id === captured.a)).toMatchObject({
      body: allegation,
      flagged: true,
      inHarvest: false,
    });
    expect(code(await org.mira.client.request(SET_QUOTE, { input: { statementId: captured.a, inHarvest: true } }))).toBe(
      'HARVEST_FLAG_NOT_SEEN',
    );
    expect(await quotesOf(org.mira.client, id)).toEqual([]);
    await org.mira.client.ok(SET_QUOTE, { input: { statementId: captured.a, inHarvest: true, flagSeen: true } });
    expect(await quotesOf(org.mira.client, id)).toEqual([allegation]);
  });

  it('quotes only with consent, judged at every read: a withdrawal takes the quote out everywhere at once', async () => {
    const { id, a, b, captured, said } = await heldConversation();
    expect(code(await org.bram.client.request(HARVEST, { id }))).toBe('MIRROR_NOT_APPROVED');

    await org.mira.client.ok(SET_QUOTE, { input: { statementId: captured.a, inHarvest: true } });
    await org.mira.client.ok(SET_QUOTE, { input: { statementId: captured.b, inHarvest: true } });
    expect(code(await org.mira.client.request(SET_QUOTE, { input: { statementId: captured.c, inHarvest: true } }))).toBe(
      'MIRROR_QUOTE_NO_CONSENT',
    );
    expect(code(await org.mira.client.request(SET_QUOTE, { input: { statementId: captured.none, inHarvest: true } }))).toBe(
      'MIRROR_QUOTE_NEEDS_PARTICIPANT',
    );
    expect(await quotesOf(org.mira.client, id)).toEqual([said.a, said.b]);

    // B withdraws consent to be quoted, through the link, after the moderator chose the quote.
    await relative().ok(
      SAVE_RESPONSE,
      response(b.token, { consents: ['take_part', 'share_in_organisation'], freeText: null, themeAnswers: null }),
    );
    const draft = (await org.mira.client.ok(HARVEST, { id })).mirrorHarvest;
    expect(draft.quotes.map((q: { body: string }) => q.body)).toEqual([said.a]);
    expect(draft.candidates.find((c: { id: string }) => c.id === captured.b)).toMatchObject({
      inHarvest: true,
      mayBeQuoted: false,
      pseudonym: 'Naaste B',
    });
    // Giving it again brings the quote back: it was never copied, only filtered.
    await relative().ok(SAVE_RESPONSE, response(b.token, { freeText: null, themeAnswers: null }));
    expect(await quotesOf(org.mira.client, id)).toEqual([said.a, said.b]);
    await relative().ok(SAVE_RESPONSE, response(b.token, { consents: ['take_part'], freeText: null, themeAnswers: null }));

    await org.mira.client.ok(APPROVE, { id });
    // Approving keeps no quote whose relative no longer consents to being quoted: B's words are gone, not only hidden.
    expect(await kring.sql(`SELECT id FROM mirror_statement WHERE id = $1`, [captured.b])).toEqual([]);
    // The team reads the approved harvest; a colleague outside it only quotes shared within the organisation.
    expect(await quotesOf(org.bram.client, id)).toEqual([said.a]);
    const outside = (await org.kees.client.ok(HARVEST, { id })).mirrorHarvest;
    expect(outside).toMatchObject({ audience: 'organisation', quotes: [{ body: said.a }], candidates: [] });
    const [{ count }] = await kring.sql<{ count: number }>(
      `SELECT count(*)::int AS count FROM audit_event WHERE action = 'mirror_harvest_read' AND subject_id = $1`,
      [id],
    );
    expect(count).toBe(2);

    // After approval a quote was kept for being a quote alone: withdrawing that consent takes the words out of storage.
    await relative().ok(
      SAVE_RESPONSE,
      response(a.token, { consents: ['take_part', 'share_in_organisation'], freeText: null, themeAnswers: null }),
    );
    expect(await kring.sql(`SELECT id FROM mirror_statement WHERE id = $1`, [captured.a])).toEqual([]);
    expect(await quotesOf(org.bram.client, id)).toEqual([]);
  });

  it('shows the mirror of belangrijk next to ervaren per phrase (no count under five), hidden below five people', async () => {
    const { id, a } = await heldConversation();
    const mirrorOf = async (client: GraphqlClient) =>
      ((await client.ok(HARVEST, { id })).mirrorHarvest.themes as { themeId: string; mirror: unknown }[]).find(
        (t) => t.themeId === 'being_at_home',
      )!.mirror;
    expect(await mirrorOf(org.mira.client)).toEqual({
      respondents: 5,
      shown: true,
      // "eigen ritme" stays one phrase; "rust in huis" and "drukte in de avond" are phrases of one person each and stay out.
      // The real counts (4–2 and 2–0) are under five: not shown as a number, and not by the order either (alphabetical).
      phrases: [
        { phrase: 'eigen ritme', important: null, experienced: null },
        { phrase: 'rust', important: null, experienced: null },
      ],
    });
    // One of the five withdraws: four people are too few to show anything, not even that there are four.
    await relative().ok(SAVE_RESPONSE, response(a.token, { consents: [], freeText: null, themeAnswers: null }));
    expect(await mirrorOf(org.mira.client)).toEqual({ respondents: null, shown: false, phrases: [] });
  });

  it('hides how many answered where a count beside it would give away by subtraction the 1–4 who did not name a phrase', async () => {
    const { id } = await plannedConversation(org);
    const answered = [];
    for (const name of 'ABCDEFGHIJ') {
      const person = await inviteRelative(org, id, `Familie ${name}`);
      const i = answered.length;
      const themeAnswers = [
        { themeId: 'information', important: i < 5 ? 'eerlijkheid' : 'snelheid', experienced: 'gebeld' },
        // Six answer "je thuis voelen": all six find familiar faces important, five of them experience them.
        ...(i < 6
          ? [{ themeId: 'being_at_home', important: 'vertrouwde gezichten', experienced: i < 5 ? 'vertrouwde gezichten' : 'drukte' }]
          : []),
      ];
      await relative().ok(SAVE_RESPONSE, response(person.token, { themeAnswers }));
      answered.push(person);
    }
    await kring.sql(`UPDATE mirror_conversation SET status = 'ended', started_at = now(), ended_at = now() WHERE id = $1`, [id]);
    const mirrors = Object.fromEntries(
      ((await org.mira.client.ok(HARVEST, { id })).mirrorHarvest.themes as { themeId: string; mirror: unknown }[]).map((t) => [
        t.themeId,
        t.mirror,
      ]),
    );
    // "6 naasten" beside "ervaren: 5 personen" would single out the one who did not: the 6 goes ("verborgen"), the counts stay
    // (taken out after the ordering, a count would still be told by its place). Six of six leaves nobody to point at.
    expect(mirrors.being_at_home).toEqual({
      respondents: null,
      shown: true,
      phrases: [{ phrase: 'vertrouwde gezichten', important: 6, experienced: 5 }],
    });
    // Ten answered: 10 − 5 leaves five, and everyone's "gebeld" leaves no one; the number is shown.
    expect(mirrors.information).toEqual({
      respondents: 10,
      shown: true,
      phrases: [
        { phrase: 'gebeld', important: null, experienced: 10 },
        { phrase: 'eerlijkheid', important: 5, experienced: null },
        { phrase: 'snelheid', important: 5, experienced: null },
      ],
    });
  });

  it("deletes the raw notes when the harvest is approved, relatives' own text beforehand included: they are gone from the database", async () => {
    const { id, captured, said } = await heldConversation();
    await org.mira.client.ok(SET_QUOTE, { input: { statementId: captured.a, inHarvest: true } });
    await org.mira.client.ok(SAVE_THEME, {
      input: { conversationId: id, themeId: 'being_at_home', summary: 'Naasten zien dat het eigen ritme er mag zijn.' },
    });
    const before = await databaseText();
    for (const raw of [said.b, said.c, said.unattributed, said.note, said.clarifying, said.beforehand]) expect(before).toContain(raw);

    const approved = (await org.mira.client.ok(APPROVE, { id })).approveMirrorHarvest;
    expect(approved).toMatchObject({ status: 'approved', quotes: [{ body: said.a }], candidates: [] });
    // With the approval the listeners are told the harvest is there, in the app and by e-mail; the moderator is not.
    const told = await kring.sql<{ person_id: string; link: string }>(
      `SELECT person_id, link FROM notification WHERE kind = 'mirror_harvest_approved' AND subject_id = $1`,
      [id],
    );
    expect(told.map((n) => n.person_id).sort()).toEqual([org.bram.id, org.sanne.id].sort());
    expect(new Set(told.map((n) => n.link))).toEqual(new Set([`/spiegelgesprekken/${id}`]));
    await kring.mailDelivered();
    const mails = await kring.sql<{ subject: string; body: string }>(
      `SELECT subject, body FROM outbox_mail WHERE body LIKE '%' || $1 || '%' AND subject IN ('De oogst van het spiegelgesprek staat klaar', 'The harvest of the mirror conversation is ready')`,
      [`/spiegelgesprekken/${id}`],
    );
    expect(mails).toHaveLength(2);
    // The theme and what relatives said stay in Kring.
    for (const mail of mails) expect(mail.body).not.toMatch(/Voelt uw naaste|eigen ritme|uitslapen/);
    const after = await databaseText();
    for (const raw of [said.b, said.c, said.unattributed, said.note, said.clarifying, said.beforehand]) expect(after).not.toContain(raw);
    expect(after).toContain(said.a);
    expect(await kring.sql(`SELECT id FROM mirror_statement WHERE conversation_id = $1`, [id])).toEqual([{ id: captured.a }]);
    expect(
      await kring.sql(
        `SELECT 1 FROM mirror_listener_note WHERE conversation_id = $1 UNION ALL SELECT 1 FROM mirror_command_receipt WHERE conversation_id = $1`,
        [id],
      ),
    ).toEqual([]);
    // Fixed from now on.
    expect(code(await org.mira.client.request(SAVE_THEME, { input: { conversationId: id, themeId: 'safety', summary: 'Later' } }))).toBe(
      'MIRROR_HARVEST_LOCKED',
    );
    expect(code(await org.mira.client.request(APPROVE, { id }))).toBe('MIRROR_HARVEST_LOCKED');
  });

  it('drafts, sends and prints the letter back, with the practices of the listener reflection', async () => {
    const { id, a, b, c, captured, said } = await heldConversation();
    await org.mira.client.ok(SET_QUOTE, { input: { statementId: captured.a, inHarvest: true } });
    await org.mira.client.ok(SET_QUOTE, { input: { statementId: captured.b, inHarvest: true } });
    await org.mira.client.ok(SAVE_THEME, {
      input: { conversationId: id, themeId: 'being_at_home', summary: 'Naasten zien dat het eigen ritme er mag zijn.' },
    });
    expect(code(await org.mira.client.request(DRAFT_LETTER, { id }))).toBe('MIRROR_NOT_APPROVED');
    await org.mira.client.ok(APPROVE, { id });

    // The listener reflection: a reflection session of the team, planned through the sessions API, with a practice to try.
    const session = (
      await org.mira.client.ok(`mutation P($input: PlanSessionInput!) { planSession(input: $input) { id } }`, {
        input: {
          organisationId: org.organisationId,
          teamId: org.teamId,
          question: 'Luisteraarsreflectie: wat raakte ons, wat gaan we proberen?',
          methodId: 'listener_reflection',
          scheduledAt: new Date(Date.now() + 86_400_000).toISOString(),
          moderatorId: org.mira.id,
          participantIds: [org.bram.id, org.sanne.id],
          lensIds: [],
        },
      })
    ).planSession;
    await org.mira.client.ok(`mutation A($input: AddPracticeInput!) { addPractice(input: $input) { practices { id } } }`, {
      input: {
        sessionId: session.id,
        what: 'Elke avond een vaste begeleider als aanspreekpunt',
        who: 'Team Wonen',
        lookBackOn: '2031-06-01',
      },
    });
    // Planned without a team (the details allow "Geen team"; they are fixed once approved): the reflection's team becomes
    // the conversation's, chosen beside its date, so its practices reach the letter.
    await kring.sql(`UPDATE mirror_conversation SET team_id = NULL WHERE id = $1`, [id]);
    const linked = await org.mira.client.ok(
      `mutation L($input: LinkMirrorListenerReflectionInput!) { linkMirrorListenerReflection(input: $input) { listenerSession { id name } } }`,
      { input: { conversationId: id, sessionId: session.id } },
    );
    expect(await kring.sql(`SELECT team_id FROM mirror_conversation WHERE id = $1`, [id])).toEqual([{ team_id: org.teamId }]);
    expect(linked.linkMirrorListenerReflection.listenerSession).toEqual({
      id: session.id,
      name: 'Luisteraarsreflectie: wat raakte ons, wat gaan we proberen?',
    });

    // Drafted in the relatives' language (they chose Dutch), not the moderator's: each mail wraps this one text.
    await kring.sql(`UPDATE person SET preferred_language = 'en' WHERE id = $1`, [org.mira.id]);
    const draft = (await org.mira.client.ok(DRAFT_LETTER, { id })).draftMirrorLetter;
    await kring.sql(`UPDATE person SET preferred_language = 'nl' WHERE id = $1`, [org.mira.id]);
    expect(draft.heard).toContain('Je thuis voelen\nNaasten zien dat het eigen ritme er mag zijn.');
    expect(draft.willDo).toBe(
      'Dit gaan we doen:\n- Elke avond een vaste begeleider als aanspreekpunt (Team Wonen)\n  We kijken er op 1 juni 2031 op terug.',
    );
    expect(draft).toMatchObject({
      lookBackOn: '2031-06-01',
      sentAt: null,
      emailRecipients: 2,
      quotes: [{ body: said.a }, { body: said.b }],
    });
    expect(
      code(await org.mira.client.request(SAVE_LETTER, { input: { conversationId: id, heard: 'x'.repeat(10_001), willDo: 'y' } })),
    ).toBe('BAD_USER_INPUT');
    await org.mira.client.ok(SAVE_LETTER, {
      input: { conversationId: id, heard: `${draft.heard}\n\nDank u wel.`, willDo: draft.willDo, lookBackOn: '2031-06-01' },
    });
    // B withdraws being quoted before the letter goes out: the letter leaves the quote out.
    await relative().ok(SAVE_RESPONSE, response(b.token, { consents: ['take_part'], freeText: null, themeAnswers: null }));

    // A's link ran out meanwhile (links last 60 days; harvest, reflection and letter can take longer): sending the letter
    // opens it again for a link's usual time, so "U krijgt een brief" and "via deze link" still hold.
    await kring.sql(`UPDATE mirror_participant SET expires_at = now() - interval '1 day' WHERE id = $1`, [a.id]);
    expect((await relative().request(OPEN_LINK, { token: a.token })).errors?.[0].extensions?.code).toBe('LINK_UNAVAILABLE');

    // C takes part too, but the planner revoked her link: no mail that sends her to a page it no longer opens.
    await kring.sql(`UPDATE mirror_participant SET email = $2 WHERE id = $1`, [c.id, `familie-c-${id}@example.test`]);
    await org.mira.client.ok(REVOKE, { participantId: c.id });
    const sent = (await org.mira.client.ok(SEND_LETTER, { id })).sendMirrorLetter;
    expect(sent.sentAt).not.toBeNull();
    await kring.mailDelivered();
    const mails = await kring.sql<{ to_address: string; subject: string; body: string }>(
      `SELECT to_address, subject, body FROM outbox_mail WHERE subject LIKE 'Wat we hoorden%' AND to_address LIKE '%${id}%' ORDER BY to_address`,
    );
    expect(mails.map((m) => m.to_address)).toEqual([`familie-a-${id}@example.test`, `familie-b-${id}@example.test`]);
    expect(mails[0].body).toContain(`“${said.a}”`);
    expect(mails[0].body).toContain('Dank u wel.');
    expect(mails[0].body).toContain('We komen hierop terug op 1 juni 2031.');
    expect(mails[0].body).not.toContain(said.b);

    // Every participant finds the letter on their own page, and as PDF.
    const page = (await relative().ok(OPEN_LINK, { token: a.token })).relativeInvitation;
    expect(page.letter).toMatchObject({ quotes: [said.a], lookBackOn: '2031-06-01', sentAt: expect.any(String) });
    const relativePdf = await relative().file(relativeLetterPath(a.token));
    expect(relativePdf).toMatchObject({ status: 200, type: 'application/pdf', disposition: 'attachment; filename="wat-we-hoorden.pdf"' });
    expect(relativePdf.body.subarray(0, 5).toString()).toBe('%PDF-');
    // Someone who no longer takes part reads no one else's quotes: not on their page, not as PDF.
    await relative().ok(SAVE_RESPONSE, response(b.token, { consents: [], freeText: null, themeAnswers: null }));
    expect((await relative().ok(OPEN_LINK, { token: b.token })).relativeInvitation.letter).toBeNull();
    const notForB = await relative().file(relativeLetterPath(b.token));
    expect({ status: notForB.status, text: notForB.body.toString() }).toEqual({ status: 404, text: errorMessage('NOT_FOUND', 'nl') });
    const staffPdf = await org.mira.client.file(letterPath(id));
    expect(staffPdf.body.length).toBeGreaterThan(1000);
    expect((await org.bram.client.ok(READ_LETTER, { id })).mirrorLetter!.sentAt).not.toBeNull();
    // Only the team and the planners read the letter here; a colleague elsewhere reads the harvest instead.
    const refused = await org.kees.client.file(letterPath(id));
    expect({ status: refused.status, text: refused.body.toString() }).toEqual({
      status: 400,
      text: errorMessage('MIRROR_NOT_IN_CONVERSATION', 'nl'),
    });
    expect((await org.mira.client.ok(READ, { id })).mirrorConversation!.listenerSession!.id).toBe(session.id);
  });

  /** Every text value in every table, to prove what is and is not stored anywhere. */
  async function databaseText(): Promise<string> {
    const tables = await kring.sql<{ tablename: string }>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`);
    const parts: string[] = [];
    for (const { tablename } of tables) {
      const [row] = await kring.sql<{ text: string | null }>(`SELECT string_agg(t::text, '|') AS text FROM ${tablename} t`);
      parts.push(row.text ?? '');
    }
    return parts.join('\n');
  }
});
