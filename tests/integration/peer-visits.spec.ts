import { errorMessage, formatDutchDay, NoteRefusal, refusedNotesOfBatch, SyncRefusal, todayInNetherlands } from '@kring/domain';
import { tablesHolding } from '../support/text-search';
import { secondOrganisation } from '../support/fixtures';
import type { UpdateAgreementInput, VisitTeamMemberInput } from '../support/documents.generated';
import { GraphqlClient } from '../support/graphql-client';
import { startTestKring, TestKring } from '../support/kring-test-app';
import {
  AGREE,
  AGREEMENT,
  agreedVisit,
  arrangedVisit,
  ARRANGE,
  demoNetwork,
  NOTEBOOK,
  noteEdit,
  refusal,
  REPORT,
  SYNC,
  syncedAfterConfirming,
  TEAM,
} from './peer-visits-fixtures';
import { savedAfterConfirming } from '../support/confirm-findings';

const RESPONSE = `mutation M($input: SaveMirrorResponseInput!) { saveMirrorResponse(input: $input) { topicId body version } }`;
const DRAFT = `mutation D($input: UpdateReportDraftInput!) { updateReportDraft(input: $input) { summary notes { body inReport } } }`;
const HAND = `mutation H($id: ID!) { handReportToHost(visitId: $id) { status } }`;
const REFLECT = `mutation F($input: HostReflectionInput!) { updateHostReflection(input: $input) { hostReflection } }`;
const PRACTICE = `mutation P($input: AddVisitPracticeInput!) { addVisitPractice(input: $input) { practices { id what } } }`;
const VISIBILITY = `mutation V($input: SetReportVisibilityInput!) { setReportVisibility(input: $input) { visibility team { name } } }`;
const CLOSE = `mutation C($id: ID!) { closeMirrorReport(visitId: $id) { status closedAt } }`;
const CHECKIN = `query K($id: ID!) { entrepreneurCheckin(visitId: $id) { notes { topic body author mine sharedWithNetwork } } }`;
const SAVE_CHECKIN = `mutation S($input: SaveCheckinNoteInput!) { saveCheckinNote(input: $input) { notes { topic body } } }`;
const RESOLVE = `mutation R($input: ResolveNoteConflictInput!) { resolveNoteConflict(input: $input) { clientId body } }`;
/** The day the host's practice is looked back on: one to come, whenever the tests run (checkLookBackToCome). */
const LOOK_BACK_ON = '2099-07-01';

describe('peer-review visits', () => {
  let kring: TestKring;
  let net: Awaited<ReturnType<typeof demoNetwork>>;
  let foreign: GraphqlClient;

  beforeAll(async () => {
    kring = await startTestKring();
    net = await demoNetwork(kring);
    foreign = (await secondOrganisation(kring, 'Zorghuis Elders', 'anna@elders.test')).admin;
  });
  afterAll(() => kring.close());

  describe('agreeing before the visit', () => {
    it('lets the host set focus, purpose and lens, the visitors their team, and agrees once both sides have', async () => {
      const { ingrid, marloes, visit } = await arrangedVisit(net);
      expect(visit).toMatchObject({ host: { name: 'Zorgboerderij De Hoeve' }, visitor: { name: 'Kleinschalig wonen De Lindehof' } });

      // Nothing agreed yet: Kring names what is missing, in the person's language.
      expect(await refusal(marloes, AGREE, { id: visit.id })).toBe('VISIT_AGREEMENT_INCOMPLETE');
      const incomplete = await marloes.request(AGREE, { id: visit.id });
      expect(incomplete.errors![0].message).toContain('focusvraag');

      // Only the host sets the agreement; visitors are told so.
      const agreement: UpdateAgreementInput = {
        visitId: visit.id,
        focusQuestion: 'Waar wil ik een spiegel op?',
        purpose: 'Leren',
        valueIds: ['feeling_at_home'],
        mirrorThemeIds: ['residents'],
        format: 'half_day',
        visitDate: '2026-05-01',
        practicalNotes: '',
        privacyNotes: '',
      };
      expect(await refusal(marloes, AGREEMENT, { input: agreement })).toBe('VISIT_HOST_ONLY');
      const saved = (await ingrid.ok(AGREEMENT, { input: agreement })).updateVisitAgreement;
      expect(saved.lens).toEqual({ version: 0, valueIds: ['feeling_at_home'], mirrorThemeIds: ['residents'] });
      expect(saved.missingForAgreement).toEqual(['members']);

      // The team: people of the visiting organisation in that role; a relative needs only a name.
      const team: VisitTeamMemberInput[] = [
        { role: 'entrepreneur', personId: await net.person('marloes@lindehof.demo') },
        { role: 'care_worker', personId: await net.person('els@lindehof.demo') },
        { role: 'expert', displayName: 'Henk (ervaringsdeskundige)' },
      ];
      expect(
        await refusal(marloes, TEAM, {
          input: { visitId: visit.id, members: [{ role: 'care_worker', personId: await net.person('bram@hoeve.demo') }] },
        }),
      ).toBe('VISIT_TEAM_NOT_MEMBER');
      // A person of the visiting organisation, but not in the role given: Els is a care worker at De Lindehof.
      expect(
        await refusal(marloes, TEAM, {
          input: { visitId: visit.id, members: [{ role: 'entrepreneur', personId: await net.person('els@lindehof.demo') }] },
        }),
      ).toBe('VISIT_TEAM_NOT_MEMBER');
      expect(await refusal(marloes, TEAM, { input: { visitId: visit.id, members: [{ role: 'relative' }] } })).toBe(
        'VISIT_TEAM_NAME_REQUIRED',
      );
      expect(await refusal(ingrid, TEAM, { input: { visitId: visit.id, members: team } })).toBe('VISIT_VISITORS_ONLY');
      expect((await marloes.ok(TEAM, { input: { visitId: visit.id, members: team } })).setVisitingTeam.missingForAgreement).toEqual([]);

      expect((await ingrid.ok(AGREE, { id: visit.id })).agreeToVisit.status).toBe('preparing');
      expect((await marloes.ok(AGREE, { id: visit.id })).agreeToVisit).toMatchObject({ status: 'agreed', lens: { version: 0 } });

      // Agreed: the focus is fixed, the date can still move.
      expect(await refusal(ingrid, AGREEMENT, { input: { ...agreement, focusQuestion: 'Iets anders' } })).toBe('VISIT_AGREEMENT_LOCKED');
      expect((await ingrid.ok(AGREEMENT, { input: { ...agreement, visitDate: '2026-05-08' } })).updateVisitAgreement.status).toBe('agreed');
    });

    it('shows the visit only to the two organisations’ entrepreneurs and the visiting team', async () => {
      const id = await agreedVisit(net);
      const query = `query Q($id: ID!) { peerVisit(visitId: $id) { viewerSide team { name } pack { careVision practicalNotes } } }`;
      expect((await (await net.as('ingrid@hoeve.demo')).ok(query, { id })).peerVisit).toMatchObject({
        viewerSide: 'host',
        pack: { practicalNotes: 'Parkeren bij de schuur; laarzen mee.' },
      });
      expect((await (await net.as('els@lindehof.demo')).ok(query, { id })).peerVisit.viewerSide).toBe('visitor');
      for (const email of ['ruud@lindehof.demo', 'bram@hoeve.demo', 'peter@kompas.demo', 'wilma@netwerk.demo']) {
        expect({ email, code: await refusal(await net.as(email), query, { id }) }).toEqual({ email, code: 'NOT_FOUND' });
      }
      expect(await refusal(foreign, query, { id })).toBe('NOT_FOUND');
    });

    it('refuses a visit to oneself and to an organisation outside the network', async () => {
      const ingrid = await net.as('ingrid@hoeve.demo');
      expect(
        await refusal(ingrid, ARRANGE, {
          input: { organisationId: net.organisations.hoeve, partnerOrganisationId: net.organisations.hoeve, weHost: true },
        }),
      ).toBe('SAME_ORGANISATION_VISIT');
      const [elders] = await kring.sql<{ id: string }>(`SELECT id FROM organisation WHERE name = 'Zorghuis Elders'`);
      expect(
        await refusal(ingrid, ARRANGE, {
          input: { organisationId: net.organisations.hoeve, partnerOrganisationId: elders.id, weHost: false },
        }),
      ).toBe('NOT_FOUND');
    });
  });

  describe('the notebook', () => {
    let visitId: string;
    beforeAll(async () => {
      visitId = await agreedVisit(net);
    });

    it('stores each note once, however often a device sends it', async () => {
      const els = await net.as('els@lindehof.demo');
      const edit = noteEdit({ body: 'Mevrouw mocht zelf de eieren rapen.' });
      const first = (await els.ok(SYNC, { input: { visitId, edits: [edit] } })).syncVisitNotes;
      const again = (await els.ok(SYNC, { input: { visitId, edits: [edit, edit] } })).syncVisitNotes;
      expect(first[0]).toMatchObject({ outcome: 'created', replayed: false, note: { revision: 1 } });
      expect(again.map((r: { outcome: string; replayed: boolean }) => [r.outcome, r.replayed])).toEqual([
        ['created', true],
        ['created', true],
      ]);
      expect(await kring.sql(`SELECT body FROM peer_visit_note WHERE client_id = $1`, [edit.clientId])).toEqual([
        { body: 'Mevrouw mocht zelf de eieren rapen.' },
      ]);
    });

    it('keeps both versions when a second device replays an old edit, and lets the author choose', async () => {
      const els = await net.as('els@lindehof.demo');
      const create = noteEdit({ body: 'Eerste versie' });
      await els.ok(SYNC, { input: { visitId, edits: [create] } });
      const fromLaptop = noteEdit({ body: 'Aangepast op de laptop' }, { clientId: create.clientId, baseRevision: 1 });
      expect((await els.ok(SYNC, { input: { visitId, edits: [fromLaptop] } })).syncVisitNotes[0].outcome).toBe('applied');
      // The phone was offline and still works on revision 1.
      const fromPhone = noteEdit({ body: 'Aangepast op de telefoon' }, { clientId: create.clientId, baseRevision: 1 });
      const result = (await els.ok(SYNC, { input: { visitId, edits: [fromPhone] } })).syncVisitNotes[0];
      expect(result).toMatchObject({ outcome: 'conflict', note: { body: 'Aangepast op de laptop', revision: 2 } });

      const notebook = (await els.ok(NOTEBOOK, { id: visitId })).visitNotebook;
      const conflict = notebook.conflicts.find((c: { body: string }) => c.body === 'Aangepast op de telefoon');
      expect(conflict!.current.body).toBe('Aangepast op de laptop');
      const kept = (await els.ok(RESOLVE, { input: { conflictId: conflict!.id, choice: 'keep_both' } })).resolveNoteConflict;
      expect(kept.clientId).not.toBe(create.clientId);
      const bodies = (await els.ok(NOTEBOOK, { id: visitId })).visitNotebook.notes.map((n: { body: string }) => n.body);
      expect(bodies).toEqual(expect.arrayContaining(['Aangepast op de laptop', 'Aangepast op de telefoon']));
      expect(await refusal(els, RESOLVE, { input: { conflictId: conflict!.id, choice: 'keep_mine' } })).toBe('NOTE_CONFLICT_RESOLVED');
    });

    it('lets no one else change a visitor’s note, and no one outside the visiting team write', async () => {
      const els = await net.as('els@lindehof.demo');
      const marloes = await net.as('marloes@lindehof.demo');
      const create = noteEdit({ body: 'Van Els' });
      // A colleague's name is an identifying detail the author confirms.
      await els.ok(SYNC, { input: { visitId, edits: [{ ...create, acknowledgeWarnings: true }] } });
      expect(
        await refusal(marloes, SYNC, {
          input: { visitId, edits: [noteEdit({ body: 'Overschreven' }, { clientId: create.clientId, baseRevision: 1 })] },
        }),
      ).toBe('NOTE_NOT_YOURS');
      expect(await refusal(await net.as('ingrid@hoeve.demo'), SYNC, { input: { visitId, edits: [noteEdit()] } })).toBe(
        'VISIT_VISITORS_ONLY',
      );
      expect(await refusal(await net.as('ruud@lindehof.demo'), SYNC, { input: { visitId, edits: [noteEdit()] } })).toBe('NOT_FOUND');
      expect(await kring.sql(`SELECT body FROM peer_visit_note WHERE client_id = $1`, [create.clientId])).toEqual([{ body: 'Van Els' }]);
    });

    it('answers the content guard per note: a refused note stays on the device, the others are stored', async () => {
      const els = await net.as('els@lindehof.demo');
      const marloes = await net.as('marloes@lindehof.demo');
      // A real name only the server knows: the register's watch names never leave it.
      await marloes.ok(`mutation E($input: AddResidentRegisterEntryInput!) { addResidentRegisterEntry(input: $input) { id } }`, {
        input: { organisationId: net.organisations.lindehof, pseudonym: 'Meneer W.', watchNames: ['Gerrit Wolters'] },
      });
      const plain = noteEdit({ body: 'Aan tafel werd gezongen.' });
      const named = noteEdit({ body: 'Gerrit Wolters hielp met afruimen.' });
      const bsn = noteEdit({ body: 'Dossier 111222333 lag open op tafel.' });
      // Kept knowingly on the device ("Toch bewaren") — for this note only.
      const kept = { ...noteEdit({ body: 'Een bewoner is gevallen in de gang, niemand zag het.' }), keepFlaggedText: true };
      const unkept = noteEdit({ body: 'Mijn indruk: een bewoner is geslagen door een collega.' });
      let queue = [plain, named, bsn, kept, unkept];
      // What the device does (use-notebook): send, set aside the notes a refusal names, send the rest again.
      const refusedCodes: [string, string][] = [];
      const refusals = new Map<string, NoteRefusal>();
      for (let round = 0; round < 5 && queue.length > 0; round++) {
        const result = await els.request(SYNC, { input: { visitId, edits: queue } });
        if (!result.errors) break;
        const [error] = result.errors;
        const ext = error.extensions as { code: string; findings?: SyncRefusal['findings']; escalation?: SyncRefusal['escalation'] };
        const refused = refusedNotesOfBatch(
          { code: ext.code, message: error.message, findings: ext.findings ?? [], escalation: ext.escalation ?? null },
          queue,
        );
        expect(refused.size).toBeGreaterThan(0);
        for (const [clientId, refusal] of refused) {
          refusedCodes.push([queue.find((e) => e.clientId === clientId)!.body, refusal.code]);
          refusals.set(clientId, refusal);
          // The note itself shows what was found, in its own text.
          for (const f of refusal.findings) expect(queue.find((e) => e.clientId === clientId)!.body.slice(f.start, f.end)).toBe(f.match);
        }
        queue = queue.filter((e) => !refused.has(e.clientId));
      }
      expect(refusedCodes).toEqual([
        ['Dossier 111222333 lag open op tafel.', 'BSN_REFUSED'],
        // The keep on one note does not keep another note's allegation.
        ['Mijn indruk: een bewoner is geslagen door een collega.', 'ESCALATION_PROMPT'],
        // Found by the server only; nothing on the device confirmed it.
        ['Gerrit Wolters hielp met afruimen.', 'IDENTIFYING_DETAILS'],
      ]);
      const stored = async (edit: { clientId: string }) =>
        kring.sql(`SELECT body FROM peer_visit_note WHERE client_id = $1`, [edit.clientId]);
      expect(await stored(plain)).toEqual([{ body: plain.body }]);
      expect(await stored(kept)).toEqual([{ body: kept.body }]);
      for (const refused of [named, bsn, unkept]) expect(await stored(refused)).toEqual([]);
      expect(await tablesHolding(kring, '111222333')).toEqual([]);

      // "Ik heb dit gecontroleerd" alone does not cover it: the device never showed that name.
      const unseen = await els.request(SYNC, { input: { visitId, edits: [{ ...named, acknowledgeWarnings: true }] } });
      expect(unseen.errors?.[0].extensions).toMatchObject({
        code: 'IDENTIFYING_DETAILS',
        findings: [{ field: 'edits.0.body', match: 'Gerrit Wolters', id: 'name|gerrit wolters', acknowledged: false }],
      });
      expect(await stored(named)).toEqual([]);
      // The author confirms the name the refusal showed on that note, by its id (named from the note, wherever it sat in
      // the batch); it goes through on its own.
      const shown = refusals.get(named.clientId)!.findings.map((f) => f.id);
      expect(shown).toEqual(['name|gerrit wolters']);
      await els.ok(SYNC, { input: { visitId, edits: [{ ...named, acknowledgeWarnings: true, acknowledgedFindings: shown }] } });
      expect(await stored(named)).toEqual([{ body: named.body }]);
    });

    it('refuses a bad batch as a whole with a readable message, storing nothing of it', async () => {
      const els = await net.as('els@lindehof.demo');
      const good = noteEdit({ body: 'Goed' });
      const result = await els.request(SYNC, { input: { visitId, edits: [good, noteEdit({ body: 'x'.repeat(501) })] } });
      expect(result.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect(result.errors![0].message).toMatch(/500 tekens/);
      expect(await kring.sql(`SELECT 1 FROM peer_visit_note WHERE client_id = $1`, [good.clientId])).toEqual([]);
    });

    it('opens only once both sides agreed', async () => {
      const { marloes, visit } = await arrangedVisit(net);
      expect(await refusal(marloes, SYNC, { input: { visitId: visit.id, edits: [noteEdit()] } })).toBe('NOTEBOOK_NOT_OPEN');
    });
  });

  describe('the mirror conversation and the report', () => {
    let visitId: string;
    beforeAll(async () => {
      visitId = await agreedVisit(net);
      const els = await net.as('els@lindehof.demo');
      // Fatima works at De Hoeve, whose names Els's phone was not given: the guard asks at sync, the visitor confirms the
      // name it showed, and the network's version masks her name.
      await syncedAfterConfirming(els, visitId, [
        noteEdit({ body: 'Iedereen at mee aan de grote tafel; Fatima schoof aan.' }),
        noteEdit({ body: 'Waarom staat het medicijnrooster op de keukendeur?', findingType: 'mirror_question' }),
        noteEdit({ body: 'Een kladje dat niet in het rapport hoeft.', findingType: 'point_of_attention' }),
      ]);
    });

    it('captures the host’s responses without overwriting a parallel change', async () => {
      const ingrid = await net.as('ingrid@hoeve.demo');
      const marloes = await net.as('marloes@lindehof.demo');
      // Ingrid is the host's: Marloes's screen does not know her name, so she confirms it once the refusal showed it.
      const first = (
        await savedAfterConfirming(marloes, RESPONSE, {
          input: {
            visitId,
            topicKind: 'question',
            topicId: 'is_care_good',
            body: 'Ingrid: ja, met ruimte voor eigen ritme.',
            baseVersion: 0,
          },
        })
      ).data.saveMirrorResponse;
      expect(first.version).toBe(1);
      expect(
        await refusal(ingrid, RESPONSE, {
          input: { visitId, topicKind: 'question', topicId: 'is_care_good', body: 'Tegelijk getypt', baseVersion: 0 },
        }),
      ).toBe('MIRROR_RESPONSE_CHANGED');
      expect(
        (
          await ingrid.ok(RESPONSE, {
            input: {
              visitId,
              topicKind: 'question',
              topicId: 'is_care_good',
              body: 'Aangevuld door Ingrid',
              baseVersion: 1,
              acknowledgeWarnings: true,
            },
          })
        ).saveMirrorResponse.version,
      ).toBe(2);
      expect(
        await refusal(ingrid, RESPONSE, { input: { visitId, topicKind: 'theme', topicId: 'is_care_good', body: 'x', baseVersion: 0 } }),
      ).toBe('BAD_USER_INPUT');
    });

    it('goes from the visitors’ draft to the host, who reflects, picks practices and closes it', async () => {
      const ingrid = await net.as('ingrid@hoeve.demo');
      const marloes = await net.as('marloes@lindehof.demo');
      const [scrap] = await kring.sql<{ id: string }>(`SELECT id FROM peer_visit_note WHERE visit_id = $1 AND body LIKE 'Een kladje%'`, [
        visitId,
      ]);
      expect(await refusal(ingrid, REFLECT, { input: { visitId, reflection: 'Te vroeg' } })).toBe('REPORT_NOT_WITH_HOST');
      const draft = (
        await marloes.ok(DRAFT, { input: { visitId, summary: 'Een warm huis waar iedereen meedoet.', excludedNoteIds: [scrap.id] } })
      ).updateReportDraft;
      expect(draft.notes.filter((n: { inReport: boolean }) => !n.inReport)).toHaveLength(1);
      await marloes.ok(HAND, { id: visitId });
      expect(await refusal(marloes, DRAFT, { input: { visitId, summary: 'Later nog iets', excludedNoteIds: [] } })).toBe(
        'REPORT_WITH_HOST',
      );

      await ingrid.ok(REFLECT, { input: { visitId, reflection: 'Het medicijnrooster gaat naar binnen in de kast.' } });
      const [team] = await kring.sql<{ id: string }>(`SELECT id FROM team WHERE name = 'Team dagbesteding'`);
      // A look-back day in the past would be due on the team's list at once: refused beside its field, as in a harvest.
      const past = await ingrid.request(PRACTICE, {
        input: { visitId, what: 'Medicijnrooster uit het zicht', who: 'Sanne', lookBackOn: '2020-03-01', teamId: team.id },
      });
      expect(past.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { lookBackOn: `Datum om terug te kijken mag niet vóór ${formatDutchDay(todayInNetherlands(), 'nl')} liggen` },
      });
      expect(await kring.sql(`SELECT what FROM practice WHERE what = 'Medicijnrooster uit het zicht'`)).toEqual([]);
      const report = (
        await ingrid.ok(PRACTICE, {
          input: { visitId, what: 'Medicijnrooster uit het zicht', who: 'Sanne', lookBackOn: LOOK_BACK_ON, teamId: team.id },
        })
      ).addVisitPractice;
      expect(report.practices.map((p: { what: string }) => p.what)).toEqual(['Medicijnrooster uit het zicht']);
      // The practice joins the team's list of new practices to try.
      expect(await kring.sql(`SELECT what, team_id, organisation_id FROM practice WHERE id = $1`, [report.practices[0].id])).toEqual([
        { what: 'Medicijnrooster uit het zicht', team_id: team.id, organisation_id: net.organisations.hoeve },
      ]);
      expect((await ingrid.ok(CLOSE, { id: visitId })).closeMirrorReport.status).toBe('closed');

      const closed = (await ingrid.ok(REPORT, { id: visitId })).mirrorReport;
      expect(closed.notes.map((n: { body: string }) => n.body)).not.toContain('Een kladje dat niet in het rapport hoeft.');
      expect(closed.notes).toHaveLength(2);
    });

    it('changes nothing after it is closed: no edits, no notes, no responses — and says so', async () => {
      const ingrid = await net.as('ingrid@hoeve.demo');
      const els = await net.as('els@lindehof.demo');
      const before = await kring.sql(`SELECT host_reflection, report_summary FROM peer_visit WHERE id = $1`, [visitId]);
      expect(await refusal(ingrid, REFLECT, { input: { visitId, reflection: 'Toch nog anders' } })).toBe('REPORT_CLOSED');
      expect(await refusal(els, SYNC, { input: { visitId, edits: [noteEdit({ body: 'Te laat' })] } })).toBe('REPORT_CLOSED');
      expect(await refusal(ingrid, RESPONSE, { input: { visitId, topicKind: 'focus', topicId: 'focus', body: 'x', baseVersion: 0 } })).toBe(
        'REPORT_CLOSED',
      );
      const message = (await ingrid.request(REFLECT, { input: { visitId, reflection: 'x' } })).errors![0].message;
      expect(message).toContain('afgesloten');
      expect(await kring.sql(`SELECT host_reflection, report_summary FROM peer_visit WHERE id = $1`, [visitId])).toEqual(before);
      expect(await kring.sql(`SELECT 1 FROM peer_visit_note WHERE body = 'Te laat'`)).toEqual([]);
    });

    it('lets only the host decide who sees it', async () => {
      const marloes = await net.as('marloes@lindehof.demo');
      expect(await refusal(marloes, VISIBILITY, { input: { visitId, visibility: 'network' } })).toBe('VISIT_HOST_ONLY');
      expect(await refusal(await net.as('ingrid@hoeve.demo'), VISIBILITY, { input: { visitId, visibility: 'team' } })).toBe(
        'REPORT_TEAM_REQUIRED',
      );
      expect(await kring.sql(`SELECT report_visibility FROM peer_visit WHERE id = $1`, [visitId])).toEqual([
        { report_visibility: 'involved' },
      ]);
    });

    it('is read exactly as widely as the host chose, for every role', async () => {
      const ingrid = await net.as('ingrid@hoeve.demo');
      const [dag] = await kring.sql<{ id: string }>(`SELECT id FROM team WHERE name = 'Team dagbesteding'`);
      const readers: [string, string][] = [
        ['host entrepreneur', 'ingrid@hoeve.demo'],
        ['host moderator, chosen team', 'sanne@hoeve.demo'],
        ['host care worker, chosen team', 'bram@hoeve.demo'],
        ['host care worker, other team', 'fatima@hoeve.demo'],
        ['visiting entrepreneur', 'marloes@lindehof.demo'],
        ['visiting care worker in the team', 'els@lindehof.demo'],
        ['visiting care worker not in the team', 'ruud@lindehof.demo'],
        ['entrepreneur of a third organisation', 'peter@kompas.demo'],
        ['care worker of a third organisation', 'youssef@kompas.demo'],
        ['network coordinator', 'wilma@netwerk.demo'],
      ];
      const views = async () => {
        const seen: Record<string, string> = {};
        for (const [role, email] of readers) {
          const result = await (await net.as(email)).request(REPORT, { id: visitId });
          seen[role] = result.errors ? result.errors[0].extensions!.code! : result.data!.mirrorReport.anonymised ? 'anonymised' : 'full';
        }
        const outside = await foreign.request(REPORT, { id: visitId });
        seen['organisation outside the network'] = outside.errors![0].extensions!.code!;
        return seen;
      };
      const involvedOnly = {
        'host entrepreneur': 'full',
        'visiting entrepreneur': 'full',
        'visiting care worker in the team': 'full',
        'host moderator, chosen team': 'NOT_FOUND',
        'host care worker, chosen team': 'NOT_FOUND',
        'host care worker, other team': 'NOT_FOUND',
        'visiting care worker not in the team': 'NOT_FOUND',
        'entrepreneur of a third organisation': 'NOT_FOUND',
        'care worker of a third organisation': 'NOT_FOUND',
        'network coordinator': 'NOT_FOUND',
        'organisation outside the network': 'NOT_FOUND',
      };
      expect(await views()).toEqual(involvedOnly);

      await ingrid.ok(VISIBILITY, { input: { visitId, visibility: 'team', teamId: dag.id } });
      expect(await views()).toEqual({ ...involvedOnly, 'host moderator, chosen team': 'full', 'host care worker, chosen team': 'full' });

      await ingrid.ok(VISIBILITY, { input: { visitId, visibility: 'organisation' } });
      expect(await views()).toEqual({
        ...involvedOnly,
        'host moderator, chosen team': 'full',
        'host care worker, chosen team': 'full',
        'host care worker, other team': 'full',
      });

      await ingrid.ok(VISIBILITY, { input: { visitId, visibility: 'network' } });
      expect(await views()).toEqual({
        ...involvedOnly,
        'host moderator, chosen team': 'full',
        'host care worker, chosen team': 'full',
        'host care worker, other team': 'full',
        'visiting care worker not in the team': 'anonymised',
        'entrepreneur of a third organisation': 'anonymised',
        'care worker of a third organisation': 'anonymised',
        'network coordinator': 'anonymised',
      });

      // Narrowing takes effect at once.
      await ingrid.ok(VISIBILITY, { input: { visitId, visibility: 'involved' } });
      expect(await views()).toEqual(involvedOnly);
      await ingrid.ok(VISIBILITY, { input: { visitId, visibility: 'network' } });
    });

    it('anonymises the network’s version: no organisations, people or dates', async () => {
      const peter = await net.as('peter@kompas.demo');
      const report = (
        await peter.ok(
          `query R($id: ID!) { mirrorReport(visitId: $id) { anonymised host { name } visitor { name } visitDate period hostKind notes { body author } responses { body updatedBy } } }`,
          { id: visitId },
        )
      ).mirrorReport;
      // De Hoeve is the network's only care farm: naming the kind would name the host.
      expect(report).toMatchObject({ anonymised: true, host: null, visitor: null, visitDate: null, period: '2026-Q2', hostKind: null });
      const text = JSON.stringify(report);
      expect(text).not.toMatch(/Hoeve|Lindehof|Fatima|Ingrid|Marloes|Els/);
      expect(text).toContain('Iedereen at mee aan de grote tafel; [naam] schoof aan.');
      const shared = (
        await peter.ok(`query S($id: ID!) { networkMirrorReports(networkId: $id) { visitId hostKind period } }`, { id: net.networkId })
      ).networkMirrorReports;
      expect(shared).toEqual([{ visitId, hostKind: null, period: '2026-Q2' }]);
    });

    it('leaves every day out of the network’s version, as its note says; the quarter stays', async () => {
      const days = `query D($id: ID!) { mirrorReport(visitId: $id) { visitDate period handedToHostAt closedAt practices { lookBackOn } responses { updatedAt } } }`;
      const network = (await (await net.as('peter@kompas.demo')).ok(days, { id: visitId })).mirrorReport;
      const own = (await (await net.as('ingrid@hoeve.demo')).ok(days, { id: visitId })).mirrorReport;
      expect(own.responses.length).toBeGreaterThan(0);
      expect(network).toEqual({
        visitDate: null,
        period: '2026-Q2',
        handedToHostAt: null,
        closedAt: null,
        practices: [{ lookBackOn: null }],
        responses: own.responses.map(() => ({ updatedAt: null })),
      });
      expect(own).toMatchObject({ visitDate: '2026-04-14', practices: [{ lookBackOn: LOOK_BACK_ON }] });
    });

    it('names the kind of the host only when at least five organisations in the network share it (1, 4, 5, 6 care farms)', async () => {
      const peter = await net.as('peter@kompas.demo');
      const kinds = async () => [
        (await peter.ok(`query R($id: ID!) { mirrorReport(visitId: $id) { hostKind } }`, { id: visitId })).mirrorReport.hostKind,
        ...(
          await peter.ok(`query S($id: ID!) { networkMirrorReports(networkId: $id) { hostKind } }`, { id: net.networkId })
        ).networkMirrorReports.map((r: { hostKind: string | null }) => r.hostKind),
      ];
      const added: string[] = [];
      const farms = async (total: number) => {
        while (added.length + 1 < total) {
          const [row] = await kring.sql<{ id: string }>(
            `INSERT INTO organisation (network_id, name, kind) VALUES ($1, $2, 'care_farm') RETURNING id`,
            [net.networkId, `Boerderij ${added.length}`],
          );
          added.push(row.id);
        }
      };
      try {
        const seen: Record<number, unknown[]> = {};
        for (const total of [1, 4, 5, 6]) {
          await farms(total);
          seen[total] = await kinds();
        }
        expect(seen).toEqual({ 1: [null, null], 4: [null, null], 5: ['care_farm', 'care_farm'], 6: ['care_farm', 'care_farm'] });
      } finally {
        await kring.sql(`DELETE FROM organisation WHERE id = ANY($1::uuid[])`, [added]);
      }
    });

    it('exports the report as a PDF for whoever may read it, and records the export', async () => {
      const path = `/peer-visits/${visitId}/mirror-report.pdf`;
      const pdf = await (await net.as('bram@hoeve.demo')).file(path);
      expect(pdf).toMatchObject({ status: 200, type: 'application/pdf', disposition: 'attachment; filename="spiegelrapport.pdf"' });
      expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');
      // Another network's member finds nothing there, told so in words.
      const refused = await foreign.file(path);
      expect({ status: refused.status, text: refused.body.toString() }).toEqual({ status: 404, text: errorMessage('NOT_FOUND', 'nl') });
      expect(
        (
          await kring.sql(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'mirror_report_exported' AND subject_id = $1`, [
            visitId,
          ])
        )[0],
      ).toEqual({ n: 1 });
    });

    it('plans the return visit from the report, once', async () => {
      const marloes = await net.as('marloes@lindehof.demo');
      const plan = `mutation P($input: PlanReturnVisitInput!) { planReturnVisit(input: $input) { id host { name } visitor { name } visitDate } }`;
      const back = (await marloes.ok(plan, { input: { visitId, visitDate: '2026-09-10' } })).planReturnVisit;
      expect(back).toMatchObject({
        host: { name: 'Kleinschalig wonen De Lindehof' },
        visitor: { name: 'Zorgboerderij De Hoeve' },
        visitDate: '2026-09-10',
      });
      expect((await marloes.ok(plan, { input: { visitId } })).planReturnVisit.id).toBe(back.id);
    });
  });

  describe('the entrepreneurs’ check-in', () => {
    it('is seen by the two entrepreneurs only, and shared only by its author', async () => {
      const id = await agreedVisit(net);
      const ingrid = await net.as('ingrid@hoeve.demo');
      const marloes = await net.as('marloes@lindehof.demo');
      await ingrid.ok(SAVE_CHECKIN, {
        input: { visitId: id, topic: 'continuity', body: 'Mijn dochter wil het misschien overnemen.', sharedWithNetwork: false },
      });
      await marloes.ok(SAVE_CHECKIN, {
        input: {
          visitId: id,
          topic: 'rules_and_contracts',
          body: 'De gemeente vraagt elk jaar nieuwe formulieren.',
          sharedWithNetwork: true,
        },
      });
      const seen = (await marloes.ok(CHECKIN, { id })).entrepreneurCheckin.notes;
      expect(seen).toEqual([
        {
          topic: 'continuity',
          body: 'Mijn dochter wil het misschien overnemen.',
          author: 'Ingrid Jansen',
          mine: false,
          sharedWithNetwork: false,
        },
        {
          topic: 'rules_and_contracts',
          body: 'De gemeente vraagt elk jaar nieuwe formulieren.',
          author: 'Marloes Visser',
          mine: true,
          sharedWithNetwork: true,
        },
      ]);
      // Not an entrepreneur at all: refused by role; an entrepreneur of another organisation: no such check-in.
      const refused: Record<string, string | undefined> = {};
      for (const email of ['els@lindehof.demo', 'sanne@hoeve.demo', 'wilma@netwerk.demo', 'peter@kompas.demo'])
        refused[email] = await refusal(await net.as(email), CHECKIN, { id });
      expect(refused).toEqual({
        'els@lindehof.demo': 'FORBIDDEN',
        'sanne@hoeve.demo': 'FORBIDDEN',
        'wilma@netwerk.demo': 'FORBIDDEN',
        'peter@kompas.demo': 'NOT_FOUND',
      });
      expect(await refusal(foreign, CHECKIN, { id })).toBe('NOT_FOUND');
    });
  });
});
