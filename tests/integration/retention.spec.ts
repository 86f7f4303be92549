import { RETENTION_RULES, RetentionEvent, RetentionKind, STARTING_OBSERVATION_LENS } from '@kring/domain';
import { randomUUID } from 'node:crypto';
import { RetentionService } from '../../apps/api/src/modules/privacy/retention/retention.service';
import { LiveStateService } from '../../apps/api/src/modules/reflection-sessions/live/live-state.service';
import { insertConversation, insertRelative, insertVisit, insertVisitNote, joinNetwork } from '../support/activity-rows';
import { secondOrganisation } from '../support/fixtures';
import { startTestKring, TestKring } from '../support/kring-test-app';
import { planIncidentSession, teamWithPeople } from '../support/session-fixtures';

const APPROVE_HARVEST = `mutation A($id: ID!) { approveMirrorHarvest(conversationId: $id) { status } }`;
const CANCEL_CONVERSATION = `mutation C($input: CancelMirrorConversationInput!) { cancelMirrorConversation(input: $input) { status } }`;
const CLOSE_REPORT = `mutation C($id: ID!) { closeMirrorReport(visitId: $id) { status } }`;
const CANCEL_VISIT = `mutation C($visitId: ID!) { cancelPeerVisit(visitId: $visitId) { status } }`;
const CREATE_STORY = `mutation C($input: CreateStoryInput!) { createStory(input: $input) { id } }`;
const SEND_STORY = `mutation S($input: SendStoryForCheckInput!) { sendStoryForCheck(input: $input) { emailed } }`;
const APPROVE_REPORT = `mutation A($sessionId: ID!) { approveReport(sessionId: $sessionId) { __typename } }`;
const SAVE_RETENTION = `mutation R($input: RetentionInput!) { updateRawNoteRetention(input: $input) { chosenPurges } }`;
const REPORT = `query R($id: ID!) { sessionReport(sessionId: $id) { phases { entries { body } } } }`;
const ANSWER_STORY = `mutation A($input: AnswerStoryCheckInput!) { answerStoryCheck(input: $input) { checkStatus } }`;

/** Later than the longest retention period an organisation can choose, so the sweep finds everything old enough. */
const SWEEP_AT = () => new Date(Date.now() + 400 * 86_400_000);

type Trigger = RetentionEvent | 'period';

/**
 * The canary test, generated from the retention rules (issue #9 item 4):
 * for every declared kind of raw material and every trigger it declares,
 * a canary string is planted in that material (and found in each table the
 * declaration names), the trigger is fired the way Kring fires it (the real
 * mutation, or the hourly sweep), and then every column of every table is
 * searched: the canary must be gone. A declared kind without a planting
 * recipe fails, so a new kind cannot be declared without being proven.
 */
describe('retention: every declared kind of raw material is purged by its trigger, nothing of it stays anywhere', () => {
  let kring: TestKring;
  let org: Awaited<ReturnType<typeof teamWithPeople>>;
  let other: Awaited<ReturnType<typeof secondOrganisation>>;
  let networkId: string;

  beforeAll(async () => {
    kring = await startTestKring();
    org = await teamWithPeople(kring);
    other = await secondOrganisation(kring);
    networkId = await joinNetwork(kring, [org.organisationId, other.organisationId]);
    // Ingrid runs the host's side of peer visits too.
    await kring.sql(`INSERT INTO membership (person_id, organisation_id, role) VALUES ($1, $2, 'entrepreneur')`, [
      org.ingrid.personId,
      org.organisationId,
    ]);
  });
  afterAll(() => kring.close());

  /** A mirror conversation Sanne moderates, in the state the trigger needs: cancellable while live, otherwise ended. */
  const conversation = (trigger: Trigger) =>
    insertConversation(kring, {
      organisationId: org.organisationId,
      teamId: org.teamId,
      moderatorId: org.sanne.personId,
      scheduledAt: new Date(),
      status: trigger === 'mirror_conversation_cancelled' ? 'live' : 'ended',
    });
  const relative = (conversationId: string, statements: { body: string; inHarvest: boolean }[] = []) =>
    insertRelative(kring, {
      organisationId: org.organisationId,
      conversationId,
      name: 'Anna Visser',
      pseudonym: 'Naaste A',
      scopes: ['take_part', 'quote_anonymously'],
      statements,
    });

  /** How to put a canary into each kind of raw material; returns the id of what its events happen to. */
  const PLANT: Record<RetentionKind, (canary: string, trigger: Trigger) => Promise<string>> = {
    async mirror_listener_notes(canary, trigger) {
      const id = await conversation(trigger);
      await kring.sql(
        `INSERT INTO mirror_listener_note (organisation_id, conversation_id, author_id, kind, body) VALUES ($1, $2, $3, 'question', $4)`,
        [org.organisationId, id, org.bram.personId, canary],
      );
      return id;
    },
    async mirror_unused_statements(canary, trigger) {
      const id = await conversation(trigger);
      await relative(id, [{ body: canary, inHarvest: false }]);
      return id;
    },
    async mirror_relative_input(canary, trigger) {
      const id = await conversation(trigger);
      await kring.sql(`UPDATE mirror_participant SET free_text = $2 WHERE id = $1`, [await relative(id), canary]);
      return id;
    },
    async mirror_theme_answers(canary, trigger) {
      const id = await conversation(trigger);
      await kring.sql(
        `INSERT INTO mirror_theme_answer (participant_id, theme_id, organisation_id, conversation_id, important, experienced) VALUES ($1, 'being_at_home', $2, $3, $4, $4)`,
        [await relative(id), org.organisationId, id, canary],
      );
      return id;
    },
    async visit_notes_left_out(canary, trigger) {
      const visitDate = new Date().toISOString().slice(0, 10);
      const visitId = await insertVisit(kring, {
        networkId,
        hostId: org.organisationId,
        visitorId: other.organisationId,
        visitDate,
        reportStatus: trigger === 'period' ? 'closed' : 'with_host',
      });
      // The lens the report is read through (the row helper leaves it empty).
      await kring.sql(`UPDATE peer_visit SET lens = $2 WHERE id = $1`, [visitId, STARTING_OBSERVATION_LENS]);
      const noteId = await insertVisitNote(kring, {
        visitId,
        networkId,
        hostId: org.organisationId,
        authorId: other.personId,
        body: canary,
        // A visit that does not go ahead loses every beeld, those meant for its report too.
        inReport: trigger === 'peer_visit_cancelled',
      });
      // The other version of a beeld two edits met on, already chosen between when the sweep comes.
      await kring.sql(
        `INSERT INTO peer_visit_note_conflict (note_id, visit_id, network_id, organisation_id, author_id, edit_id, base_revision, body, finding_type, resolved_at)
         VALUES ($1, $2, $3, $4, $5, $6, 1, $7, 'touched_us', $8)`,
        [
          noteId,
          visitId,
          networkId,
          org.organisationId,
          other.personId,
          randomUUID(),
          `${canary} (andere versie)`,
          trigger === 'period' ? new Date() : null,
        ],
      );
      return visitId;
    },
    async session_memos(canary) {
      const session = await planIncidentSession(org, { participantIds: [] });
      await kring.sql(`UPDATE reflection_session SET status = 'closed', report_approved_at = now() WHERE id = $1`, [session.id]);
      await kring.sql(`INSERT INTO harvest_item (organisation_id, session_id, kind, body) VALUES ($1, $2, 'memo', $3)`, [
        org.organisationId,
        session.id,
        canary,
      ]);
      return session.id as string;
    },
    async session_transcripts(canary) {
      await chooseToPurge(['session_transcripts']);
      return closedSessionSaying(canary);
    },
    async story_check_comments(canary) {
      const input = {
        organisationId: org.organisationId,
        teamId: org.teamId,
        title: 'Koken op zaterdag',
        body: 'Op zaterdag kookt mijn moeder weer mee.',
        storytellerPersonId: org.sanne.personId,
      };
      const { id } = (await org.bram.client.ok(CREATE_STORY, { input })).createStory;
      await org.bram.client.ok(SEND_STORY, { input: { storyId: id, validDays: 14 } });
      await org.sanne.client.ok(ANSWER_STORY, { input: { storyId: id, revision: 1, comment: canary, audiences: [] } });
      return id;
    },
  };

  /** A closed session, its report not yet approved, with one contribution in the live room. */
  async function closedSessionSaying(body: string): Promise<string> {
    const session = await planIncidentSession(org);
    await kring.sql(`UPDATE reflection_session SET status = 'closed' WHERE id = $1`, [session.id]);
    await kring.sql(
      `INSERT INTO session_entry (organisation_id, session_id, phase_id, kind, body, author_id, client_key) VALUES ($1, $2, $3, 'contribution', $4, $5, $6)`,
      [org.organisationId, session.id, session.method.phases[0].id, body, org.bram.personId, randomUUID()],
    );
    return session.id;
  }
  const chooseToPurge = (kinds: RetentionKind[]) =>
    org.ingrid.client.ok(SAVE_RETENTION, { input: { organisationId: org.organisationId, rawNoteRetentionDays: 90, chosenPurges: kinds } });

  /** Each event, fired the way Kring fires it. */
  const FIRE: Record<RetentionEvent, (subjectId: string) => Promise<unknown>> = {
    mirror_harvest_approved: (id) => org.sanne.client.ok(APPROVE_HARVEST, { id }),
    mirror_conversation_cancelled: (conversationId) =>
      org.sanne.client.ok(CANCEL_CONVERSATION, { input: { conversationId, message: 'Het gesprek gaat niet door.' } }),
    mirror_report_closed: (id) => org.ingrid.client.ok(CLOSE_REPORT, { id }),
    peer_visit_cancelled: (visitId) => org.ingrid.client.ok(CANCEL_VISIT, { visitId }),
    session_report_approved: (sessionId) => org.sanne.client.ok(APPROVE_REPORT, { sessionId }),
    story_approved: (storyId) => org.sanne.client.ok(ANSWER_STORY, { input: { storyId, revision: 1, decision: 'approve', audiences: [] } }),
  };

  /** Every column of every table, as text, to find a canary wherever it ended up. */
  async function tablesContaining(canary: string): Promise<string[]> {
    const tables = await kring.sql<{ tablename: string }>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
    const found: string[] = [];
    for (const { tablename } of tables) {
      const [{ hit }] = await kring.sql<{ hit: boolean }>(
        `SELECT EXISTS (SELECT 1 FROM "${tablename}" t WHERE t::text LIKE '%' || $1 || '%') AS hit`,
        [canary],
      );
      if (hit) found.push(tablename);
    }
    return found;
  }

  const cases = RETENTION_RULES.flatMap((rule) =>
    [...rule.events, ...(rule.afterPeriod ? ['period' as const] : [])].map((trigger) => [rule.kind, trigger] as const),
  );

  it('has a planting recipe for every declared kind and a way to fire every event', () => {
    expect(RETENTION_RULES.filter((rule) => !(rule.kind in PLANT)).map((rule) => rule.kind)).toEqual([]);
    expect(RETENTION_RULES.flatMap((rule) => rule.events).filter((event) => !(event in FIRE))).toEqual([]);
    expect(cases.length).toBeGreaterThanOrEqual(RETENTION_RULES.length);
  });

  it.each(cases)('%s: gone from every table after %s', async (kind, trigger) => {
    const rule = RETENTION_RULES.find((r) => r.kind === kind)!;
    const plant = PLANT[kind as RetentionKind];
    expect(plant).toBeDefined();
    const canary = `KANARIE-${kind}-${trigger}-${randomUUID().slice(0, 8)}`;
    const subjectId = await plant(canary, trigger);

    // Planted where the declaration says this kind is stored.
    for (const place of rule.stored) {
      const matches = place.columns.map((column) => `"${column}"::text LIKE '%' || $1 || '%'`).join(' OR ');
      const [{ n }] = await kring.sql<{ n: number }>(`SELECT count(*)::int AS n FROM "${place.table}" WHERE ${matches}`, [canary]);
      expect({ table: place.table, planted: n > 0 }).toEqual({ table: place.table, planted: true });
    }

    if (trigger === 'period') await kring.app.get(RetentionService).purgeAll(SWEEP_AT());
    else await FIRE[trigger](subjectId);

    expect(await tablesContaining(canary)).toEqual([]);
    // Audited by kind and count only: the audit log never holds the text.
    const [audit] = await kring.sql<{ count: number }>(
      `SELECT count FROM audit_event WHERE action = 'raw_notes_deleted' AND subject_type = $1 AND ($2::uuid IS NULL OR subject_id = $2) ORDER BY created_at DESC LIMIT 1`,
      [kind, trigger === 'period' ? null : subjectId],
    );
    expect(audit?.count).toBeGreaterThan(0);
  });

  it('keeps what an organisation may choose to purge until it chooses so, and only then', async () => {
    await chooseToPurge([]);
    const kept = await closedSessionSaying('Bewaard zolang de organisatie niet kiest');
    await FIRE.session_report_approved(kept);
    expect(await tablesContaining('Bewaard zolang de organisatie niet kiest')).toEqual(['session_entry']);
    const read = async (id: string) =>
      (await org.sanne.client.ok(REPORT, { id })).sessionReport.phases.flatMap((p: { entries: { body: string }[] }) =>
        p.entries.map((e) => e.body),
      );
    expect(await read(kept)).toEqual(['Bewaard zolang de organisatie niet kiest']);

    const [before] = await kring.sql<{ chosen_purges: string[] }>(`SELECT chosen_purges FROM privacy_setting WHERE organisation_id = $1`, [
      org.organisationId,
    ]);
    expect((await chooseToPurge(['session_transcripts'])).updateRawNoteRetention.chosenPurges).toEqual(['session_transcripts']);
    // The audit log keeps the choice from what to what (codes; the privacy page names them).
    expect(
      await kring.sql(
        `SELECT change FROM audit_event WHERE action = 'retention_changed' AND organisation_id = $1 ORDER BY created_at DESC, id DESC LIMIT 1`,
        [org.organisationId],
      ),
    ).toEqual([{ change: { purges: [before?.chosen_purges ?? [], ['session_transcripts']] } }]);
    const purged = await closedSessionSaying('Gewist omdat de organisatie koos');
    await FIRE.session_report_approved(purged);
    // The report and the closed live room show no emptied contributions.
    expect(await read(purged)).toEqual([]);
    const room = (id: string) => kring.app.get(LiveStateService).snapshot(id, org.sanne.personId);
    expect((await room(purged)).entries).toEqual([]);
    expect((await room(kept)).entries.map((e) => e.body)).toEqual(['Bewaard zolang de organisatie niet kiest']);
    // Only kinds an organisation may choose can be chosen.
    const refused = await org.ingrid.client.request(SAVE_RETENTION, {
      input: { organisationId: org.organisationId, rawNoteRetentionDays: 90, chosenPurges: ['session_memos'] },
    });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { chosenPurges: expect.any(String) } });
  });
});
