import { CASE_CODE_ALPHABET, LIMITS, todayInNetherlands } from '@kring/domain';
import type { Role } from '../support/documents.generated';
import { GraphqlClient } from '../support/graphql-client';
import { CREATE_TEAM, joinByInvitation, secondOrganisation, setupFirstOrganisation } from '../support/fixtures';
import { startTestKring, TestKring } from '../support/kring-test-app';

const CASE = `id code displayPseudonym title lifeStoryNote burdenNote visibility team { id name } author { name }
  chapters { id position title body author { name } } consents { id scope givenBy form givenOn withdrawnOn note active }
  allowedVisibilities viewerCanEdit viewerCanShare`;
const CREATE = `mutation C($input: CreateCaseInput!) { createCase(input: $input) { ${CASE} } }`;
const UPDATE = `mutation U($input: UpdateCaseInput!) { updateCase(input: $input) { ${CASE} } }`;
const READ = `query R($id: ID!) { case(id: $id) { ${CASE} } }`;
const LIST = `query L($organisationId: ID!, $teamId: ID) { cases(organisationId: $organisationId, teamId: $teamId) { id code title visibility chapterCount viewerIsAuthor } }`;
const ADD_CHAPTER = `mutation A($input: AddCaseChapterInput!) { addCaseChapter(input: $input) { id position title body } }`;
const UPDATE_CHAPTER = `mutation U($input: UpdateCaseChapterInput!) { updateCaseChapter(input: $input) { id position title body } }`;
const SHARE = `mutation S($input: SetCaseVisibilityInput!) { setCaseVisibility(input: $input) { visibility team { name } allowedVisibilities } }`;
const CONSENT = `mutation R($input: RecordCaseConsentInput!) { recordCaseConsent(input: $input) { id scope givenBy form givenOn withdrawnOn active } }`;
const WITHDRAW = `mutation W($input: WithdrawCaseConsentInput!) { withdrawCaseConsent(input: $input) { id givenOn withdrawnOn active } }`;
const CHECK = `query K($organisationId: ID!, $text: String!) { checkIdentifyingDetails(organisationId: $organisationId, text: $text) { kind start end match label } }`;
const CHANGES_IN_LOG = `query Log($input: AuditLogInput!) { auditLog(input: $input) { events { subjectId change } } }`;
const REGISTER = `query G($organisationId: ID!) { residentRegister(organisationId: $organisationId) { id pseudonym watchNames } }`;
const ADD_ENTRY = `mutation E($input: AddResidentRegisterEntryInput!) { addResidentRegisterEntry(input: $input) { id pseudonym watchNames } }`;
const UPDATE_ENTRY = `mutation E($input: UpdateResidentRegisterEntryInput!) { updateResidentRegisterEntry(input: $input) { id pseudonym watchNames } }`;
const REMOVE_ENTRY = `mutation X($entryId: ID!) { removeResidentRegisterEntry(entryId: $entryId) }`;

const CLEAN_STORY =
  'Mevrouw wilde ’s ochtends niet douchen. We zijn eerst bij haar gaan zitten en hebben over de boerderij van vroeger gepraat.';

describe('cases: visibility, the identifying-details guard, consent and the resident register', () => {
  let kring: TestKring;
  let organisationId: string;
  let admin: GraphqlClient;
  let teamWonen: string;
  let teamDag: string;
  /** Care worker in team wonen who writes the cases. */
  let bram: GraphqlClient;
  /** Care worker in the same team. */
  let sanne: GraphqlClient;
  /** Care worker in the other team. */
  let kees: GraphqlClient;
  /** Care worker in the other team who took part in a session about the case. */
  let noor: GraphqlClient;
  let moderator: GraphqlClient;
  /** Administrator of another organisation. */
  let foreign: GraphqlClient;

  async function colleague(email: string, displayName: string, role: Role, teamId: string | null): Promise<GraphqlClient> {
    return (await joinByInvitation(kring, admin, { organisationId, email, role, teamId }, displayName)).client;
  }

  /** The first chapter of a case, "Het begin". */
  const beginning = (body: string) => ({ firstChapter: { title: 'Het begin', body } });

  /** A case in Team wonen with a harmless first chapter; `input` overrides any of it. */
  const caseInput = (input: Record<string, unknown>) => ({
    organisationId,
    teamId: teamWonen,
    title: 'Niet willen douchen',
    ...beginning(CLEAN_STORY),
    ...input,
  });

  async function createCase(client: GraphqlClient, input: Record<string, unknown> = {}) {
    return (await client.ok(CREATE, { input: caseInput(input) })).createCase;
  }

  /** The same, answered as the server answers it: a refusal comes back as errors. */
  const tryCreateCase = (client: GraphqlClient, input: Record<string, unknown>) => client.request(CREATE, { input: caseInput(input) });

  /** What each person sees: the case itself (or the refusal code) and whether it is in their list. */
  async function readers(caseId: string) {
    const people = { bram, sanne, kees, noor, moderator, admin };
    const seen: Record<string, string> = {};
    for (const [name, client] of Object.entries(people)) {
      const single = await client.request(READ, { id: caseId });
      const list = await client.ok(LIST, { organisationId });
      const inList = list.cases.some((c: { id: string }) => c.id === caseId);
      const reads = single.errors ? single.errors[0].extensions?.code : 'reads';
      // The list and the page use the same rule, so they must agree.
      expect({ name, inList }).toEqual({ name, inList: reads === 'reads' });
      seen[name] = reads as string;
    }
    const outsider = await foreign.request(READ, { id: caseId });
    seen.foreign = outsider.errors?.[0].extensions?.code as string;
    return seen;
  }
  /** What `readers` must find when exactly these people read the case: everyone else (and the other organisation) gets NOT_FOUND. */
  const readBy = (...who: ('bram' | 'sanne' | 'kees' | 'noor' | 'moderator' | 'admin')[]) => ({
    ...Object.fromEntries(['bram', 'sanne', 'kees', 'noor', 'moderator', 'admin', 'foreign'].map((name) => [name, 'NOT_FOUND'])),
    ...Object.fromEntries(who.map((name) => [name, 'reads'])),
  });

  const count = async (table: string) => (await kring.sql<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
  const audits = async (action: string, subjectId: string) =>
    (
      await kring.sql<{ n: number }>(`SELECT count(*)::int AS n FROM audit_event WHERE action = $1 AND subject_id = $2`, [
        action,
        subjectId,
      ])
    )[0].n;

  beforeAll(async () => {
    kring = await startTestKring();
    ({ admin, organisationId } = await setupFirstOrganisation(kring));
    teamWonen = (await admin.ok(CREATE_TEAM, { organisationId, name: 'Team wonen' })).createTeam.id;
    teamDag = (await admin.ok(CREATE_TEAM, { organisationId, name: 'Team dagbesteding' })).createTeam.id;
    bram = await colleague('bram@hoeve.test', 'Bram Hendriks', 'care_worker', teamWonen);
    sanne = await colleague('sanne@hoeve.test', 'Sanne', 'care_worker', teamWonen);
    kees = await colleague('kees@hoeve.test', 'Kees', 'care_worker', teamDag);
    noor = await colleague('noor@hoeve.test', 'Noor', 'care_worker', teamDag);
    moderator = await colleague('mila@hoeve.test', 'Mila', 'moderator', null);
    foreign = (await secondOrganisation(kring)).admin;
  });
  afterAll(() => kring.close());

  it('creates a private case with a generated code and pseudonym, in chapters', async () => {
    const created = await createCase(bram, {
      lifeStoryNote: 'Boerin geweest, hield van de koeien.',
      burdenNote: 'Meepraten in een bijeenkomst is te zwaar; we vragen het haar tijdens de koffie.',
    });
    expect(created.code).toMatch(new RegExp(`^C-[${CASE_CODE_ALPHABET}]{4}$`));
    expect(created.displayPseudonym).toMatch(/^Bewoner [A-Z]\.$/);
    expect(created).toMatchObject({
      visibility: 'private',
      team: { name: 'Team wonen' },
      author: { name: 'Bram Hendriks' },
      chapters: [{ position: 1, title: 'Het begin', body: CLEAN_STORY, author: { name: 'Bram Hendriks' } }],
      consents: [],
      allowedVisibilities: ['private', 'session'],
      viewerCanEdit: true,
      viewerCanShare: true,
    });
    const chosen = await createCase(bram, { displayPseudonym: 'mevrouw A.' });
    expect(chosen.displayPseudonym).toBe('mevrouw A.');
    expect(chosen.code).not.toBe(created.code);
  });

  it('lets each visibility level reach exactly its readers, and nobody in another organisation', async () => {
    const created = await createCase(bram);
    const id = created.id;
    expect(await readers(id)).toEqual(readBy('bram'));

    // A planned session that uses the case, with noor invited (the sessions module's rows).
    const [noorRow] = await kring.sql<{ id: string }>(`SELECT id FROM person WHERE email = 'noor@hoeve.test'`);
    const [session] = await kring.sql<{ id: string }>(
      `INSERT INTO reflection_session (organisation_id, title, method_id, method_version, method_snapshot, case_id, scheduled_at, duration_minutes, moderator_id)
       SELECT $1, 'Casusbespreking', 'incident_method', 1, '{}', $2, now(), 60, author_id FROM case_file WHERE id = $2 RETURNING id`,
      [organisationId, id],
    );
    await kring.sql(`INSERT INTO session_participant (session_id, person_id, organisation_id, role) VALUES ($1, $2, $3, 'participant')`, [
      session.id,
      noorRow.id,
      organisationId,
    ]);
    // Invited, but a private case stays private until the author shares it.
    expect((await readers(id)).noor).toBe('NOT_FOUND');
    await bram.ok(SHARE, { input: { caseId: id, visibility: 'session' } });
    expect(await readers(id)).toEqual(readBy('bram', 'noor'));

    const noConsent = await bram.request(SHARE, { input: { caseId: id, visibility: 'team' } });
    expect(noConsent.errors?.[0]).toMatchObject({
      extensions: { code: 'CONSENT_REQUIRED' },
      message: expect.stringMatching(/Bespreken in het team/),
    });
    await bram.ok(CONSENT, {
      input: { caseId: id, scope: 'discuss_in_team', givenBy: 'resident', form: 'easy_read', givenOn: todayInNetherlands() },
    });
    const team = (await bram.ok(SHARE, { input: { caseId: id, visibility: 'team' } })).setCaseVisibility;
    expect(team).toEqual({ visibility: 'team', team: { name: 'Team wonen' }, allowedVisibilities: ['private', 'session', 'team'] });
    expect(await readers(id)).toEqual(readBy('bram', 'sanne', 'noor', 'moderator', 'admin'));
    // "Zolang de sessie loopt": closed, noor still reads while the harvest is written; once the report is approved, no longer.
    await kring.sql(`UPDATE reflection_session SET status = 'closed', ended_at = now() WHERE id = $1`, [session.id]);
    expect((await readers(id)).noor).toBe('reads');
    await kring.sql(`UPDATE reflection_session SET report_approved_at = now() WHERE id = $1`, [session.id]);
    expect(await readers(id)).toEqual(readBy('bram', 'sanne', 'moderator', 'admin'));
    expect((await sanne.ok(LIST, { organisationId, teamId: teamWonen })).cases.map((c: { id: string }) => c.id)).toContain(id);
    expect((await sanne.ok(LIST, { organisationId, teamId: teamDag })).cases).toEqual([]);
    expect((await sanne.request(LIST, { organisationId, teamId: 'geen-id' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    const noOrgConsent = await bram.request(SHARE, { input: { caseId: id, visibility: 'organisation' } });
    expect(noOrgConsent.errors?.[0].extensions?.code).toBe('CONSENT_REQUIRED');
    await bram.ok(CONSENT, {
      input: {
        caseId: id,
        scope: 'share_in_organisation',
        givenBy: 'legal_representative',
        form: 'standard',
        givenOn: todayInNetherlands(),
      },
    });
    await bram.ok(SHARE, { input: { caseId: id, visibility: 'organisation' } });
    expect(await readers(id)).toEqual(readBy('bram', 'sanne', 'kees', 'noor', 'moderator', 'admin'));

    // Only the author chooses who reads; a reader with a managing role may not.
    const byAdmin = await admin.request(SHARE, { input: { caseId: id, visibility: 'private' } });
    expect(byAdmin.errors?.[0].extensions?.code).toBe('ONLY_AUTHOR_SHARES');
    await bram.ok(SHARE, { input: { caseId: id, visibility: 'private' } });
    expect(await readers(id)).toEqual(readBy('bram'));

    // Reads and every change of audience are in the audit log.
    // Each of the six who could read it read it several times within minutes: one view each (AuditService.recordView).
    expect(await audits('case_read', id)).toBe(6);
    expect(await audits('case_visibility_changed', id)).toBe(4);
    // From what to what, as codes (the privacy page reads "Zichtbaarheid: Alleen ik → Deelnemers van de bijeenkomst").
    expect(
      await kring.sql(
        `SELECT change FROM audit_event WHERE action = 'case_visibility_changed' AND subject_id = $1 ORDER BY created_at, id`,
        [id],
      ),
    ).toEqual([
      { change: { visibility: ['private', 'session'] } },
      { change: { visibility: ['session', 'team'] } },
      { change: { visibility: ['team', 'organisation'] } },
      { change: { visibility: ['organisation', 'private'] } },
    ]);
  });

  it('lets a planned session open the case to the people it invites only until its day has passed without it being held', async () => {
    const { id } = await createCase(bram);
    await bram.ok(SHARE, { input: { caseId: id, visibility: 'session' } });
    // Planned for yesterday (60 minutes), noor invited: its end is 23 hours ago, within the day a late start may take.
    const [session] = await kring.sql<{ id: string }>(
      `INSERT INTO reflection_session (organisation_id, title, method_id, method_version, method_snapshot, case_id, scheduled_at, duration_minutes, moderator_id)
       SELECT $1, 'Casusbespreking', 'incident_method', 1, '{}', $2, now() - interval '24 hours', 60, author_id FROM case_file WHERE id = $2 RETURNING id`,
      [organisationId, id],
    );
    await kring.sql(
      `INSERT INTO session_participant (session_id, person_id, organisation_id, role) SELECT $1, id, $2, 'participant' FROM person WHERE email = 'noor@hoeve.test'`,
      [session.id, organisationId],
    );
    expect(await readers(id)).toEqual(readBy('bram', 'noor'));
    // A day past its planned end and still only planned: it no longer opens the case, on the page or in the list.
    await kring.sql(`UPDATE reflection_session SET scheduled_at = now() - interval '3 days' WHERE id = $1`, [session.id]);
    expect(await readers(id)).toEqual(readBy('bram'));
    // Held after all: while it runs, noor reads again.
    await kring.sql(`UPDATE reflection_session SET status = 'live', started_at = now() WHERE id = $1`, [session.id]);
    expect(await readers(id)).toEqual(readBy('bram', 'noor'));
  });

  it('lets the author and curators edit, team members only read', async () => {
    const created = await createCase(bram);
    await bram.ok(CONSENT, {
      input: { caseId: created.id, scope: 'discuss_in_team', givenBy: 'resident', form: 'standard', givenOn: todayInNetherlands() },
    });
    await bram.ok(SHARE, { input: { caseId: created.id, visibility: 'team' } });

    expect((await sanne.ok(READ, { id: created.id })).case).toMatchObject({ viewerCanEdit: false, viewerCanShare: false });
    const bySanne = await sanne.request(ADD_CHAPTER, {
      input: { caseId: created.id, title: 'Hoe het verder ging', body: 'Het ging beter.' },
    });
    expect(bySanne.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    // After a session the moderator writes the new chapter.
    const second = (
      await moderator.ok(ADD_CHAPTER, {
        input: { caseId: created.id, title: 'Hoe het verder ging', body: 'We gaan eerst koffie drinken.' },
      })
    ).addCaseChapter;
    const third = (
      await bram.ok(ADD_CHAPTER, { input: { caseId: created.id, title: 'Een nieuw hoofdstuk', body: 'Ze douchet nu ’s middags.' } })
    ).addCaseChapter;
    expect([second.position, third.position]).toEqual([2, 3]);
    const edited = (
      await bram.ok(UPDATE_CHAPTER, {
        input: { chapterId: second.id, title: 'Hoe het verder ging', body: 'We drinken eerst samen koffie.' },
      })
    ).updateCaseChapter;
    expect(edited).toMatchObject({ position: 2, body: 'We drinken eerst samen koffie.' });
    const updated = (
      await bram.ok(UPDATE, {
        input: {
          caseId: created.id,
          title: 'Douchen op haar eigen moment',
          displayPseudonym: 'mevrouw D.',
          lifeStoryNote: '',
          burdenNote: '',
        },
      })
    ).updateCase;
    expect(updated).toMatchObject({ title: 'Douchen op haar eigen moment', displayPseudonym: 'mevrouw D.' });
    expect(updated.chapters.map((c: { position: number }) => c.position)).toEqual([1, 2, 3]);

    const foreignEdit = await foreign.request(UPDATE_CHAPTER, { input: { chapterId: second.id, title: 'x', body: 'x' } });
    expect(foreignEdit.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('keeps teams to the organisation and care workers to their own team', async () => {
    const foreignTeam = (
      await foreign.ok(CREATE_TEAM, {
        organisationId: (await kring.sql<{ id: string }>(`SELECT id FROM organisation WHERE name = 'De Lindehof'`))[0].id,
        name: 'Hun team',
      })
    ).createTeam.id;
    const before = await count('case_file');
    const other = await bram.request(CREATE, { input: { organisationId, teamId: foreignTeam, title: 'x' } });
    expect(other.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const notMine = await bram.request(CREATE, { input: { organisationId, teamId: teamDag, title: 'x' } });
    expect(notMine.errors?.[0]).toMatchObject({
      extensions: { code: 'NOT_YOUR_TEAM' },
      message: expect.stringMatching(/waar je zelf bij hoort/),
    });
    expect(await count('case_file')).toBe(before);
    // A moderator works across teams.
    expect((await createCase(moderator, { teamId: teamDag })).team!.name).toBe('Team dagbesteding');

    const created = await createCase(bram, { teamId: null });
    const needsTeam = await bram.request(SHARE, { input: { caseId: created.id, visibility: 'team' } });
    expect(needsTeam.errors?.[0].extensions?.code).toBe('CASE_NEEDS_TEAM');
  });

  it('refuses identifying details until the author confirms, and stores nothing meanwhile', async () => {
    const risky = 'Sanne zag dat mevrouw (BSN 111 222 333, geboren op 3 mei 1938) huilde. Haar dochter: 06-12345678.';
    const before = await count('case_file');
    const tears = (body: string) => ({ title: 'Tranen bij het ontbijt', ...beginning(body) });
    const refused = await tryCreateCase(bram, tears(risky));
    const error = refused.errors?.[0];
    // A BSN is refused outright (Kring never stores one); every finding comes along to highlight, each with its id.
    expect(error?.extensions?.code).toBe('BSN_REFUSED');
    expect(error?.message).toMatch(/burgerservicenummer \(BSN\)/);
    expect(error?.extensions?.findings).toEqual([
      {
        field: 'firstChapter.body',
        kind: 'name',
        start: 0,
        end: 5,
        match: 'Sanne',
        label: 'Naam',
        pseudonym: true,
        id: 'name|sanne',
      },
      {
        field: 'firstChapter.body',
        kind: 'bsn',
        start: 27,
        end: 38,
        match: '111 222 333',
        label: 'BSN',
        pseudonym: true,
        id: 'bsn|111 222 333',
      },
      {
        field: 'firstChapter.body',
        kind: 'date_of_birth',
        start: 51,
        end: 61,
        match: '3 mei 1938',
        label: 'Geboortedatum',
        pseudonym: true,
        id: 'date_of_birth|3 mei 1938',
      },
      {
        field: 'firstChapter.body',
        kind: 'phone',
        start: 85,
        end: 96,
        match: '06-12345678',
        label: 'Telefoonnummer',
        pseudonym: true,
        id: 'phone|06-12345678',
      },
    ]);
    expect(await count('case_file')).toBe(before);

    // The editor's check gives the same findings while typing.
    const checked = (await bram.ok(CHECK, { organisationId, text: risky })).checkIdentifyingDetails;
    expect(checked.map((f: { kind: string }) => f.kind)).toEqual(['name', 'bsn', 'date_of_birth', 'phone']);
    expect((await bram.ok(CHECK, { organisationId, text: CLEAN_STORY })).checkIdentifyingDetails).toEqual([]);

    // Confirming does not let a BSN through.
    const stillRefused = await tryCreateCase(bram, { ...tears(risky), acknowledgeWarnings: true });
    expect(stillRefused.errors?.[0].extensions?.code).toBe('BSN_REFUSED');
    expect(await count('case_file')).toBe(before);

    // Without the BSN, the other details need the author's confirmation.
    const withoutBsn = risky.replace('BSN 111 222 333, ', '');
    const unconfirmed = await tryCreateCase(bram, tears(withoutBsn));
    expect(unconfirmed.errors?.[0].extensions?.code).toBe('IDENTIFYING_DETAILS');
    expect(unconfirmed.errors?.[0].message).toMatch(/herkenbare gegevens \(3\)/);
    const confirmed = await createCase(bram, { ...tears(withoutBsn), acknowledgeWarnings: true });
    expect(confirmed.chapters[0].body).toBe(withoutBsn);
    expect(await audits('identifying_details_confirmed', confirmed.id)).toBe(1);

    const chapter = await bram.request(ADD_CHAPTER, {
      input: { caseId: confirmed.id, title: 'Hoe het verder ging', body: 'Mail haar op dochter@voorbeeld.nl' },
    });
    expect(chapter.errors?.[0].extensions?.findings).toEqual([
      {
        field: 'body',
        kind: 'email',
        start: 13,
        end: 33,
        match: 'dochter@voorbeeld.nl',
        label: 'E-mailadres',
        pseudonym: true,
        id: 'email|dochter@voorbeeld.nl',
        acknowledged: false,
      },
    ]);
    expect((await bram.ok(READ, { id: confirmed.id })).case.chapters).toHaveLength(1);
  });

  it('re-runs the guard over every chapter before sharing wider', async () => {
    const created = await createCase(bram);
    const chapter = (
      await bram.ok(ADD_CHAPTER, {
        input: { caseId: created.id, title: 'Hoe het verder ging', body: 'Ze woont nu aan de Dorpsstraat 12.', acknowledgeWarnings: true },
      })
    ).addCaseChapter;
    const refused = await bram.request(SHARE, { input: { caseId: created.id, visibility: 'session' } });
    expect(refused.errors?.[0].extensions?.findings).toEqual([
      {
        field: `chapters.${chapter.id}.body`,
        kind: 'postcode_house_number',
        start: 19,
        end: 33,
        match: 'Dorpsstraat 12',
        label: 'Adres',
        pseudonym: true,
        id: 'postcode_house_number|dorpsstraat 12',
        acknowledged: false,
      },
    ]);
    expect((await bram.ok(READ, { id: created.id })).case.visibility).toBe('private');
    expect(
      (await bram.ok(SHARE, { input: { caseId: created.id, visibility: 'session', acknowledgeWarnings: true } })).setCaseVisibility
        .visibility,
    ).toBe('session');
    // Narrowing shares with nobody new, so it needs no confirmation.
    expect((await bram.ok(SHARE, { input: { caseId: created.id, visibility: 'private' } })).setCaseVisibility.visibility).toBe('private');
  });

  it('narrows a shared case at once when consent is withdrawn, keeping the record', async () => {
    const created = await createCase(bram);
    const team = (
      await bram.ok(CONSENT, {
        input: { caseId: created.id, scope: 'discuss_in_team', givenBy: 'resident', form: 'easy_read', givenOn: '2025-03-01' },
      })
    ).recordCaseConsent;
    const organisation = (
      await bram.ok(CONSENT, {
        input: {
          caseId: created.id,
          scope: 'share_in_organisation',
          givenBy: 'legal_representative',
          form: 'standard',
          givenOn: '2025-03-02',
          note: 'Mentor heeft getekend.',
        },
      })
    ).recordCaseConsent;
    await bram.ok(SHARE, { input: { caseId: created.id, visibility: 'organisation' } });
    expect((await kees.request(READ, { id: created.id })).errors).toBeUndefined();

    const withdrawn = (await admin.ok(WITHDRAW, { input: { consentId: organisation.id } })).withdrawCaseConsent;
    expect(withdrawn).toEqual({ id: organisation.id, givenOn: '2025-03-02', withdrawnOn: todayInNetherlands(), active: false });
    const afterFirst = (await bram.ok(READ, { id: created.id })).case;
    expect(afterFirst.visibility).toBe('team');
    expect(afterFirst.allowedVisibilities).toEqual(['private', 'session', 'team']);
    expect((await kees.request(READ, { id: created.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await sanne.request(READ, { id: created.id })).errors).toBeUndefined();

    const early = await bram.request(WITHDRAW, { input: { consentId: team.id, withdrawnOn: '2025-02-01' } });
    expect(early.errors?.[0].extensions?.fields).toEqual({ withdrawnOn: 'Datum van intrekken mag niet vóór 1 maart 2025 liggen' });
    await bram.ok(WITHDRAW, { input: { consentId: team.id, withdrawnOn: '2025-04-01' } });
    expect((await bram.ok(READ, { id: created.id })).case.visibility).toBe('session');
    expect((await sanne.request(READ, { id: created.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const again = await bram.request(WITHDRAW, { input: { consentId: team.id } });
    expect(again.errors?.[0].extensions?.code).toBe('CONSENT_ALREADY_WITHDRAWN');
    const records = (await bram.ok(READ, { id: created.id })).case.consents;
    expect(records.map((c) => [c.scope, c.withdrawnOn, c.active])).toEqual([
      ['share_in_organisation', todayInNetherlands(), false],
      ['discuss_in_team', '2025-04-01', false],
    ]);
    expect(await audits('case_consent_withdrawn', team.id)).toBe(1);
    // What each consent covered and who gave it, at recording and at withdrawal (codes; the mentor's note stays out).
    expect(
      await kring.sql(
        `SELECT action, change FROM audit_event WHERE subject_id = ANY($1::uuid[]) AND action LIKE 'case_consent_%' ORDER BY created_at, id`,
        [[team.id, organisation.id]],
      ),
    ).toEqual([
      { action: 'case_consent_recorded', change: { caseConsent: { scope: 'discuss_in_team', givenBy: 'resident' } } },
      { action: 'case_consent_recorded', change: { caseConsent: { scope: 'share_in_organisation', givenBy: 'legal_representative' } } },
      { action: 'case_consent_withdrawn', change: { caseConsent: { scope: 'share_in_organisation', givenBy: 'legal_representative' } } },
      { action: 'case_consent_withdrawn', change: { caseConsent: { scope: 'discuss_in_team', givenBy: 'resident' } } },
    ]);
    const { auditLog } = await admin.ok(CHANGES_IN_LOG, { input: { organisationId, action: 'case_consent_withdrawn' } });
    expect(auditLog.events.filter((e) => [team.id, organisation.id].includes(e.subjectId!)).map((e) => e.change)).toEqual([
      'Toestemming voor: Bespreken in het team (De bewoner zelf)',
      'Toestemming voor: Delen in de organisatie (Wettelijk vertegenwoordiger)',
    ]);
    // Each narrowing a withdrawal made is in the log, from what to what.
    expect(
      await kring.sql(
        `SELECT change FROM audit_event WHERE action = 'case_visibility_changed' AND subject_id = $1 ORDER BY created_at, id`,
        [created.id],
      ),
    ).toEqual([
      { change: { visibility: ['private', 'organisation'] } },
      { change: { visibility: ['organisation', 'team'] } },
      { change: { visibility: ['team', 'session'] } },
    ]);

    const refusedShare = await bram.request(SHARE, { input: { caseId: created.id, visibility: 'team' } });
    expect(refusedShare.errors?.[0].extensions?.code).toBe('CONSENT_REQUIRED');
  });

  it('refuses consent dated in the future or on a date that does not exist', async () => {
    const created = await createCase(bram);
    const future = await bram.request(CONSENT, {
      input: { caseId: created.id, scope: 'discuss_in_team', givenBy: 'resident', form: 'standard', givenOn: '2999-01-01' },
    });
    expect(future.errors?.[0].extensions?.fields).toEqual({ givenOn: 'Datum van de toestemming mag niet in de toekomst liggen' });
    const impossible = await bram.request(CONSENT, {
      input: { caseId: created.id, scope: 'discuss_in_team', givenBy: 'resident', form: 'standard', givenOn: '2025-02-30' },
    });
    expect(impossible.errors?.[0].extensions?.fields).toEqual({ givenOn: 'Datum van de toestemming is geen geldige datum' });
    expect((await kring.sql(`SELECT id FROM case_consent WHERE case_id = $1`, [created.id])).length).toBe(0);
  });

  it("catches the register's names and nicknames, and shows them only to managers", async () => {
    const text = 'Rietje wilde niet eten. Mevrouw Bakker zei later dat ze geen honger had.';
    // A honorific with a surname is a name even before anyone is registered; "Rietje" alone is not yet known.
    expect((await bram.ok(CHECK, { organisationId, text })).checkIdentifyingDetails).toEqual([
      { kind: 'name', start: 24, end: 38, match: 'Mevrouw Bakker', label: 'Naam' },
    ]);

    const entry = (
      await admin.ok(ADD_ENTRY, { input: { organisationId, pseudonym: 'Mevrouw R.', watchNames: ['Riet Bakker', ' Rietje ', 'Rietje'] } })
    ).addResidentRegisterEntry;
    expect(entry).toMatchObject({ pseudonym: 'Mevrouw R.', watchNames: ['Riet Bakker', 'Rietje'] });
    const found = (await bram.ok(CHECK, { organisationId, text })).checkIdentifyingDetails;
    expect(found).toEqual([
      { kind: 'name', start: 0, end: 6, match: 'Rietje', label: 'Naam' },
      { kind: 'name', start: 24, end: 38, match: 'Mevrouw Bakker', label: 'Naam' },
    ]);

    // Colleagues see the pseudonyms, to use them; the names only for managers.
    expect((await bram.ok(REGISTER, { organisationId })).residentRegister).toEqual([
      { id: entry.id, pseudonym: 'Mevrouw R.', watchNames: null },
    ]);
    expect((await admin.ok(REGISTER, { organisationId })).residentRegister).toEqual([
      { id: entry.id, pseudonym: 'Mevrouw R.', watchNames: ['Riet Bakker', 'Rietje'] },
    ]);
    expect(
      (await bram.request(ADD_ENTRY, { input: { organisationId, pseudonym: 'Meneer K.', watchNames: ['Karel'] } })).errors?.[0].extensions
        ?.code,
    ).toBe('FORBIDDEN');

    const revealing = await admin.request(ADD_ENTRY, {
      input: { organisationId, pseudonym: 'Mevrouw Jansen', watchNames: ['Anna Jansen'] },
    });
    expect(revealing.errors?.[0]).toMatchObject({
      extensions: { code: 'PSEUDONYM_IDENTIFYING' },
      message: expect.stringMatching(/echte naam/),
    });
    // Said beside the pseudonym's box (the form places a field's message there), not only by the button.
    expect(revealing.errors?.[0].extensions?.fields).toEqual({ pseudonym: revealing.errors?.[0].message });
    const colleagueName = await admin.request(ADD_ENTRY, { input: { organisationId, pseudonym: 'Sanne', watchNames: ['Gerda'] } });
    expect(colleagueName.errors?.[0].extensions?.code).toBe('PSEUDONYM_IDENTIFYING');
    const taken = await admin.request(ADD_ENTRY, { input: { organisationId, pseudonym: 'mevrouw r.', watchNames: ['Roos'] } });
    expect(taken.errors?.[0].extensions?.code).toBe('PSEUDONYM_TAKEN');
    expect(taken.errors?.[0].extensions?.fields).toEqual({ pseudonym: 'Dit pseudoniem staat al in het register.' });
    const blank = await admin.request(ADD_ENTRY, { input: { organisationId, pseudonym: 'Meneer K.', watchNames: ['  '] } });
    expect(blank.errors?.[0].extensions?.fields).toEqual({ watchNames: 'Namen om op te letten is verplicht' });
    expect(await count('resident_register')).toBe(1);

    const updated = (await admin.ok(UPDATE_ENTRY, { input: { entryId: entry.id, pseudonym: 'Mevrouw R.', watchNames: ['Rietje'] } }))
      .updateResidentRegisterEntry;
    expect(updated.watchNames).toEqual(['Rietje']);
    // "Bakker" is no longer registered; "Mevrouw Bakker" is still a honorific with a surname.
    expect((await bram.ok(CHECK, { organisationId, text })).checkIdentifyingDetails.map((f: { match: string }) => f.match)).toEqual([
      'Rietje',
      'Mevrouw Bakker',
    ]);

    expect((await admin.ok(REMOVE_ENTRY, { entryId: entry.id })).removeResidentRegisterEntry).toBe(true);
    expect((await bram.ok(CHECK, { organisationId, text })).checkIdentifyingDetails.map((f: { match: string }) => f.match)).toEqual([
      'Mevrouw Bakker',
    ]);
    // Only reading the names is recorded: a manager picking a pseudonym in the editor reads none.
    await admin.ok(`query P($organisationId: ID!) { residentRegister(organisationId: $organisationId) { id pseudonym } }`, {
      organisationId,
    });
    expect((await kring.sql(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'resident_register_read'`))[0]).toEqual({ n: 1 });
  });

  it('refuses an oversized chapter with the field named, storing nothing', async () => {
    const created = await createCase(bram);
    const huge = 'a'.repeat(LIMITS.longText + 1);
    const added = await bram.request(ADD_CHAPTER, { input: { caseId: created.id, title: 'Hoe het verder ging', body: huge } });
    expect(added.status).toBe(200);
    expect(added.errors?.[0].extensions?.fields).toEqual({ body: 'Tekst mag hoogstens 20.000 tekens lang zijn' });
    const before = await count('case_file');
    const createdHuge = await tryCreateCase(bram, { title: 'Te lang', ...beginning(huge) });
    expect(createdHuge.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await count('case_file')).toBe(before);
    const chapters = await kring.sql(`SELECT position FROM case_chapter WHERE case_id = $1`, [created.id]);
    expect(chapters).toEqual([{ position: 1 }]);
    // The biggest allowed chapter is fine.
    const largest = await bram.ok(ADD_CHAPTER, {
      input: { caseId: created.id, title: 'Hoe het verder ging', body: 'b'.repeat(LIMITS.longText) },
    });
    expect(largest.addCaseChapter.position).toBe(2);
  });
});
