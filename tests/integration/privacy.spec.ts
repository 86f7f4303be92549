import { randomUUID } from 'node:crypto';
import { OTHER_PEOPLES_DETAILS, PERSONAL_DETAIL_COLUMN } from '../../apps/api/src/modules/privacy/person-data/person-references';
import { RetentionService } from '../../apps/api/src/modules/privacy/retention/retention.service';
import { hashPassword } from '../../apps/api/src/modules/accounts/password-hasher';
import { insertConversation, insertRelative, insertVisit, insertVisitNote, joinNetwork } from '../support/activity-rows';
import { LOGIN, PASSWORD, secondOrganisation } from '../support/fixtures';
import { GraphqlClient } from '../support/graphql-client';
import { startTestKring, TestKring } from '../support/kring-test-app';
import { planIncidentSession, teamCase, teamWithPeople } from '../support/session-fixtures';

const AUDIT = `query A($input: AuditLogInput!) { auditLog(input: $input) { hasMore actions { action label }
  people { id name } events { id action actionLabel subjectType subjectLabel subjectId subjectName count change person { id name } } } }`;
const EXPORT = `query E($input: PersonDataInput!) { exportPersonData(input: $input) }`;
const EXPORT_MINE = `query { exportMyData }`;
const ERASE = `mutation E($input: ErasePersonInput!) { erasePerson(input: $input) { pseudonym accountDeleted accountAnonymised kept removed } }`;
const SETTINGS = `query S($id: ID!) { privacySettings(organisationId: $id) { rawNoteRetentionDays lastPurgeAt lastPurgeCount } }`;
const RETENTION = `mutation R($input: RetentionInput!) { updateRawNoteRetention(input: $input) { rawNoteRetentionDays } }`;
const PURGE = `mutation P($id: ID!) { purgeRawNotes(organisationId: $id) { total kinds { kind count } } }`;
const REPORT = `query R($id: ID!) { sessionReport(sessionId: $id) { participantNames phases { entries { body author } } } }`;
const CREATE_CASE = `mutation C($input: CreateCaseInput!) { createCase(input: $input) { id chapters { id } } }`;

const DAY = 24 * 3600_000;

/** A personal export as these tests read it (apps/api/src/modules/privacy/person-data/person-export.service.ts writes it). */
interface PersonExport {
  person: unknown;
  organisation: unknown;
  /** Per table, per column that points at the person: the rows. */
  records: Record<string, Record<string, unknown[]>>;
  invitationsToTheirAddress: unknown[];
  mirrorListenerNoteCounts: unknown[];
}
const readExport = (text: string) => JSON.parse(text) as PersonExport;

describe('privacy operations: audit log, export, erasure and retention', () => {
  let kring: TestKring;
  let org: Awaited<ReturnType<typeof teamWithPeople>>;
  let other: Awaited<ReturnType<typeof secondOrganisation>>;

  beforeAll(async () => {
    kring = await startTestKring();
    org = await teamWithPeople(kring);
    other = await secondOrganisation(kring);
  });
  afterAll(() => kring.close());

  /** Every column in the database that refers to a person, with how many rows point at this one. */
  async function rowsReferringTo(personId: string): Promise<Record<string, number>> {
    const refs = await kring.sql<{ tbl: string; col: string }>(
      `SELECT c.conrelid::regclass::text AS tbl, a.attname AS col FROM pg_constraint c
       JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] WHERE c.contype = 'f' AND c.confrelid = 'person'::regclass`,
    );
    const found: Record<string, number> = {};
    for (const { tbl, col } of refs) {
      const [{ n }] = await kring.sql<{ n: number }>(`SELECT count(*)::int AS n FROM ${tbl} WHERE "${col}" = $1`, [personId]);
      if (n) found[`${tbl}.${col}`] = n;
    }
    return found;
  }

  describe('the audit log', () => {
    it('shows administrators who did what, filterable, without content', async () => {
      await org.ingrid.client.ok(EXPORT, { input: { organisationId: org.organisationId, personId: org.bram.personId } });
      const { auditLog } = await org.ingrid.client.ok(AUDIT, { input: { organisationId: org.organisationId } });
      expect(auditLog.events[0]).toMatchObject({
        action: 'person_data_exported',
        actionLabel: 'Gegevens van een persoon geëxporteerd',
        person: { id: org.ingrid.personId, name: 'Ingrid' },
        subjectType: 'person',
        subjectLabel: 'Persoon',
        subjectId: org.bram.personId,
        subjectName: 'Bram',
      });
      expect(auditLog.actions).toEqual(expect.arrayContaining([{ action: 'invitation_created', label: 'Uitnodiging verstuurd' }]));
      expect(auditLog.people.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['Ingrid', 'Bram']));

      const byBram = await org.ingrid.client.ok(AUDIT, { input: { organisationId: org.organisationId, personId: org.bram.personId } });
      expect(byBram.auditLog.events.map((e: { action: string }) => e.action)).toEqual(['invitation_accepted']);
      const exports = await org.ingrid.client.ok(AUDIT, { input: { organisationId: org.organisationId, action: 'person_data_exported' } });
      expect(exports.auditLog.events).toHaveLength(1);
      const tomorrow = new Date(Date.now() + 2 * DAY).toISOString().slice(0, 10);
      expect(
        (await org.ingrid.client.ok(AUDIT, { input: { organisationId: org.organisationId, from: tomorrow } })).auditLog.events,
      ).toEqual([]);
      // Nothing of another organisation's log: its event is written first, then both logs are read (the same query shows it to its own administrator).
      await kring.sql(`INSERT INTO audit_event (action, organisation_id, person_id) VALUES ('case_read', $1, $2)`, [
        other.organisationId,
        other.personId,
      ]);
      const theirs = await other.admin.ok(AUDIT, { input: { organisationId: other.organisationId, action: 'case_read' } });
      expect(theirs.auditLog.events.map((e) => e.person?.id)).toEqual([other.personId]);
      const ours = await org.ingrid.client.ok(AUDIT, { input: { organisationId: org.organisationId } });
      expect(ours.auditLog.events.length).toBeGreaterThan(0);
      expect(JSON.stringify(ours.auditLog)).not.toContain(other.personId);
      expect(ours.auditLog.actions.map((a: { action: string }) => a.action)).not.toContain('case_read');
      // Filtered by the other organisation's person, whom this organisation neither has nor logged: unknown here.
      const filtered = await org.ingrid.client.request(AUDIT, { input: { organisationId: org.organisationId, personId: other.personId } });
      expect(filtered.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    });

    it('pages through a long log without skipping or repeating', async () => {
      await kring.sql(
        `INSERT INTO audit_event (action, organisation_id, person_id, created_at) SELECT 'case_read', $1, $2, now() - make_interval(mins => g) FROM generate_series(1, 150) g`,
        [org.organisationId, org.sanne.personId],
      );
      const input = { organisationId: org.organisationId, action: 'case_read' };
      const first = (await org.ingrid.client.ok(AUDIT, { input })).auditLog;
      expect(first).toMatchObject({ hasMore: true });
      expect(first.events).toHaveLength(100);
      const second = (await org.ingrid.client.ok(AUDIT, { input: { ...input, beforeId: first.events[99].id } })).auditLog;
      expect(second.hasMore).toBe(false);
      expect(second.events).toHaveLength(50);
      expect(new Set([...first.events, ...second.events].map((e: { id: string }) => e.id)).size).toBe(150);
    });

    it('is for administrators only', async () => {
      const input = { organisationId: org.organisationId };
      expect((await org.sanne.client.request(AUDIT, { input })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await other.admin.request(AUDIT, { input })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const bad = await org.ingrid.client.request(AUDIT, { input: { ...input, from: '2025-02-30' } });
      expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { from: 'Vanaf is geen geldige datum' } });
    });
  });

  describe('export of a person’s data', () => {
    it('gives an administrator everything the organisation holds about a member as JSON, without secrets', async () => {
      const caseId = await teamCase(org, org.bram, 'Onrust bij het avondeten', 'Mevrouw at niet.');
      await org.bram.client.ok(
        `mutation K($id: ID!) { recordCaseConsent(input: { caseId: $id, scope: discuss_in_team, givenBy: resident, form: easy_read, givenOn: "2025-01-15" }) { id } }`,
        {
          id: caseId,
        },
      );
      const json = readExport(
        (await org.ingrid.client.ok(EXPORT, { input: { organisationId: org.organisationId, personId: org.bram.personId } }))
          .exportPersonData,
      );
      expect(json.person).toMatchObject({ id: org.bram.personId, email: 'bram@hoeve.test', display_name: 'Bram' });
      expect(json.organisation).toEqual({ id: org.organisationId, name: 'Zorgboerderij De Hoeve' });
      expect(json.records.membership.person_id).toEqual([expect.objectContaining({ role: 'care_worker', team_id: org.teamId })]);
      expect(json.records.case_file.author_id).toEqual([expect.objectContaining({ title: 'Onrust bij het avondeten' })]);
      expect(json.records.case_chapter.author_id).toEqual([expect.objectContaining({ body: 'Mevrouw at niet.' })]);
      expect(json.records.case_consent.recorded_by).toEqual([expect.objectContaining({ scope: 'discuss_in_team', given_by: 'resident' })]);
      expect(json.invitationsToTheirAddress).toEqual([expect.objectContaining({ email: 'bram@hoeve.test', role: 'care_worker' })]);
      const text = JSON.stringify(json);
      expect(text).not.toMatch(/_hash|argon2/);
      // An administrator does not see the member's logins, which belong to no organisation.
      expect(json.records.auth_session).toBeUndefined();
    });

    it('includes how many listener notes they made per mirror conversation, kept by person inside the conversation row', async () => {
      const conversation = await insertConversation(kring, {
        organisationId: org.organisationId,
        teamId: org.teamId,
        moderatorId: org.sanne.personId,
        scheduledAt: new Date(),
        status: 'ended',
        listenerIds: [org.bram.personId],
      });
      await kring.sql(
        `INSERT INTO mirror_listener_note (organisation_id, conversation_id, author_id, kind, body) VALUES
         ($1, $2, $3, 'note', 'Eerste luisternotitie'), ($1, $2, $3, 'note', 'Tweede luisternotitie')`,
        [org.organisationId, conversation, org.bram.personId],
      );
      const json = readExport(
        (await org.ingrid.client.ok(EXPORT, { input: { organisationId: org.organisationId, personId: org.bram.personId } }))
          .exportPersonData,
      );
      expect(json.mirrorListenerNoteCounts).toEqual([
        { conversation_id: conversation, organisation_id: org.organisationId, listener_notes: 2 },
      ]);
      // Another member's export does not carry Bram's count.
      const sannes = readExport(
        (await org.ingrid.client.ok(EXPORT, { input: { organisationId: org.organisationId, personId: org.sanne.personId } }))
          .exportPersonData,
      );
      expect(sannes.mirrorListenerNoteCounts).toEqual([]);
      await kring.sql(`DELETE FROM mirror_listener_note WHERE conversation_id = $1`, [conversation]);
    });

    it("leaves out someone else's details: the relative a member invited and what they wrote, a storyteller, an invitee", async () => {
      const conversation = await insertConversation(kring, {
        organisationId: org.organisationId,
        teamId: org.teamId,
        moderatorId: org.sanne.personId,
        scheduledAt: new Date(),
        status: 'planned',
      });
      await kring.sql(
        `INSERT INTO mirror_participant (organisation_id, conversation_id, kind, display_name, email, relation, free_text, pseudonym, token_hash, expires_at, created_by)
         VALUES ($1, $2, 'relative', 'Mevrouw Hulshof (moeder)', 'hulshof@example.nl', 'child', 'Mijn moeder slaapt slecht.', 'Naaste A', $3, now() + interval '30 days', $4)`,
        [org.organisationId, conversation, randomUUID(), org.sanne.personId],
      );
      const story = async (storyteller: string | null, name: string) =>
        kring.sql(
          `INSERT INTO story (organisation_id, team_id, author_id, title, body, storyteller_person_id, storyteller_name, storyteller_email)
           VALUES ($1, $2, $3, 'Het kalf', 'Het verhaal.', $4, $5, $6)`,
          [org.organisationId, org.teamId, org.sanne.personId, storyteller, name, storyteller ? null : 'klaas@example.nl'],
        );
      await story(null, 'Klaas Pietersen');
      await story(org.bram.personId, 'Bram Verteller');
      const sannes = JSON.stringify(readExport((await org.sanne.client.ok(EXPORT_MINE)).exportMyData));
      for (const theirs of ['Hulshof', 'hulshof@example.nl', 'slaapt slecht', 'Klaas Pietersen', 'klaas@example.nl', 'Bram Verteller'])
        expect({ theirs, inSannesExport: sannes.includes(theirs) }).toEqual({ theirs, inSannesExport: false });
      expect(sannes).toContain('weggelaten: van iemand anders');
      // Her own rows are there, the relative's pseudonym too: only the details that are someone else's are left out.
      expect(sannes).toContain('Naaste A');
      // The colleagues Ingrid invited: the invitations are hers, the addresses theirs.
      const invited = readExport((await org.ingrid.client.ok(EXPORT_MINE)).exportMyData).records.invitation.invited_by as {
        email: string;
      }[];
      expect(invited.length).toBeGreaterThan(0);
      expect(invited.filter((invitation) => invitation.email !== 'weggelaten: van iemand anders')).toEqual([]);
      // The storyteller who has an account finds their own name as storyteller in their own export.
      expect(JSON.stringify(readExport((await org.bram.client.ok(EXPORT_MINE)).exportMyData))).toContain('Bram Verteller');
      await kring.sql(`DELETE FROM story WHERE title = 'Het kalf' AND organisation_id = $1`, [org.organisationId]);
      await kring.sql(`DELETE FROM mirror_conversation WHERE id = $1`, [conversation]);
    });

    it("declares every column that holds a person's name or contact, in every table that refers to a person, as theirs or someone else's", async () => {
      const columns = await kring.sql<{ tbl: string; col: string }>(
        `SELECT DISTINCT c.conrelid::regclass::text AS tbl, a.attname AS col FROM pg_constraint c
         JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum > 0 AND NOT a.attisdropped
         WHERE c.contype = 'f' AND c.confrelid = 'person'::regclass AND c.conrelid <> 'person'::regclass ORDER BY 1, 2`,
      );
      const personal = columns.filter(({ col }) => PERSONAL_DETAIL_COLUMN.test(col)).map(({ tbl, col }) => `${tbl}.${col}`);
      expect(personal.length).toBeGreaterThanOrEqual(7);
      expect(personal.filter((column) => !(column.split('.')[1] in (OTHER_PEOPLES_DETAILS[column.split('.')[0]] ?? {})))).toEqual([]);
    });

    it('lets a person download everything about themselves', async () => {
      const json = readExport((await org.bram.client.ok(EXPORT_MINE)).exportMyData);
      expect(json.organisation).toBeNull();
      expect(json.records.auth_session.person_id.length).toBeGreaterThan(0);
      expect(JSON.stringify(json)).not.toMatch(/token_hash|password_hash/);
      const [event] = await kring.sql(`SELECT action FROM audit_event WHERE person_id = $1 AND action = 'own_data_exported'`, [
        org.bram.personId,
      ]);
      expect(event).toBeDefined();
    });

    it('refuses people who are not members, and callers who are not administrators', async () => {
      const input = { organisationId: org.organisationId, personId: other.personId };
      expect((await org.ingrid.client.request(EXPORT, { input })).errors?.[0].extensions?.code).toBe('NOT_A_MEMBER');
      expect(
        (await org.sanne.client.request(EXPORT, { input: { ...input, personId: org.bram.personId } })).errors?.[0].extensions?.code,
      ).toBe('FORBIDDEN');
      const malformed = await org.ingrid.client.request(EXPORT, { input: { ...input, personId: 'bram' } });
      expect(malformed.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('erasure on request', () => {
    it('deletes what only they could see, keeps shared contributions under a stable pseudonym, and deletes the account', async () => {
      const { bram, sanne, ingrid } = org;
      // Bram took part in a session that was held: his contribution is part of the team's report.
      const held = await planIncidentSession(org);
      const phase = held.method.phases[0].id;
      await kring.sql(`UPDATE reflection_session SET status = 'closed', started_at = now(), ended_at = now() WHERE id = $1`, [held.id]);
      await kring.sql(
        // The first as a live command's one statement stores it: the entry is its own receipt (receipt_version).
        `INSERT INTO session_entry (organisation_id, session_id, phase_id, kind, body, author_id, anonymous, client_key, receipt_version) VALUES
         ($1, $2, $3, 'contribution', 'Hij wilde naar zijn vrouw.', $4, false, 'a', 7), ($1, $2, $3, 'contribution', 'Ik was bang.', $4, true, 'b', NULL)`,
        [org.organisationId, held.id, phase, bram.personId],
      );
      const upcoming = await planIncidentSession(org);
      const privateCase = (
        await bram.client.ok(CREATE_CASE, {
          input: {
            organisationId: org.organisationId,
            title: 'Mijn eigen aantekening',
            firstChapter: { title: 'Begin', body: 'Alleen voor mij.' },
          },
        })
      ).createCase;
      const conversation = await insertConversation(kring, {
        organisationId: org.organisationId,
        teamId: org.teamId,
        moderatorId: sanne.personId,
        scheduledAt: new Date(),
        status: 'ended',
        listenerIds: [bram.personId],
      });
      await kring.sql(
        `INSERT INTO mirror_listener_note (organisation_id, conversation_id, author_id, kind, body) VALUES ($1, $2, $3, 'note', 'Mijn eigen notitie')`,
        [org.organisationId, conversation, bram.personId],
      );
      await bram.client.ok(`mutation { createCalendarFeed { url } }`);
      // The case from the export above, shared with the team (its consent is recorded).
      const [teamCase] = await kring.sql<{ id: string }>(`SELECT id FROM case_file WHERE title = 'Onrust bij het avondeten'`);
      await bram.client.ok(`mutation V($id: ID!) { setCaseVisibility(input: { caseId: $id, visibility: team }) { id } }`, {
        id: teamCase.id,
      });

      const wrong = await ingrid.client.request(ERASE, {
        input: { organisationId: org.organisationId, personId: bram.personId, confirmation: 'Fatima' },
      });
      expect(wrong.errors?.[0]).toMatchObject({ extensions: { code: 'ERASE_CONFIRMATION' } });
      expect(wrong.errors?.[0].message).toContain('(Bram)');
      // Next to the field too: the same words, not a generic "Bevestiging is ongeldig".
      expect(wrong.errors?.[0].extensions?.fields).toEqual({ confirmation: wrong.errors?.[0].message });
      expect(await kring.sql(`SELECT 1 FROM person WHERE id = $1`, [bram.personId])).toHaveLength(1);
      expect(
        (
          await ingrid.client.request(ERASE, {
            input: { organisationId: org.organisationId, personId: ingrid.personId, confirmation: 'Ingrid' },
          })
        ).errors?.[0].extensions?.code,
      ).toBe('ERASE_SELF');
      expect(
        (
          await sanne.client.request(ERASE, {
            input: { organisationId: org.organisationId, personId: bram.personId, confirmation: 'Bram' },
          })
        ).errors?.[0].extensions?.code,
      ).toBe('FORBIDDEN');

      // Two stories Bram told: one approved and laid before him again unchanged ("Opnieuw voorleggen": it still reaches
      // its readers), one he never approved.
      const told = (title: string, approvedRevision: number | null) =>
        kring.sql<{ id: string }>(
          `INSERT INTO story (organisation_id, team_id, author_id, title, body, storyteller_person_id, storyteller_name, check_status, approved_revision)
           VALUES ($1, $2, $3, $4, 'Het verhaal.', $5, 'Bram', 'with_storyteller', $6) RETURNING id`,
          [org.organisationId, org.teamId, sanne.personId, title, bram.personId, approvedRevision],
        );
      const [approvedStory] = await told('Goedgekeurd en opnieuw voorgelegd', 1);
      const [unapprovedStory] = await told('Nooit goedgekeurd', null);

      // A mail to him still waiting in the queue, to be tried again later (the mail server was down).
      await kring.sql(`INSERT INTO pgboss.job (name, data, state, start_after) VALUES ('mail', $1, 'retry', now() + interval '1 hour')`, [
        { to: 'Bram@hoeve.test', organisationId: org.organisationId, subject: 'Herinnering: reflectiesessie', body: 'Hallo Bram' },
      ]);

      const { erasePerson: result } = await ingrid.client.ok(ERASE, {
        input: { organisationId: org.organisationId, personId: bram.personId, confirmation: ' Bram ' },
      });
      // "Weg: … mails aan het e-mailadres": also the one still waiting, which is not sent after all.
      expect(await kring.sql(`SELECT 1 FROM pgboss.job WHERE name = 'mail' AND lower(data->>'to') = 'bram@hoeve.test'`)).toEqual([]);
      // "Goedgekeurde verhalen blijven": the approved one stays under his pseudonym, the other goes.
      expect(
        await kring.sql(`SELECT id, storyteller_name FROM story WHERE id = ANY($1::uuid[])`, [[approvedStory.id, unapprovedStory.id]]),
      ).toEqual([{ id: approvedStory.id, storyteller_name: 'Oud-teamlid 1' }]);
      expect(result).toMatchObject({ pseudonym: 'Oud-teamlid 1', accountDeleted: true, accountAnonymised: false });
      expect(result.kept).toBeGreaterThan(0);
      expect(result.removed).toBeGreaterThan(0);

      // Gone from the database: the account, and every row that pointed at it.
      expect(await kring.sql(`SELECT 1 FROM person WHERE id = $1 OR lower(email) = 'bram@hoeve.test'`, [bram.personId])).toEqual([]);
      expect(await rowsReferringTo(bram.personId)).toEqual({});
      // No receipt names him any more, also not one an entry carries itself.
      expect(await kring.sql(`SELECT 1 FROM session_receipt WHERE person_id = $1`, [bram.personId])).toEqual([]);
      expect(await kring.sql(`SELECT 1 FROM case_file WHERE id = $1`, [privateCase.id])).toEqual([]);
      expect(await kring.sql(`SELECT 1 FROM mirror_listener_note WHERE body = 'Mijn eigen notitie'`)).toEqual([]);
      // Nor their count of listener notes, kept by person id inside the conversation.
      expect(await kring.sql(`SELECT 1 FROM mirror_conversation WHERE note_counts ? $1::text`, [bram.personId])).toEqual([]);
      expect(
        await kring.sql(
          `SELECT 1 FROM session_participant sp JOIN person p ON p.id = sp.person_id WHERE sp.session_id = $1 AND p.display_name = 'Oud-teamlid 1'`,
          [upcoming.id],
        ),
      ).toEqual([]);
      expect(await kring.sql(`SELECT 1 FROM invitation WHERE email = 'bram@hoeve.test'`)).toEqual([]);
      expect((await bram.client.request(LOGIN, { email: 'bram@hoeve.test', password: PASSWORD })).errors?.[0].extensions?.code).toBe(
        'INVALID_CREDENTIALS',
      );

      // The team's report keeps his words under the pseudonym; what was anonymous stays anonymous.
      const { sessionReport } = await sanne.client.ok(REPORT, { id: held.id });
      const entries = sessionReport.phases.flatMap((p: { entries: unknown[] }) => p.entries);
      expect(entries).toEqual(
        expect.arrayContaining([
          { body: 'Hij wilde naar zijn vrouw.', author: 'Oud-teamlid 1' },
          { body: 'Ik was bang.', author: null },
        ]),
      );
      expect(sessionReport.participantNames).toContain('Oud-teamlid 1');
      const [chapter] = await kring.sql<{ display_name: string }>(
        `SELECT p.display_name FROM case_chapter c JOIN person p ON p.id = c.author_id WHERE c.body = 'Mevrouw at niet.'`,
      );
      expect(chapter.display_name).toBe('Oud-teamlid 1');

      const { auditLog } = await ingrid.client.ok(AUDIT, { input: { organisationId: org.organisationId, action: 'person_erased' } });
      expect(auditLog.events[0]).toMatchObject({ person: { name: 'Ingrid' }, subjectName: 'Oud-teamlid 1' });
    });

    it('keeps the account of someone who still belongs to another organisation, and numbers pseudonyms on', async () => {
      const { fatima, ingrid } = org;
      await kring.sql(`INSERT INTO membership (person_id, organisation_id, role) VALUES ($1, $2, 'care_worker')`, [
        fatima.personId,
        other.organisationId,
      ]);
      // As a visitor for her organisation she wrote a beeld at a visit hosted by the other one (kept under the host's
      // organisation), and a version of it still waits for a choice: both are hers to export and erase here.
      const networkId = await joinNetwork(kring, [org.organisationId, other.organisationId]);
      const visitId = await insertVisit(kring, {
        networkId,
        hostId: other.organisationId,
        visitorId: org.organisationId,
        visitDate: '2026-06-01',
      });
      const noteId = await insertVisitNote(kring, {
        visitId,
        networkId,
        hostId: other.organisationId,
        authorId: fatima.personId,
        body: 'De tuin staat vol kruiden.',
      });
      await kring.sql(
        `INSERT INTO peer_visit_note_conflict (note_id, visit_id, network_id, organisation_id, author_id, edit_id, base_revision, body, finding_type)
         VALUES ($1, $2, $3, $4, $5, gen_random_uuid(), 1, 'De tuin staat vol kruiden en bloemen.', 'touched_us')`,
        [noteId, visitId, networkId, other.organisationId, fatima.personId],
      );
      const exported = (await ingrid.client.ok(EXPORT, { input: { organisationId: org.organisationId, personId: fatima.personId } }))
        .exportPersonData;
      expect(exported).toContain('De tuin staat vol kruiden.');
      expect(exported).toContain('De tuin staat vol kruiden en bloemen.');
      // Her own steps are in the organisation's log before, so "none after" below can fail.
      expect(
        (await kring.sql(`SELECT 1 FROM audit_event WHERE person_id = $1 AND organisation_id = $2`, [fatima.personId, org.organisationId]))
          .length,
      ).toBeGreaterThan(0);
      const { erasePerson: result } = await ingrid.client.ok(ERASE, {
        input: { organisationId: org.organisationId, personId: fatima.personId, confirmation: 'Fatima' },
      });
      expect(result).toMatchObject({ pseudonym: 'Oud-teamlid 2', accountDeleted: false, accountAnonymised: false });
      // The beeld stays in the host's report, under her pseudonym; the version nobody chose is gone.
      expect(
        await kring.sql(`SELECT p.display_name FROM peer_visit_note n JOIN person p ON p.id = n.author_id WHERE n.id = $1`, [noteId]),
      ).toEqual([{ display_name: 'Oud-teamlid 2' }]);
      expect(await kring.sql(`SELECT id FROM peer_visit_note_conflict WHERE note_id = $1`, [noteId])).toEqual([]);
      // The log of this organisation no longer names her, also where she was what it was about (the export above).
      expect(
        await kring.sql(`SELECT action FROM audit_event WHERE organisation_id = $1 AND subject_type = 'person' AND subject_id = $2`, [
          org.organisationId,
          fatima.personId,
        ]),
      ).toEqual([]);
      const { auditLog } = await ingrid.client.ok(AUDIT, { input: { organisationId: org.organisationId } });
      expect(JSON.stringify(auditLog)).not.toContain('Fatima');
      // The retention test below counts every beeld there is.
      await kring.sql(`DELETE FROM peer_visit WHERE id = $1`, [visitId]);
      expect(
        await kring.sql(`SELECT 1 FROM membership WHERE person_id = $1 AND organisation_id = $2`, [fatima.personId, org.organisationId]),
      ).toEqual([]);
      const left = await rowsReferringTo(fatima.personId);
      expect(
        Object.keys(left).every((ref) => ['membership.person_id', 'auth_session.person_id', 'audit_event.person_id'].includes(ref)),
      ).toBe(true);
      expect(
        await kring.sql(`SELECT 1 FROM audit_event WHERE person_id = $1 AND organisation_id = $2`, [fatima.personId, org.organisationId]),
      ).toEqual([]);
      expect((await fatima.client.request(`query { me { person { displayName } } }`)).data?.me?.person.displayName).toBe('Fatima');
    });

    it('wipes an account it cannot delete because history elsewhere needs it', async () => {
      const [kees] = await kring.sql<{ id: string }>(
        `INSERT INTO person (email, display_name, password_hash) VALUES ('kees@hoeve.test', 'Kees Smit', $1) RETURNING id`,
        [await hashPassword(PASSWORD, 'light')],
      );
      await kring.sql(`INSERT INTO membership (person_id, organisation_id, team_id, role) VALUES ($1, $2, $3, 'moderator')`, [
        kees.id,
        org.organisationId,
        org.teamId,
      ]);
      // Long ago Kees led a session at De Lindehof, where he is no longer a member.
      await kring.sql(
        `INSERT INTO reflection_session (organisation_id, title, method_id, method_version, method_snapshot, scheduled_at, duration_minutes, moderator_id, status)
         SELECT $1, 'Oude sessie', method_id, method_version, method_snapshot, now() - interval '2 years', 60, $2, 'closed' FROM reflection_session LIMIT 1`,
        [other.organisationId, kees.id],
      );
      const client = new GraphqlClient(kring.url);
      await client.ok(LOGIN, { email: 'kees@hoeve.test', password: PASSWORD });
      const { erasePerson: result } = await org.ingrid.client.ok(ERASE, {
        input: { organisationId: org.organisationId, personId: kees.id, confirmation: 'Kees Smit' },
      });
      expect(result).toMatchObject({ pseudonym: 'Oud-teamlid 3', accountDeleted: false, accountAnonymised: true });
      const [wiped] = await kring.sql<{ email: string; display_name: string; password_hash: string }>(
        `SELECT email, display_name, password_hash FROM person WHERE id = $1`,
        [kees.id],
      );
      expect(wiped).toMatchObject({ display_name: 'Oud-teamlid', password_hash: '' });
      expect(wiped.email).toMatch(/@pseudoniem\.kring\.invalid$/);
      expect(await kring.sql(`SELECT 1 FROM auth_session WHERE person_id = $1`, [kees.id])).toEqual([]);
      expect((await client.request(`query { me { person { id } } }`)).data?.me).toBeNull();
    });
  });

  describe('retention of raw notes', () => {
    it('deletes raw notes older than each organisation’s own period, and nothing else', async () => {
      const { ingrid, sanne, organisationId, teamId } = org;
      const networkId = await joinNetwork(kring, [organisationId, other.organisationId]);
      const daysAgo = (days: number) => new Date(Date.now() - days * DAY);
      const conversation = await insertConversation(kring, {
        organisationId,
        teamId,
        moderatorId: sanne.personId,
        scheduledAt: daysAgo(70),
        status: 'ended',
      });
      const anna = await insertRelative(kring, {
        organisationId,
        conversationId: conversation,
        name: 'Anna Visser',
        pseudonym: 'Naaste A',
        scopes: ['take_part', 'quote_anonymously'],
        statements: [
          { body: 'Oude ruwe uitspraak', inHarvest: false, createdAt: daysAgo(70) },
          { body: 'Oud citaat in de oogst', inHarvest: true, createdAt: daysAgo(70) },
        ],
      });
      await kring.sql(`UPDATE mirror_participant SET free_text = 'Vooraf geschreven' WHERE id = $1`, [anna]);
      const note = (conversationId: string, organisation: string, author: string, body: string, days: number) =>
        kring.sql(
          `INSERT INTO mirror_listener_note (organisation_id, conversation_id, author_id, kind, body, created_at) VALUES ($1, $2, $3, 'note', $4, $5)`,
          [organisation, conversationId, author, body, daysAgo(days)],
        );
      await note(conversation, organisationId, sanne.personId, 'Notitie van 60 dagen', 60);
      await note(conversation, organisationId, sanne.personId, 'Notitie van gisteren', 1);
      const elsewhere = await insertConversation(kring, {
        organisationId: other.organisationId,
        teamId: (
          await kring.sql<{ id: string }>(`INSERT INTO team (organisation_id, name) VALUES ($1, 'Team Linde') RETURNING id`, [
            other.organisationId,
          ])
        )[0].id,
        moderatorId: other.personId,
        scheduledAt: daysAgo(70),
        status: 'ended',
      });
      await note(elsewhere, other.organisationId, other.personId, 'Lindehof, 60 dagen', 60);
      const visit = await insertVisit(kring, {
        networkId,
        hostId: organisationId,
        visitorId: other.organisationId,
        visitDate: daysAgo(80).toISOString().slice(0, 10),
        reportStatus: 'closed',
      });
      await insertVisitNote(kring, {
        visitId: visit,
        networkId,
        hostId: organisationId,
        authorId: other.personId,
        body: 'Buiten het rapport',
        inReport: false,
        updatedAt: daysAgo(80),
      });
      await insertVisitNote(kring, {
        visitId: visit,
        networkId,
        hostId: organisationId,
        authorId: other.personId,
        body: 'In het rapport',
        updatedAt: daysAgo(80),
      });
      const session = await planIncidentSession(org, { participantIds: [] });
      await kring.sql(`UPDATE reflection_session SET status = 'closed', report_approved_at = now() WHERE id = $1`, [session.id]);
      await kring.sql(
        `INSERT INTO harvest_item (organisation_id, session_id, kind, body, created_at) VALUES ($1, $2, 'memo', 'Oude memo', $3), ($1, $2, 'insight', 'Oud leerpunt', $3)`,
        [organisationId, session.id, daysAgo(45)],
      );

      expect((await ingrid.client.ok(SETTINGS, { id: organisationId })).privacySettings).toEqual({
        rawNoteRetentionDays: 90,
        lastPurgeAt: null,
        lastPurgeCount: 0,
      });
      const invalid = await ingrid.client.request(RETENTION, { input: { organisationId, rawNoteRetentionDays: 45 } });
      expect(invalid.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { rawNoteRetentionDays: 'Bewaartermijn heeft geen geldige waarde' },
      });
      expect((await ingrid.client.ok(RETENTION, { input: { organisationId, rawNoteRetentionDays: 30 } })).updateRawNoteRetention).toEqual({
        rawNoteRetentionDays: 30,
      });
      // The log says from what to what: the default 90 days, now 30.
      const { auditLog: retentionLog } = await ingrid.client.ok(AUDIT, { input: { organisationId, action: 'retention_changed' } });
      expect(retentionLog.events.map((e) => [e.actionLabel, e.change])).toEqual([
        ['Bewaartermijn gewijzigd', 'Bewaartermijn ruwe notities (dagen): 90 → 30'],
      ]);

      const results = await kring.app.get(RetentionService).purgeAll(new Date());
      expect(results.get(organisationId)).toEqual({
        total: 5,
        kinds: [
          { kind: 'mirror_listener_notes', count: 1 },
          { kind: 'mirror_unused_statements', count: 1 },
          { kind: 'mirror_relative_input', count: 1 },
          { kind: 'visit_notes_left_out', count: 1 },
          { kind: 'session_memos', count: 1 },
        ],
      });
      const bodies = async (table: string, column = 'body') =>
        (await kring.sql<{ b: string }>(`SELECT ${column} AS b FROM ${table} ORDER BY 1`)).map((r) => r.b);
      expect(await bodies('mirror_listener_note')).toEqual(['Lindehof, 60 dagen', 'Notitie van gisteren']);
      expect(await bodies('mirror_statement')).toEqual(['Oud citaat in de oogst']);
      expect(await bodies('peer_visit_note')).toEqual(['In het rapport']);
      expect(await bodies('mirror_participant', 'free_text')).toEqual(['']);
      expect(await bodies('harvest_item')).toContain('Oud leerpunt');
      expect(await bodies('harvest_item')).not.toContain('Oude memo');
      expect(results.get(other.organisationId)?.total).toBe(0);

      // Audited by kind and how many, never what was said.
      const audit = await kring.sql<{ subject_type: string; person_id: string | null; count: number }>(
        `SELECT subject_type, person_id, count FROM audit_event WHERE action = 'raw_notes_deleted' ORDER BY subject_type`,
      );
      expect(audit).toEqual([
        { subject_type: 'mirror_listener_notes', person_id: null, count: 1 },
        { subject_type: 'mirror_relative_input', person_id: null, count: 1 },
        { subject_type: 'mirror_unused_statements', person_id: null, count: 1 },
        { subject_type: 'session_memos', person_id: null, count: 1 },
        { subject_type: 'visit_notes_left_out', person_id: null, count: 1 },
      ]);
      expect((await ingrid.client.ok(SETTINGS, { id: organisationId })).privacySettings).toMatchObject({
        rawNoteRetentionDays: 30,
        lastPurgeCount: 5,
      });
      // The administrators' log shows how many of what kind, by Kring itself.
      const { auditLog } = await ingrid.client.ok(AUDIT, { input: { organisationId, action: 'raw_notes_deleted' } });
      expect(auditLog.events.map((e) => [e.subjectLabel, e.count, e.person])).toEqual(
        expect.arrayContaining([
          ['Wat naasten vooraf schreven', 1, null],
          ['Notities van luisteraars', 1, null],
        ]),
      );

      // Shorter still, by hand: yesterday's note is within any period, so nothing more goes.
      expect((await ingrid.client.ok(PURGE, { id: organisationId })).purgeRawNotes.total).toBe(0);
      expect((await sanne.client.request(PURGE, { id: organisationId })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });
  });
});
