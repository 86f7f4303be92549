import {
  ACKNOWLEDGED_FINDINGS_FIELD,
  ESCALATION_PROMPT_FIELD,
  KEEP_FLAGGED_FIELD,
  LIVE_COMMAND_TEXT_GUARDS,
  LiveCommand,
  LiveCommandAck,
  MIRROR_COMMAND_TEXT_GUARDS,
  MirrorCommand,
  MirrorCommandAck,
} from '@kring/domain';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { randomUUID } from 'node:crypto';
import { getNamedType, GraphQLSchema, isInputObjectType } from 'graphql';
import { listTextFields, textsOfCall } from '../../apps/api/src/engine/privacy/text-guard.catalogue';
import { accessSurface } from '../support/access-surface';
import { createEveryRow, EveryRow, memberBySql, networkCoordinator } from '../support/every-row-fixture';
import { GraphqlClient } from '../support/graphql-client';
import { startTestKring, TestKring } from '../support/kring-test-app';
import { tablesHolding } from '../support/text-search';
import { generateOperations, GeneratedOperation } from '../support/operation-generator';
import { LiveScreen, planIncidentSession, teamWithPeople } from '../support/session-fixtures';
import { connectSocket } from '../support/socket-client';
import {
  command as mirrorCommand,
  inviteRelative,
  join as joinMirror,
  mirrorOrganisation,
  ok as mirrorOk,
  ADD_WISH,
  plannedConversation,
  response,
  SAVE_RESPONSE,
} from './mirror-conversations.support';

/**
 * Operations the fixture's administrator may not call at all: the policy
 * layer refuses them before the content guard runs, so no text is read. They
 * need a network coordinator or the visiting organisation's people, which the
 * every-row fixture does not have yet; the test still proves nothing of the
 * BSN is stored by them.
 */
const REFUSED_BY_POLICY_FIRST: Record<string, string> = {
  addVisitPractice: 'the visiting organisation writes visit practices',
  declineLensProposal: 'a network coordinator decides on lens proposals',
  proposeLensChange: 'members of a network organisation with a visit history propose lens changes',
  publishLensVersion: 'a network coordinator publishes the lens',
  saveCheckinNote: 'the check-in belongs to the visiting organisation',
  setVisitingTeam: 'the visiting organisation chooses its team',
  updateHostReflection: 'the host reflection follows a finished visit report',
  updateVisitAgreement: 'both organisations of an arranged visit agree',
};

/** A BSN that passes the 11-check: Kring must never store it, whatever field or command it is typed into. */
const BSN = '111222333';

/** The allegation of issue #9: stored nowhere unless its author keeps it knowingly. */
const ABUSE = 'mijn moeder is geslagen door een medewerker van de nachtdienst';

/**
 * Public operations whose generated call guesses a link token: the link is
 * refused before the escalation guardrail can point anyone to a procedure
 * (nothing is stored). The relative's page is tested with a real link below.
 */
const REFUSED_BY_LINK_FIRST: Record<string, string> = {
  saveRelativeResponse: "the relative's personal link",
  answerStoryCheckByLink: "the storyteller's personal link",
};

/**
 * The content guard, generated from the GraphQL schema (issue #9): every
 * String input field and argument is declared (guarded, BSN only, or exempt
 * with a reason), and a valid BSN sent through every field that is not
 * exempt, in a real call aimed at real rows, is refused and stored nowhere.
 */
describe('content guard, generated from the GraphQL schema', () => {
  let kring: TestKring;
  let schema: GraphQLSchema;
  let admin: GraphqlClient;
  let operations: GeneratedOperation[];
  let ids: EveryRow;
  let hostId: string;

  beforeAll(async () => {
    kring = await startTestKring();
    schema = kring.app.get(GraphQLSchemaHost).schema;
    const every = await createEveryRow(kring);
    ids = every.ids;
    hostId = every.a.organisationId;
    admin = every.a.admin;
    operations = generateOperations(schema, ids);
  });
  afterAll(() => kring.close());

  it('has a declaration on every String input field and argument, and a reason on every exemption', () => {
    const fields = listTextFields(schema);
    expect(fields.length).toBeGreaterThan(100);
    expect(fields.filter((f) => !f.declaration).map((f) => f.coordinate)).toEqual([]);
    expect(
      fields.filter((f) => f.declaration && f.declaration.mode !== 'full' && !f.declaration.reason?.trim()).map((f) => f.coordinate),
    ).toEqual([]);
    // The guard's advice comes from the declaration: the pseudonym only where the context gives one.
    const pseudonym = (coordinate: string) => fields.find((f) => f.coordinate === coordinate)?.declaration?.pseudonym;
    // Declared, or depending on a field beside it on the same input that exists ("when a case is chosen").
    const decided = (f: (typeof fields)[number]) => {
      const declared = f.declaration?.pseudonym;
      if (typeof declared !== 'object') return typeof declared === 'boolean';
      const type = schema.getType(f.coordinate.split('.')[0]);
      return isInputObjectType(type) && declared.whenSet in type.getFields();
    };
    expect(fields.filter((f) => f.declaration?.mode === 'full' && !decided(f)).map((f) => f.coordinate)).toEqual([]);
    expect(['PlanSessionInput.question', 'UpdateSessionInput.question'].map(pseudonym)).toEqual([
      { whenSet: 'caseId' },
      { whenSet: 'caseId' },
    ]);
    expect(['CreateCaseInput.title', 'AddCaseChapterInput.body', 'AddHarvestItemInput.body'].map(pseudonym)).toEqual([true, true, true]);
    expect(['SaveCheckinNoteInput.body', 'LookBackOnPracticeInput.body', 'SaveRelativeResponseInput.freeText'].map(pseudonym)).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('lets the author confirm findings, and keep a flagged text, on every input with a fully guarded text', () => {
    // A guarded text without a place for "Ik heb dit gecontroleerd" would block a harmless name for good,
    // and one without "Toch bewaren" would make a flagged text impossible to keep.
    const full = listTextFields(schema)
      .filter((f) => f.declaration?.mode === 'full')
      .map((f) => f.coordinate);
    expect(full.filter((coordinate) => !carriesFlag(schema, coordinate, 'acknowledgeWarnings'))).toEqual([]);
    // Beside it, the findings only the server could make, confirmed by id: without it such a name could never be saved.
    expect(full.filter((coordinate) => !carriesFlag(schema, coordinate, ACKNOWLEDGED_FINDINGS_FIELD))).toEqual([]);
    expect(full.filter((coordinate) => !carriesFlag(schema, coordinate, KEEP_FLAGGED_FIELD))).toEqual([]);
    // And the prompt that keep answers, so the choice is recorded on exactly that prompt.
    expect(full.filter((coordinate) => !carriesFlag(schema, coordinate, ESCALATION_PROMPT_FIELD))).toEqual([]);
  });

  it('refuses a valid BSN in every guarded field of every operation, with the advice its declaration gives, and stores it nowhere', async () => {
    const refusals: { op: string; field: string; code: unknown }[] = [];
    const advice: { op: string; field: string; declared: boolean; findings: unknown[] }[] = [];
    let sent = 0;
    for (const op of operations) {
      const root = op.kind === 'query' ? 'Query' : 'Mutation';
      for (const text of textsOfCall(schema, root, op.name, op.variables).texts) {
        const variables = withText(schema, op, text.field, `Dossier ${BSN} van de bewoner`);
        const result = await admin.request(op.document, acknowledgeAll(variables));
        const extensions = result.errors?.[0]?.extensions;
        refusals.push({ op: op.name, field: text.field, code: extensions?.code });
        // Every finding says whether its text has a pseudonym, as declared: the panel's advice depends on it.
        const findings = Array.isArray(extensions?.findings) ? (extensions.findings as { pseudonym?: unknown }[]) : [];
        if (findings.some((f) => f.pseudonym !== text.pseudonym))
          advice.push({ op: op.name, field: text.field, declared: text.pseudonym, findings: findings.map((f) => f.pseudonym) });
        sent++;
      }
    }
    expect(sent).toBeGreaterThan(60);
    // The answer is the refusal itself, before validation and before the resolver: a confirmation does not help.
    expect(refusals.filter((r) => r.code !== 'BSN_REFUSED' && !(r.op in REFUSED_BY_POLICY_FIRST))).toEqual([]);
    expect(refusals.filter((r) => r.op in REFUSED_BY_POLICY_FIRST && !['FORBIDDEN', 'NOT_FOUND'].includes(String(r.code)))).toEqual([]);
    expect(advice).toEqual([]);
    expect(await tablesHolding(kring, BSN)).toEqual([]);
  });

  it('asks about a resident of any organisation in the network in every guarded text of every network operation, and of none outside it elsewhere', async () => {
    // A resident of the organisation the visit comes from: the host's people write about the visitors' residents and
    // the other way round, and what is written in the network is read across it (the notebook, the check-in, the report).
    const neighbour = 'Gerritje Brinkhorst';
    await kring.sql(`INSERT INTO resident_register (organisation_id, pseudonym, watch_names) VALUES ($1, 'Bewoner Noord', $2)`, [
      ids.visitingOrganisationId,
      [neighbour],
    ]);
    const inNetwork = new Set(
      accessSurface(kring.app)
        .graphql.filter((entrance) => entrance.rule?.kind === 'network')
        .map((entrance) => entrance.name),
    );
    // Whoever the policy lets through: the host's administrator, the host's and the visitors' entrepreneurs, the coordinator.
    const callers = [
      admin,
      await memberBySql(kring, { organisation_id: hostId }, { role: 'entrepreneur', displayName: 'Joke Hoeve' }),
      await memberBySql(kring, { organisation_id: ids.visitingOrganisationId }, { role: 'entrepreneur', displayName: 'Karin Noord' }),
      await networkCoordinator(kring, ids.networkId),
    ];
    const answers: { op: string; field: string; network: boolean; asked: boolean | 'policy refused all' }[] = [];
    for (const op of operations) {
      const root = op.kind === 'query' ? 'Query' : 'Mutation';
      for (const text of textsOfCall(schema, root, op.name, op.variables).texts.filter((t) => t.mode === 'full')) {
        // With a BSN beside the name every call is refused and nothing is stored; the refusal lists every finding.
        const variables = withText(schema, op, text.field, `Dossier ${BSN} van ${neighbour}`);
        let asked: boolean | 'policy refused all' = 'policy refused all';
        for (const caller of callers) {
          const extensions = (await caller.request(op.document, variables)).errors?.[0]?.extensions;
          if (['FORBIDDEN', 'NOT_FOUND'].includes(String(extensions?.code))) continue;
          const findings = (extensions?.findings ?? []) as { kind: string; match: string }[];
          asked = findings.some((f) => f.kind === 'name' && neighbour.includes(f.match));
          break;
        }
        answers.push({ op: op.name, field: text.field, network: inNetwork.has(op.name), asked });
      }
    }
    expect(answers.filter((a) => a.network).length).toBeGreaterThan(10);
    // Only an operation no caller here may reach is left out (its row needs another party), and only when said above.
    expect(
      answers.filter((a) => a.network && a.asked !== true && !(a.asked === 'policy refused all' && a.op in REFUSED_BY_POLICY_FIRST)),
    ).toEqual([]);
    // Inside one organisation another organisation's residents are not its names: asking would only tell who lives there.
    expect(answers.filter((a) => !a.network && a.asked === true)).toEqual([]);
    expect(await tablesHolding(kring, BSN)).toEqual([]);
  });

  it("answers an abuse allegation in every guarded field with the organisation's procedure, stores it only when kept, and records only surface, who and choice", async () => {
    const [{ count: before }] = await kring.sql<{ count: number }>(`SELECT count(*)::int AS count FROM escalation_prompt`);
    const calls = operations.flatMap((op) => {
      const root = op.kind === 'query' ? 'Query' : 'Mutation';
      return textsOfCall(schema, root, op.name, op.variables)
        .texts.filter((t) => t.mode === 'full')
        .map((text) => {
          const marker = `${ABUSE} [${op.name} ${text.field}]`;
          // The generator samples every Boolean as true: the first call must not carry the keep flag.
          return {
            op,
            field: text.field,
            marker,
            variables: withFlag(acknowledgeAll(withText(schema, op, text.field, marker)), KEEP_FLAGGED_FIELD, false),
          };
        });
    });
    expect(calls.length).toBeGreaterThan(50);

    const prompted: { op: string; field: string; code: unknown; procedure: boolean; promptId?: string }[] = [];
    for (const call of calls) {
      const error = (await admin.request(call.op.document, call.variables)).errors?.[0];
      const escalation = error?.extensions?.escalation as { promptId?: string; procedure?: { text?: unknown } } | undefined;
      prompted.push({
        op: call.op.name,
        field: call.field,
        code: error?.extensions?.code,
        procedure: typeof escalation?.procedure?.text === 'string',
        promptId: escalation?.promptId,
      });
    }
    const firstRefusal = (r: { op: string }) => r.op in REFUSED_BY_POLICY_FIRST || r.op in REFUSED_BY_LINK_FIRST;
    expect(prompted.filter((r) => !firstRefusal(r) && !(r.code === 'ESCALATION_PROMPT' && r.procedure))).toEqual([]);
    // By default nothing of it is stored, anywhere.
    expect(await tablesHolding(kring, ABUSE)).toEqual([]);

    // "Toch bewaren": the same calls with the keep flag pass the guardrail; what still refuses is the call's own rule (a state, a limit).
    // Each names the prompt it answers (as the screens do), so the choice lands on exactly that prompt.
    const kept: { op: string; field: string; code: unknown; marker: string; promptId?: string }[] = [];
    for (const [i, call] of calls.entries()) {
      const { promptId } = prompted[i];
      const variables = withFlag(withFlag(call.variables, KEEP_FLAGGED_FIELD, true), ESCALATION_PROMPT_FIELD, promptId ?? null);
      const again = await admin.request(call.op.document, variables);
      kept.push({ op: call.op.name, field: call.field, code: again.errors?.[0]?.extensions?.code, marker: call.marker, promptId });
    }
    expect(kept.filter((r) => r.code === 'ESCALATION_PROMPT')).toEqual([]);
    const succeeded = kept.filter((r) => r.code === undefined);
    expect(succeeded.length).toBeGreaterThan(20);
    // Kept knowingly, the text is stored as written (unless a later call of the same update replaced the whole row).
    const stored = await markersHolding(kring, ABUSE);
    const replacedLater = (r: (typeof succeeded)[number]) => succeeded.slice(succeeded.indexOf(r) + 1).some((later) => later.op === r.op);
    expect(succeeded.filter((r) => !stored.has(r.marker) && !replacedLater(r)).map((r) => `${r.op} ${r.field}`)).toEqual([]);
    expect(stored.size).toBeGreaterThan(15);

    // The record: surface, who, choice and when; never the text or the signal.
    const columns = await kring.sql<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'escalation_prompt' ORDER BY ordinal_position`,
    );
    expect(columns.map((c) => c.column_name)).toEqual([
      'id',
      'organisation_id',
      'surface',
      'shown_to_person',
      'shown_to_participant',
      'shown_to_storyteller_of',
      'choice',
      'shown_at',
      'chosen_at',
    ]);
    const rows = await kring.sql<{ id: string; surface: string; choice: string | null }>(
      `SELECT id, surface, choice FROM escalation_prompt ORDER BY shown_at OFFSET $1`,
      [before],
    );
    expect(rows.length).toBe(prompted.filter((r) => r.code === 'ESCALATION_PROMPT').length);
    // Exactly the prompts the succeeded saves answered are "kept"; no other prompt changed, and no extra row was written.
    expect(
      rows
        .filter((r) => r.choice === 'kept')
        .map((r) => r.id)
        .sort(),
    ).toEqual(succeeded.map((r) => r.promptId).sort());
    expect(rows.filter((r) => !/^Mutation\.\w+$/.test(r.surface))).toEqual([]);
  }, 240_000);
});

describe('content guard with a Kring of its own per test', () => {
  // Each room's fixture sets up Kring's first organisation, so each test has a Kring of its own.
  let kring: TestKring;
  const closers: (() => void)[] = [];
  beforeEach(async () => {
    kring = await startTestKring();
  });
  afterEach(async () => {
    closers.splice(0).forEach((close) => close());
    await kring.close();
  });

  /** Sanne's screen in a case session of `org` that she has started, on its first phase. */
  async function startedSession(org: Awaited<ReturnType<typeof teamWithPeople>>) {
    const session = await planIncidentSession(org);
    const sanne = await LiveScreen.open(kring.url, org.sanne);
    closers.push(() => sanne.close());
    expect((await sanne.join(session.id)).ok).toBe(true);
    await sanne.ok(session.id, { type: 'startSession' });
    return { session, sanne, phaseId: sanne.state.phases[0].id };
  }

  /**
   * The live rooms, generated from their command catalogues: every command
   * with a guarded text, sent with a BSN in it over a real socket, is refused
   * with the findings, and nothing of it is stored.
   */
  describe('content guard in the live rooms, generated from the command catalogues', () => {
    /** Commands whose declared texts are guarded, by type. */
    const guardedTypes = (catalogue: Readonly<Record<string, Readonly<Record<string, { mode: string }>>>>) =>
      Object.entries(catalogue)
        .filter(([, fields]) => Object.values(fields).some((d) => d.mode !== 'none'))
        .map(([type]) => type);

    it('refuses a BSN in every guarded command of the case session, asks to confirm a name, and stores neither', async () => {
      const org = await teamWithPeople(kring);
      const { session, sanne, phaseId } = await startedSession(org);
      const text = `Dossier ${BSN} van meneer K.`;
      const samples: Record<string, LiveCommand> = {
        contribute: { type: 'contribute', phaseId, body: text },
        ask: { type: 'ask', phaseId, body: text },
        editEntry: { type: 'editEntry', phaseId, entryId: randomUUID(), body: text },
        group: { type: 'group', phaseId, entryIds: [randomUUID()], label: text },
        renameGroup: { type: 'renameGroup', phaseId, groupId: randomUUID(), label: text },
      };
      for (const type of guardedTypes(LIVE_COMMAND_TEXT_GUARDS)) {
        expect({ type, sample: type in samples }).toEqual({ type, sample: true });
        const ack = await sanne.send(session.id, samples[type]);
        expect({ type, ack }).toMatchObject({
          type,
          ack: { ok: false, error: { code: 'BSN_REFUSED', findings: [{ kind: 'bsn', match: BSN, label: 'BSN' }] } },
        });
      }
      // A colleague's name needs "Ik heb dit gecontroleerd", sent with the command. The session is not about a case, so
      // the advice does not point to a pseudonym (reflection-sessions.spec: one about a case does).
      const named = { type: 'contribute', phaseId, body: 'Bram bleef bij hem.' } as const;
      expect(await sanne.send(session.id, named)).toMatchObject({
        ok: false,
        error: { code: 'IDENTIFYING_DETAILS', findings: [{ field: 'body', kind: 'name', match: 'Bram', pseudonym: false }] },
      });
      const confirmed: { ok: boolean } = await sanne.socket
        .timeout(10_000)
        .emitWithAck('session:command', { sessionId: session.id, clientKey: randomUUID(), command: named, acknowledgeWarnings: true });
      expect(confirmed.ok).toBe(true);
      const confirmedBsn: { ok: boolean; error?: { code: string } } = await sanne.socket.timeout(10_000).emitWithAck('session:command', {
        sessionId: session.id,
        clientKey: randomUUID(),
        command: samples.contribute,
        acknowledgeWarnings: true,
      });
      expect(confirmedBsn).toMatchObject({ ok: false, error: { code: 'BSN_REFUSED' } });
      expect(await tablesHolding(kring, BSN)).toEqual([]);
    });

    it('refuses a BSN in every guarded command of the mirror conversation and stores it nowhere', async () => {
      const org = await mirrorOrganisation(kring);
      const conversation = await plannedConversation(org);
      const anna = await inviteRelative(org, conversation.id, 'Anna');
      await new GraphqlClient(kring.url).ok(SAVE_RESPONSE, response(anna.token));
      const moderator = await connectSocket(kring.url, org.mira.client);
      closers.push(() => moderator.close());
      await joinMirror(moderator, conversation.id);
      await mirrorOk(moderator, conversation.id, { type: 'start' });
      const questionId = conversation.questions[0].id;
      const text = `Dossier ${BSN} van mijn moeder`;
      const statement = { questionId, participantId: anna.id, body: text, themeIds: [], valueTags: [], quotable: true };
      const samples: Record<string, MirrorCommand> = {
        capture: { type: 'capture', ...statement },
        editStatement: { type: 'editStatement', statementId: randomUUID(), ...statement },
        note: { type: 'note', kind: 'note', body: text, questionId },
      };
      for (const type of guardedTypes(MIRROR_COMMAND_TEXT_GUARDS)) {
        expect({ type, sample: type in samples }).toEqual({ type, sample: true });
        const ack = await mirrorCommand(moderator, conversation.id, samples[type] as unknown as Record<string, unknown>);
        expect({ type, ack }).toMatchObject({
          type,
          ack: { ok: false, error: { code: 'BSN_REFUSED', findings: [{ kind: 'bsn', match: BSN }] } },
        });
      }
      expect(await tablesHolding(kring, BSN)).toEqual([]);
    });

    it('lets "Tekst weghalen" be answered only by whom the prompt was shown to: a relative through the same link, a person signed in', async () => {
      const REMOVE = `mutation R($promptId: ID!, $token: String) { removeFlaggedText(promptId: $promptId, token: $token) }`;
      const org = await mirrorOrganisation(kring);
      const conversation = await plannedConversation(org);
      const anna = await inviteRelative(org, conversation.id, 'Anna');
      const ben = await inviteRelative(org, conversation.id, 'Ben');
      const guest = new GraphqlClient(kring.url);
      const code = async (client: GraphqlClient, variables: { promptId: string; token?: string | null }) =>
        (await client.request(REMOVE, variables)).errors?.[0]?.extensions?.code;

      const refused = await guest.request(SAVE_RESPONSE, response(anna.token, { freeText: ABUSE }));
      const promptId = (refused.errors?.[0]?.extensions?.escalation as { promptId: string }).promptId;
      // The prompt id alone is no permission: not without a link, not with another relative's, not with a guess, not signed in as staff.
      for (const token of [null, ben.token, 'een-geraden-token'])
        expect({ token, code: await code(guest, { promptId, token }) }).toEqual({ token, code: 'NOT_FOUND' });
      expect(await code(org.mira.client, { promptId })).toBe('NOT_FOUND');
      expect(await kring.sql(`SELECT choice FROM escalation_prompt WHERE id = $1`, [promptId])).toEqual([{ choice: null }]);
      expect((await guest.ok(REMOVE, { promptId, token: anna.token })).removeFlaggedText).toBe('removed');

      // A person's prompt: only that person, signed in; a relative's link does not open it.
      const staff = await org.bram.client.request(ADD_WISH, { input: { conversationId: conversation.id, body: ABUSE } });
      const staffPrompt = (staff.errors?.[0]?.extensions?.escalation as { promptId: string }).promptId;
      expect(await code(org.sanne.client, { promptId: staffPrompt })).toBe('NOT_FOUND');
      expect(await code(guest, { promptId: staffPrompt, token: anna.token })).toBe('NOT_FOUND');
      expect((await org.bram.client.ok(REMOVE, { promptId: staffPrompt })).removeFlaggedText).toBe('removed');
      expect(
        await kring.sql(`SELECT choice FROM escalation_prompt WHERE id = ANY($1) ORDER BY shown_at`, [[promptId, staffPrompt]]),
      ).toEqual([{ choice: 'removed' }, { choice: 'removed' }]);

      // A prompt already answered "Toch bewaren" (in another tab) stays kept, and "Tekst weghalen" says so.
      const keptPrompt = (
        (await org.bram.client.request(ADD_WISH, { input: { conversationId: conversation.id, body: ABUSE } })).errors?.[0]?.extensions
          ?.escalation as { promptId: string }
      ).promptId;
      await kring.sql(`UPDATE escalation_prompt SET choice = 'kept', chosen_at = now() WHERE id = $1`, [keptPrompt]);
      expect((await org.bram.client.ok(REMOVE, { promptId: keptPrompt })).removeFlaggedText).toBe('kept');
      expect(await kring.sql(`SELECT choice FROM escalation_prompt WHERE id = $1`, [keptPrompt])).toEqual([{ choice: 'kept' }]);
    });

    it('records "Toch bewaren" that answers no open prompt of its own (someone else\'s, or one already answered) as a kept prompt of its own, changing no other', async () => {
      const org = await mirrorOrganisation(kring);
      const conversation = await plannedConversation(org);
      const wish = (keep: boolean, escalationPromptId?: string) => ({
        input: { conversationId: conversation.id, body: ABUSE, keepFlaggedText: keep, escalationPromptId },
      });
      const shown = await org.bram.client.request(ADD_WISH, wish(false));
      const bramsPrompt = (shown.errors?.[0]?.extensions?.escalation as { promptId: string }).promptId;
      const promptsOf = (personId: string) =>
        kring.sql(`SELECT id, surface, choice FROM escalation_prompt WHERE shown_to_person = $1 ORDER BY shown_at`, [personId]);

      // Sanne names Bram's prompt: hers is recorded, his stays open.
      await org.sanne.client.ok(ADD_WISH, wish(true, bramsPrompt));
      expect(await promptsOf(org.sanne.id)).toEqual([
        { id: expect.any(String), surface: 'Mutation.addMirrorLearningWish', choice: 'kept' },
      ]);
      expect(await promptsOf(org.bram.id)).toEqual([{ id: bramsPrompt, surface: 'Mutation.addMirrorLearningWish', choice: null }]);

      // Bram answers his own prompt, then sends the same keep again (a replay): the second is a prompt of its own.
      await org.bram.client.ok(ADD_WISH, wish(true, bramsPrompt));
      await org.bram.client.ok(ADD_WISH, wish(true, bramsPrompt));
      expect(await promptsOf(org.bram.id)).toEqual([
        { id: bramsPrompt, surface: 'Mutation.addMirrorLearningWish', choice: 'kept' },
        { id: expect.not.stringMatching(bramsPrompt), surface: 'Mutation.addMirrorLearningWish', choice: 'kept' },
      ]);
    });
  });

  /**
   * "Ik heb dit gecontroleerd" covers only what the writer could have been shown before sending: what the screen's own
   * check finds with the names it is given (contentGuardNames: colleagues, pseudonyms). A name only the server knows (the
   * register's real names, a mirror conversation's relatives) is covered only by its id, sent back after the refusal
   * showed it (acknowledgedFindings) — in a save, a live command and (peer-visits.spec) a notebook note alike.
   */
  describe('"Ik heb dit gecontroleerd" for what the writer was shown, and by id for what only the server knows', () => {
    const CREATE_CASE = `mutation C($input: CreateCaseInput!) { createCase(input: $input) { id } }`;
    const ADD_RESIDENT = `mutation E($input: AddResidentRegisterEntryInput!) { addResidentRegisterEntry(input: $input) { id } }`;
    /** Fatima is a colleague (her name is on every screen of the organisation); Gerrit Wolters is on the register only. */
    const BOTH = 'Fatima zag dat Gerrit Wolters niets at.';

    /** A care farm whose register has Gerrit Wolters as "Meneer W.": his real name never leaves the server. */
    async function farmWithRegister() {
      const org = await teamWithPeople(kring);
      await org.ingrid.client.ok(ADD_RESIDENT, {
        input: { organisationId: org.organisationId, pseudonym: 'Meneer W.', watchNames: ['Gerrit Wolters'] },
      });
      return org;
    }

    it('refuses a save confirmed only with acknowledgeWarnings when it names a register name, and stores it with that finding’s id', async () => {
      const org = await farmWithRegister();
      const caseInput = (body: string, answers: Record<string, unknown>) => ({
        input: {
          organisationId: org.organisationId,
          teamId: org.teamId,
          title: 'Een ochtend',
          firstChapter: { title: 'Het begin', body },
          ...answers,
        },
      });
      const cases = async () => (await kring.sql<{ n: number }>(`SELECT count(*)::int AS n FROM case_file`))[0].n;
      const before = await cases();

      // (a) The screen could show Fatima, never Gerrit Wolters: the confirmation covers her, and the refusal lists both, with their ids.
      const refused = await org.bram.client.request(CREATE_CASE, caseInput(BOTH, { acknowledgeWarnings: true }));
      expect(refused.errors?.[0].extensions).toMatchObject({
        code: 'IDENTIFYING_DETAILS',
        findings: [
          { field: 'firstChapter.body', kind: 'name', match: 'Fatima', id: 'name|fatima', acknowledged: true },
          {
            field: 'firstChapter.body',
            kind: 'name',
            match: 'Gerrit Wolters',
            id: 'name|gerrit wolters',
            acknowledged: false,
          },
        ],
      });
      expect(await cases()).toBe(before);

      // An id covers the finding it names only: another name, another kind, or without the confirmation for Fatima.
      for (const answers of [
        { acknowledgeWarnings: true, acknowledgedFindings: ['name|gerrit'] },
        { acknowledgeWarnings: true, acknowledgedFindings: ['email|gerrit wolters'] },
        { acknowledgeWarnings: false, acknowledgedFindings: ['name|gerrit wolters'] },
      ])
        expect({
          answers,
          code: (await org.bram.client.request(CREATE_CASE, caseInput(BOTH, answers))).errors?.[0].extensions?.code,
        }).toEqual({
          answers,
          code: 'IDENTIFYING_DETAILS',
        });
      expect(await cases()).toBe(before);

      // (b) Confirmed with the ids the refusal showed (as the screen does), it is stored, and the confirmation is audited.
      const shown = (refused.errors![0].extensions!.findings as { id: string }[]).map((f) => f.id);
      const stored = (await org.bram.client.ok(CREATE_CASE, caseInput(BOTH, { acknowledgeWarnings: true, acknowledgedFindings: shown })))
        .createCase;
      expect(
        await kring.sql(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'identifying_details_confirmed' AND subject_id = $1`, [
          stored.id,
        ]),
      ).toEqual([{ n: 1 }]);

      // (c) A colleague's name alone is what the screen marks itself: acknowledgeWarnings is enough, as before.
      const colleague = await org.bram.client.ok(CREATE_CASE, caseInput('Fatima bleef bij hem.', { acknowledgeWarnings: true }));
      expect(colleague.createCase.id).toEqual(expect.any(String));
      expect(await cases()).toBe(before + 2);
    });

    it('asks the same in the live case room: a register name goes out only with its id, a colleague’s with the confirmation', async () => {
      const org = await farmWithRegister();
      const { session, sanne, phaseId } = await startedSession(org);
      const send = (body: string, answers: Record<string, unknown>): Promise<LiveCommandAck> =>
        sanne.socket.timeout(10_000).emitWithAck('session:command', {
          sessionId: session.id,
          clientKey: randomUUID(),
          command: { type: 'contribute', phaseId, body },
          ...answers,
        });
      const entries = async () =>
        (await kring.sql<{ body: string }>(`SELECT body FROM session_entry WHERE session_id = $1 ORDER BY created_at`, [session.id])).map(
          (e) => e.body,
        );

      // (a) Confirmed on the device for Fatima; the server finds Gerrit Wolters too and refuses, marking him with his id.
      const refused = await send(BOTH, { acknowledgeWarnings: true });
      expect(refused).toMatchObject({
        ok: false,
        error: {
          code: 'IDENTIFYING_DETAILS',
          findings: [
            { field: 'body', match: 'Fatima', id: 'name|fatima' },
            { field: 'body', match: 'Gerrit Wolters', id: 'name|gerrit wolters' },
          ],
        },
      });
      expect(await entries()).toEqual([]);

      // (b) Sent again with the ids the refusal showed (the composer does so once confirmed): stored.
      const shown = refused.ok ? [] : refused.error.findings!.map((f) => f.id);
      expect(await send(BOTH, { acknowledgeWarnings: true, acknowledgedFindings: shown })).toMatchObject({ ok: true });
      // (c) A colleague's name alone: the confirmation is enough.
      expect(await send('Fatima bleef bij hem.', { acknowledgeWarnings: true })).toMatchObject({ ok: true });
      expect(await entries()).toEqual([BOTH, 'Fatima bleef bij hem.']);
    });

    it('counts a mirror conversation’s relatives as names only the server knows: its live screens have their pseudonyms only', async () => {
      const org = await mirrorOrganisation(kring);
      const conversation = await plannedConversation(org);
      await inviteRelative(org, conversation.id, 'Truus Klein');
      const moderator = await connectSocket(kring.url, org.mira.client);
      closers.push(() => moderator.close());
      await joinMirror(moderator, conversation.id);
      await mirrorOk(moderator, conversation.id, { type: 'start' });
      const note = { type: 'note', kind: 'note', body: 'Truus Klein vertelde over de nachten.', questionId: null };
      const send = (answers: Record<string, unknown>): Promise<MirrorCommandAck> =>
        moderator.emitWithAck('mirror:command', { conversationId: conversation.id, clientKey: randomUUID(), command: note, ...answers });

      const refused = await send({ acknowledgeWarnings: true });
      expect(refused).toMatchObject({
        ok: false,
        error: { code: 'IDENTIFYING_DETAILS', findings: [{ field: 'body', match: 'Truus Klein', id: 'name|truus klein' }] },
      });
      expect(await send({ acknowledgeWarnings: true, acknowledgedFindings: ['name|truus klein'] })).toMatchObject({ ok: true });
      expect(await kring.sql(`SELECT body FROM mirror_listener_note WHERE conversation_id = $1`, [conversation.id])).toEqual([
        { body: note.body },
      ]);
    });
  });
});

/** Whether the input type holding `coordinate` (or every type that nests it) carries the flag (acknowledgeWarnings, keepFlaggedText). */
function carriesFlag(schema: GraphQLSchema, coordinate: string, flag: string): boolean {
  const typeName = coordinate.split(/[.(]/)[0];
  if (typeName === 'Query' || typeName === 'Mutation') {
    const [root, rest] = [typeName, coordinate.slice(typeName.length + 1)];
    const field = (root === 'Query' ? schema.getQueryType() : schema.getMutationType())!.getFields()[rest.split('(')[0]];
    return field.args.some((a) => a.name === flag);
  }
  const seen = new Set<string>();
  const covered = (name: string): boolean => {
    const type = schema.getType(name);
    if (!isInputObjectType(type)) return false;
    if (flag in type.getFields()) return true;
    if (seen.has(name)) return true;
    seen.add(name);
    // Nested input: covered when every input type that uses it is covered.
    const users = Object.values(schema.getTypeMap()).filter(
      (t) => isInputObjectType(t) && Object.values(t.getFields()).some((f) => getNamedType(f.type).name === name),
    );
    return users.length > 0 && users.every((u) => covered(u.name));
  };
  return covered(typeName);
}

/** The operation's variables with `text` at `path` ("firstChapter.body" inside the input argument, or an argument's own name). */
function withText(schema: GraphQLSchema, op: GeneratedOperation, path: string, text: string): Record<string, unknown> {
  const variables = structuredClone(op.variables);
  const root = op.kind === 'query' ? schema.getQueryType()! : schema.getMutationType()!;
  const field = root.getFields()[op.name];
  for (const arg of field.args) {
    if (!isInputObjectType(getNamedType(arg.type))) {
      if (arg.name === path) variables[arg.name] = text;
      continue;
    }
    const keys = path.split('.');
    let target = variables[arg.name] as Record<string, unknown> | unknown[];
    for (const key of keys.slice(0, -1)) target = (target as Record<string, unknown>)?.[key] as Record<string, unknown>;
    if (target && typeof target === 'object' && keys[keys.length - 1] in target)
      (target as Record<string, unknown>)[keys[keys.length - 1]] = text;
  }
  return variables;
}

/** Sets every acknowledgeWarnings the call has, so only the BSN rule (or the escalation guardrail) can refuse it. */
function acknowledgeAll(variables: Record<string, unknown>): Record<string, unknown> {
  return withFlag(variables, 'acknowledgeWarnings', true);
}

/** A copy of the variables with `flag` set to `value` on every input object that has it. */
function withFlag(variables: Record<string, unknown>, flag: string, on: unknown): Record<string, unknown> {
  const copy = structuredClone(variables);
  const set = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(set);
    if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (flag in record) record[flag] = on;
      Object.values(record).forEach(set);
    }
  };
  set(copy);
  return copy;
}

/** The "[operation field]" markers stored after `needle` in any text (or JSON) column. */
async function markersHolding(kring: TestKring, needle: string): Promise<Set<string>> {
  const columns = await kring.sql<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns
     WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'jsonb', 'json', 'ARRAY')`,
  );
  const found = new Set<string>();
  for (const { table_name, column_name } of columns) {
    const rows = await kring.sql<{ v: string }>(
      `SELECT "${column_name}"::text AS v FROM "${table_name}" WHERE "${column_name}"::text LIKE $1`,
      [`%${needle}%`],
    );
    for (const { v } of rows) for (const m of v.matchAll(/\[(\w+) ([\w.]+)\]/g)) found.add(`${needle} [${m[1]} ${m[2]}]`);
  }
  return found;
}
