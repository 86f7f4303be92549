import { MIRROR_LIMITS, MirrorCommandAck, MirrorEvent, mirrorSyncFromSnapshot } from '@kring/domain';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { LiveRooms } from '../../apps/api/src/engine/live/live-rooms';
import { GraphqlClient } from '../support/graphql-client';
import { secondOrganisation } from '../support/fixtures';
import { TestKring } from '../support/kring-test-app';
import {
  command,
  inviteRelative,
  join,
  MirrorOrganisation,
  mirrorLiveTest,
  ok,
  plannedConversation,
  response,
  SAVE_RESPONSE,
  SET_PROCEDURE,
  UPDATE,
} from './mirror-conversations.support';

/**
 * The live mirror conversation over socket.io: the moderator's console, the
 * listeners' private notes and clarifying questions, the projector, the
 * escalation guardrail, and exactly-once storage before every ack.
 */
describe('mirror conversations: holding the conversation live', () => {
  const live = mirrorLiveTest();
  const { socketOf } = live;
  let kring: TestKring;
  let org: MirrorOrganisation;
  beforeAll(() => ({ kring, org } = live));

  async function until(condition: () => boolean, ms = 5_000): Promise<void> {
    for (const end = Date.now() + ms; !condition();) {
      if (Date.now() > end) throw new Error('the event did not arrive');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** A conversation with two relatives who take part; Anna may be quoted, Piet not. */
  async function started() {
    const conversation = await plannedConversation(org);
    const anna = await inviteRelative(org, conversation.id, 'Anna');
    const piet = await inviteRelative(org, conversation.id, 'Piet');
    const relative = new GraphqlClient(kring.url);
    await relative.ok(SAVE_RESPONSE, response(anna.token));
    await relative.ok(SAVE_RESPONSE, response(piet.token, { consents: ['take_part'] }));
    const moderator = await socketOf(org.mira.client);
    await join(moderator, conversation.id);
    await ok(moderator, conversation.id, { type: 'start' });
    return { ...conversation, anna, piet, moderator };
  }

  it('captures statements per question, stored once however often the screen re-sends them', async () => {
    const { id, questions, anna, piet, moderator } = await started();
    const state = await join(moderator, id);
    expect(state).toMatchObject({ status: 'live', role: 'moderator', currentQuestionId: questions[0].id });
    expect(state.participants).toEqual([
      { id: anna.id, pseudonym: 'Naaste A', kind: 'relative', takesPart: true, mayBeQuoted: true },
      { id: piet.id, pseudonym: 'Naaste B', kind: 'relative', takesPart: true, mayBeQuoted: false },
    ]);

    const clientKey = randomUUID();
    const capture = {
      type: 'capture',
      questionId: questions[0].id,
      participantId: anna.id,
      body: 'Mijn vader mag hier gewoon uitslapen.',
      themeIds: ['being_at_home', 'own_direction'],
      valueTags: [{ itemId: 'feeling_at_home', direction: 'visible_strength' }],
      quotable: true,
    };
    const first = await command(moderator, id, capture, clientKey);
    // The screen lost the ack and sends the same message again after reconnecting.
    const replay = await command(moderator, id, capture, clientKey);
    expect(first).toMatchObject({ ok: true, replayed: false, createdId: expect.any(String) });
    expect(replay).toEqual({ ...first, replayed: true });
    const stored = await kring.sql(
      `SELECT body, theme_ids, value_tags, quotable, participant_id FROM mirror_statement WHERE conversation_id = $1`,
      [id],
    );
    expect(stored).toEqual([
      {
        body: 'Mijn vader mag hier gewoon uitslapen.',
        theme_ids: ['being_at_home', 'own_direction'],
        value_tags: [{ itemId: 'feeling_at_home', direction: 'visible_strength' }],
        quotable: true,
        participant_id: anna.id,
      },
    ]);

    // "Een naaste", on the next question; the moderator corrects it afterwards.
    await ok(moderator, id, { type: 'showQuestion', questionId: questions[1].id });
    const other = await ok(moderator, id, {
      type: 'capture',
      questionId: questions[1].id,
      participantId: null,
      body: 'We horen veel via de app.',
    });
    await ok(moderator, id, {
      type: 'editStatement',
      statementId: other.createdId,
      questionId: questions[1].id,
      participantId: piet.id,
      body: 'We horen veel via de groepsapp.',
    });
    const after = await join(moderator, id);
    expect(after.currentQuestionId).toBe(questions[1].id);
    expect(after.statements.map((s) => [s.body, s.participantId])).toEqual([
      ['Mijn vader mag hier gewoon uitslapen.', anna.id],
      ['We horen veel via de groepsapp.', piet.id],
    ]);
  });

  it('keeps no statements of a relative who does not take part, neither captured nor moved onto them', async () => {
    const conversation = await plannedConversation(org);
    const anna = await inviteRelative(org, conversation.id, 'Anna');
    const kees = await inviteRelative(org, conversation.id, 'Kees');
    const relative = new GraphqlClient(kring.url);
    await relative.ok(SAVE_RESPONSE, response(anna.token));
    await relative.ok(SAVE_RESPONSE, response(kees.token, { consents: [] }));
    const moderator = await socketOf(org.mira.client);
    const { id, questions } = conversation;
    await join(moderator, id);
    await ok(moderator, id, { type: 'start' });
    expect((await join(moderator, id)).participants.find((p) => p.id === kees.id)).toMatchObject({ takesPart: false });
    const refusal = {
      ok: false,
      error: {
        code: 'MIRROR_PARTICIPANT_NOT_TAKING_PART',
        message:
          'Deze naaste doet niet mee aan het gesprek. Daarom bewaren we geen uitspraken van deze naaste; kies een naaste die meedoet of ‘iemand’.',
      },
    };
    expect(
      await command(moderator, id, { type: 'capture', questionId: questions[0].id, participantId: kees.id, body: 'Wat hij zei.' }),
    ).toEqual(refusal);
    const kept = await ok(moderator, id, { type: 'capture', questionId: questions[0].id, participantId: anna.id, body: 'Wat zij zei.' });
    const moved = {
      type: 'editStatement',
      statementId: kept.createdId,
      questionId: questions[0].id,
      participantId: kees.id,
      body: 'Wat zij zei.',
    };
    expect(await command(moderator, id, moved)).toEqual(refusal);
    expect(await kring.sql(`SELECT body, participant_id FROM mirror_statement WHERE conversation_id = $1`, [id])).toEqual([
      { body: 'Wat zij zei.', participant_id: anna.id },
    ]);
  });

  it('refuses what a screen may not do, and keeps the refused text out of the database', async () => {
    const { id, questions, moderator } = await started();
    const listener = await socketOf(org.bram.client);
    await join(listener, id);
    const byListener = await command(listener, id, { type: 'capture', questionId: questions[0].id, body: 'Ik schrijf mee.' });
    expect(byListener).toEqual({
      ok: false,
      error: { code: 'MIRROR_MODERATOR_ONLY', message: 'Alleen de gespreksleider van dit spiegelgesprek kan dit doen.' },
    });
    const long = await command(moderator, id, { type: 'capture', body: 'x'.repeat(MIRROR_LIMITS.statementMaxLength + 5) });
    expect(long).toMatchObject({
      ok: false,
      error: { code: 'MIRROR_TEXT_TOO_LONG', message: expect.stringContaining(`hoogstens ${MIRROR_LIMITS.statementMaxLength} tekens`) },
    });
    const foreignQuestion = await command(moderator, id, { type: 'showQuestion', questionId: randomUUID() });
    expect(foreignQuestion).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await kring.sql(`SELECT 1 FROM mirror_statement WHERE conversation_id = $1`, [id])).toEqual([]);
    // Another organisation cannot even join, and a colleague who does not listen gets no console.
    const foreign = await socketOf((await secondOrganisation(kring, 'Het Anker', `marloes-${randomUUID()}@anker.test`)).admin);
    expect(await foreign.emitWithAck('mirror:join', { conversationId: id, view: 'console' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    const kees = await socketOf(org.kees.client);
    expect(await kees.emitWithAck('mirror:join', { conversationId: id, view: 'console' })).toMatchObject({
      ok: false,
      error: { code: 'MIRROR_NOT_IN_CONVERSATION' },
    });
  });

  it('keeps listeners’ notes private and collects their clarifying questions for the closing round', async () => {
    const { id, questions, moderator } = await started();
    const bram = await socketOf(org.bram.client);
    const sanne = await socketOf(org.sanne.client);
    await join(bram, id);
    await join(sanne, id);
    const changed = new Promise((resolve) => sanne.once('mirror:event', resolve));
    const noted = await ok(bram, id, { type: 'note', kind: 'note', body: 'Dit raakt me: ze merkt alles op.', questionId: questions[0].id });
    // Another listener counts the change, but learns nothing of the note.
    expect(await changed).toEqual({ type: 'unseen', conversationId: id, version: noted.version, at: expect.any(String) });
    const asked = await ok(bram, id, { type: 'note', kind: 'question', body: 'Wat bedoelt u met "de avond"?', questionId: null });

    const bramState = await join(bram, id);
    expect(bramState.notes.map((n) => n.body)).toEqual(['Dit raakt me: ze merkt alles op.']);
    const sanneState = await join(sanne, id);
    expect(sanneState).toMatchObject({ role: 'listener', statements: [], participants: [], notes: [] });
    expect(sanneState.clarifyingQuestions).toEqual([
      expect.objectContaining({ body: 'Wat bedoelt u met "de avond"?', mine: false, asked: false }),
    ]);
    const moderatorState = await join(moderator, id);
    expect(JSON.stringify(moderatorState)).not.toContain('Dit raakt me');

    await ok(moderator, id, { type: 'openClosingRound' });
    await ok(moderator, id, { type: 'markAsked', noteId: asked.createdId, asked: true });
    expect((await join(sanne, id)).clarifyingQuestions[0].asked).toBe(true);
    // Only the author can take a note back.
    expect(await command(sanne, id, { type: 'removeNote', noteId: asked.createdId })).toMatchObject({
      ok: false,
      error: { code: 'SESSION_NOT_OWN_ENTRY' },
    });
  });

  it('sends every screen each change as the delta its own snapshot would show, and nothing more', async () => {
    const { id, questions, moderator } = await started();
    const bram = await socketOf(org.bram.client);
    const sanne = await socketOf(org.sanne.client);
    const projector = await socketOf(org.admin.client);
    const screens = [
      { socket: moderator, view: 'console' as const },
      { socket: bram, view: 'console' as const },
      { socket: sanne, view: 'console' as const },
      { socket: projector, view: 'projector' as const },
    ];
    const watched = await Promise.all(
      screens.map(async (screen) => {
        const events: MirrorEvent[] = [];
        screen.socket.on('mirror:event', (event: MirrorEvent) => events.push(event));
        return { ...screen, events, start: await join(screen.socket, id, screen.view) };
      }),
    );
    // A beacon round checks every screen's place against the conversation (LiveRoomKind.place): the moderator, the
    // listeners and the planner's projector keep theirs, so none is taken out (each then hears every change below).
    await kring.app.get(LiveRooms).beacon();
    const captured = await ok(moderator, id, { type: 'capture', questionId: questions[0].id, body: 'Ze houdt van de tuin.' });
    await ok(moderator, id, {
      type: 'editStatement',
      statementId: captured.createdId,
      questionId: questions[0].id,
      participantId: null,
      body: 'Ze houdt van de moestuin.',
      themeIds: [],
      valueTags: [],
      quotable: false,
    });
    await ok(bram, id, { type: 'note', kind: 'note', body: 'Privé: vragen naar de moestuin.', questionId: null });
    const asked = await ok(bram, id, { type: 'note', kind: 'question', body: 'Welke groente het liefst?', questionId: null });
    await ok(moderator, id, { type: 'showQuestion', questionId: questions[1].id });
    await ok(moderator, id, { type: 'openClosingRound' });
    await ok(moderator, id, { type: 'markAsked', noteId: asked.createdId, asked: true });
    const gone = await ok(moderator, id, { type: 'capture', questionId: null, body: 'Dit was een vergissing.' });
    const last = await ok(moderator, id, { type: 'removeStatement', statementId: gone.createdId });

    for (const screen of watched) {
      await until(() => screen.events.some((event) => event.version === last.version));
      const reduced = mirrorSyncFromSnapshot(screen.start, screen.events).state;
      // The deltas bring the screen exactly where a fresh snapshot would.
      expect(reduced).toEqual(await join(screen.socket, id, screen.view));
    }
    const [, bramScreen, sanneScreen, projectorScreen] = watched;
    expect(bramScreen.events.find((e) => e.type === 'noteAdded' && e.note.kind === 'question')).toMatchObject({ note: { mine: true } });
    expect(JSON.stringify(sanneScreen.events)).not.toContain('Privé');
    expect(JSON.stringify(sanneScreen.events)).not.toContain('moestuin');
    expect(JSON.stringify(projectorScreen.events)).not.toContain('Welke groente');
    expect(projectorScreen.events.map((e) => e.type)).toEqual([
      'unseen',
      'unseen',
      'unseen',
      'unseen',
      'conversationChanged',
      'conversationChanged',
      'unseen',
      'unseen',
      'unseen',
    ]);
  });

  it('takes consoles off what the new plan no longer lets them hear at once, even if their page never asks again', async () => {
    const { id, questions, moderator } = await started();
    const bram = await socketOf(org.bram.client);
    const sanne = await socketOf(org.sanne.client);
    const admin = await socketOf(org.admin.client);
    await join(bram, id);
    await join(sanne, id);
    const heard = (socket: typeof bram) => {
      const events: MirrorEvent[] = [];
      socket.on('mirror:event', (event: MirrorEvent) => events.push(event));
      return events;
    };
    const bramHeard = heard(bram);
    const miraHeard = heard(moderator);
    // Mid-conversation the plan changes: the administrator takes over as moderator, Mira stays on as a listener and
    // Bram is off the list. Neither Bram's nor Mira's screen joins again afterwards (a page that ignores the refresh).
    await org.admin.client.ok(UPDATE, {
      input: {
        conversationId: id,
        teamId: org.teamId,
        theme: 'Voelt uw naaste zich hier thuis?',
        scheduledAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
        moderatorId: org.admin.id,
        listenerIds: [org.mira.id, org.sanne.id],
      },
    });
    await until(() => bramHeard.some((e) => e.type === 'refresh') && miraHeard.some((e) => e.type === 'refresh'));
    // A beacon round checks every screen's place (LiveRoomKind.place) now that the version moved: Mira's console,
    // admitted as moderator, is a listener's now and stays to hear as one; Bram's has no place in it.
    await kring.app.get(LiveRooms).beacon();
    await join(admin, id);
    const captured = await ok(admin, id, { type: 'capture', questionId: questions[0].id, body: 'Ze voelt zich hier gezien.' });
    const asked = await ok(sanne, id, { type: 'note', kind: 'question', body: 'Sinds wanneer voelt ze dat?', questionId: null });
    await until(() => miraHeard.some((e) => e.version === asked.version));
    // Mira, now a listener: the clarifying question, but of the new moderator's statement only that something changed.
    expect(miraHeard.find((e) => e.version === asked.version)).toMatchObject({
      type: 'noteAdded',
      note: { body: 'Sinds wanneer voelt ze dat?' },
    });
    expect(miraHeard.find((e) => e.version === captured.version)).toMatchObject({ type: 'unseen' });
    // Bram hears nothing of the conversation after the refresh that told him to ask again.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(bramHeard.map((e) => e.type)).toEqual(['refresh']);
    // Asking again, he is refused.
    expect(await bram.timeout(5_000).emitWithAck('mirror:join', { conversationId: id, view: 'console' })).toMatchObject({
      ok: false,
      error: { code: 'MIRROR_NOT_IN_CONVERSATION' },
    });
  });

  it('shows the projector only the question on the table', async () => {
    const { id, questions, moderator } = await started();
    await ok(moderator, id, { type: 'capture', questionId: questions[0].id, body: 'Het voelt als thuis.' });
    // An administrator who does not listen may still put the question on the screen in the room.
    const projector = await socketOf(org.admin.client);
    const state = await join(projector, id, 'projector');
    expect(state).toMatchObject({
      view: 'projector',
      role: 'viewer',
      currentQuestionId: questions[0].id,
      statements: [],
      notes: [],
      clarifyingQuestions: [],
      escalationProcedure: '',
    });
    expect(JSON.stringify(state)).not.toContain('thuis.');
  });

  it("refuses a possible complaint with the organisation's procedure, keeps it only when chosen, and records only surface, person and choice", async () => {
    const { id, questions, moderator } = await started();
    await org.admin.client.ok(SET_PROCEDURE, {
      input: {
        organisationId: org.organisationId,
        officerName: 'Karin Smit',
        officerContact: 'klachten@lindehof.nl',
        incidentRoute: 'meld het bij de teamleider',
      },
    });
    const body = 'Ik heb hier al eens een klacht over ingediend, mijn moeder is gevallen.';
    const statement = { type: 'capture', questionId: questions[0].id, body };
    const refused = await command(moderator, id, statement);
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'ESCALATION_PROMPT',
        escalation: {
          signals: ['complaint', 'calamity'],
          fields: ['body'],
          procedure: { officerName: 'Karin Smit', officerContact: 'klachten@lindehof.nl' },
        },
      },
    });
    if (refused.ok) return;
    expect(refused.error.escalation!.procedure.text).toContain('meld het bij de teamleider');
    expect(await kring.sql(`SELECT count(*)::int AS n FROM mirror_statement WHERE conversation_id = $1`, [id])).toEqual([{ n: 0 }]);
    expect(
      await kring.sql(`SELECT surface, shown_to_person, choice FROM escalation_prompt WHERE organisation_id = $1`, [org.organisationId]),
    ).toEqual([{ surface: 'mirror:capture', shown_to_person: org.mira.id, choice: null }]);

    // "Toch bewaren": the same command with the keep flag is stored, flagged, and exactly the prompt it answers records the choice.
    const kept: MirrorCommandAck = await moderator.emitWithAck('mirror:command', {
      conversationId: id,
      clientKey: randomUUID(),
      command: statement,
      keepFlaggedText: true,
      escalationPromptId: refused.error.escalation!.promptId,
    });
    expect(kept).toMatchObject({ ok: true, createdId: expect.any(String) });
    expect(await kring.sql(`SELECT flagged FROM mirror_statement WHERE id = $1`, [kept.ok && kept.createdId])).toEqual([{ flagged: true }]);
    expect(await kring.sql(`SELECT id, surface, choice FROM escalation_prompt WHERE organisation_id = $1`, [org.organisationId])).toEqual([
      { id: refused.error.escalation!.promptId, surface: 'mirror:capture', choice: 'kept' },
    ]);
    // Nothing about why: not the signal, not the text, in the prompt record or the receipts.
    const bookkeeping = JSON.stringify([
      await kring.sql(`SELECT * FROM escalation_prompt WHERE organisation_id = $1`, [org.organisationId]),
      await kring.sql(`SELECT * FROM mirror_command_receipt WHERE conversation_id = $1`, [id]),
    ]);
    expect(bookkeeping).not.toMatch(/klacht|complaint|calamity|gevallen/);

    // A listener's private note is guarded the same way.
    const bram = await socketOf(org.bram.client);
    await join(bram, id);
    expect(
      await command(bram, id, {
        type: 'note',
        kind: 'note',
        body: 'Mijn moeder is geslagen door een medewerker van de nachtdienst.',
        questionId: null,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'ESCALATION_PROMPT', escalation: { signals: ['violence_or_abuse'] } },
    });
    // An ordinary statement asks nothing.
    expect(
      await ok(moderator, id, { type: 'capture', questionId: questions[0].id, body: 'Ze kent hier iedereen bij naam.' }),
    ).toMatchObject({ ok: true });
  });

  it('keeps its limits by counts on the conversation row (no count(*) per command), right through removals', async () => {
    const { id, questions, anna, moderator } = await started();
    const bram = await socketOf(org.bram.client);
    await join(bram, id);
    const db = kring.app.get(DataSource);
    const counts = async () => {
      const [row] = await db.query<
        { statement_count: number; note_counts: Record<string, number>; statements: number; notes: Record<string, number> }[]
      >(
        `SELECT statement_count, note_counts, (SELECT count(*)::int FROM mirror_statement WHERE conversation_id = $1) AS statements,
           (SELECT coalesce(jsonb_object_agg(author_id, n), '{}') FROM (SELECT author_id, count(*)::int AS n FROM mirror_listener_note
             WHERE conversation_id = $1 GROUP BY author_id) t) AS notes
         FROM mirror_conversation WHERE id = $1`,
        [id],
      );
      return row;
    };
    const said = (body: string) => ok(moderator, id, { type: 'capture', questionId: questions[0].id, participantId: anna.id, body });
    const first = await said('Eerste uitspraak.');
    await said('Tweede uitspraak.');
    await ok(moderator, id, { type: 'removeStatement', statementId: first.createdId });
    const note = await ok(bram, id, { type: 'note', kind: 'note', body: 'Een eigen notitie.', questionId: null });
    await ok(bram, id, { type: 'note', kind: 'question', body: 'Een vraag voor de slotronde?', questionId: null });
    await ok(moderator, id, { type: 'note', kind: 'note', body: 'Van de gespreksleider.', questionId: null });
    expect(await counts()).toEqual({
      statement_count: 1,
      statements: 1,
      note_counts: { [org.bram.id]: 2, [org.mira.id]: 1 },
      notes: { [org.bram.id]: 2, [org.mira.id]: 1 },
    });
    // An author whose notes are all gone leaves no id behind.
    await ok(moderator, id, { type: 'removeNote', noteId: (await join(moderator, id)).notes[0].id });
    await ok(bram, id, { type: 'removeNote', noteId: note.createdId });
    expect((await counts()).note_counts).toEqual({ [org.bram.id]: 1 });

    // At the limits the locked row's counts refuse, in the screen's words.
    await db.query(
      `UPDATE mirror_conversation SET statement_count = $2, note_counts = jsonb_build_object($3::text, $4::int) WHERE id = $1`,
      [id, MIRROR_LIMITS.maxStatementsPerConversation, org.bram.id, MIRROR_LIMITS.maxNotesPerPerson],
    );
    expect(
      await command(moderator, id, { type: 'capture', questionId: questions[0].id, participantId: anna.id, body: 'Nog een.' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'MIRROR_TOO_MANY' },
    });
    expect(await command(bram, id, { type: 'note', kind: 'note', body: 'Nog een notitie.', questionId: null })).toMatchObject({
      ok: false,
      error: { code: 'MIRROR_TOO_MANY' },
    });
    // Another author still has room.
    await ok(moderator, id, { type: 'note', kind: 'note', body: 'Wel nog een van de gespreksleider.', questionId: null });
  });

  it('ends the conversation; the room then takes no new statements', async () => {
    const { id, moderator } = await started();
    await ok(moderator, id, { type: 'end' });
    expect(await command(moderator, id, { type: 'capture', body: 'Nog iets.' })).toMatchObject({
      ok: false,
      error: { code: 'MIRROR_NOT_LIVE' },
    });
    expect((await join(moderator, id)).status).toBe('ended');
  });
});
