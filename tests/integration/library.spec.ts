import { LOGIN, PASSWORD, secondOrganisation } from '../support/fixtures';
import { GraphqlClient } from '../support/graphql-client';
import type { LibrarySourceInput } from '../support/documents.generated';
import { startTestKring, TestKring } from '../support/kring-test-app';
import { LiveScreen, planIncidentSession, teamCase, teamWithPeople } from '../support/session-fixtures';
import { hashPassword } from '../../apps/api/src/modules/accounts/password-hasher';
import { watchMail } from '../support/mail-watch';

const HIT = `id kind audience title valueIds fromOwnOrganisation teamName snippet { text match } setting { organisationKind locationKind clientGroups }`;
const SEARCH = `query S($input: LibrarySearchInput!) { librarySearch(input: $input) { more hits { ${HIT} } } }`;
const NETWORK_SEARCH = `query N($input: NetworkLibrarySearchInput!) { networkLibrarySearch(input: $input) { more hits { id title } } }`;
const ITEM = `query I($organisationId: ID!, $libraryItemId: ID!) { libraryItem(organisationId: $organisationId, libraryItemId: $libraryItemId) { ${HIT} body } }`;
const DRAFT = `query D($input: LibrarySourceInput!) { libraryShareDraft(input: $input) {
  title body maskedTitle maskedBody suggestedValueIds findings { field kind match label } source { allowedAudiences ready share { audience visibleNow } } } }`;
const SHARE = `mutation S($input: ShareInLibraryInput!) { shareInLibrary(input: $input) { id kind audience title body } }`;
const CANDIDATES = `query C($organisationId: ID!) { libraryShareCandidates(organisationId: $organisationId) { kind sourceId title excerpt ready allowedAudiences share { itemId audience visibleNow } } }`;

const STORY_BODY = 'Op zaterdag gingen de bewoners samen wandelen langs het weiland. Daarna dronken we koffie in de keuken, zoals thuis.';
const CASE_CHAPTER = 'Meneer wandelde elke ochtend met Fatima naar de kippen in Lochem. Het ritme gaf hem rust.';

describe('the community library: sharing with anonymisation, and Dutch search that respects every permission', () => {
  let kring: TestKring;
  let org: Awaited<ReturnType<typeof teamWithPeople>>;
  let neighbour: Awaited<ReturnType<typeof secondOrganisation>>;
  let outsider: Awaited<ReturnType<typeof secondOrganisation>>;
  let networkId: string;
  let storyId: string;
  let storyToken: string;
  let caseId: string;
  let lessonId: string;
  const items: Record<string, string> = {};
  const anonymous = () => new GraphqlClient(kring.url);
  const search = (client: GraphqlClient, organisationId: string, input: Record<string, unknown>) =>
    client.ok(SEARCH, { input: { organisationId, ...input } }).then((d) => d.librarySearch);

  beforeAll(async () => {
    kring = await startTestKring();
    org = await teamWithPeople(kring);
    neighbour = await secondOrganisation(kring);
    outsider = await secondOrganisation(kring, 'Het Anker', 'kees@anker.test');
    [{ id: networkId }] = await kring.sql<{ id: string }>(
      `INSERT INTO learning_network (name) VALUES ('Lerend netwerk Oost') RETURNING id`,
    );
    await kring.sql(`UPDATE organisation SET network_id = $1 WHERE id IN ($2, $3)`, [
      networkId,
      org.organisationId,
      neighbour.organisationId,
    ]);
    await kring.sql(`UPDATE organisation SET client_groups = '{older_people,dementia}' WHERE id = $1`, [org.organisationId]);
    const [location] = await kring.sql<{ id: string }>(
      `INSERT INTO location (organisation_id, name, kind, place) VALUES ($1, 'De Wei', 'care_farm', 'Lochem') RETURNING id`,
      [org.organisationId],
    );
    await kring.sql(`UPDATE team SET location_id = $1 WHERE id = $2`, [location.id, org.teamId]);

    // A story told by a relative, approved through her link for the team, the organisation and the network.
    const story = await org.bram.client.ok(`mutation C($input: CreateStoryInput!) { createStory(input: $input) { id } }`, {
      input: {
        organisationId: org.organisationId,
        teamId: org.teamId,
        title: 'Samen op pad',
        body: STORY_BODY,
        valueIds: ['everyday_life'],
        storytellerName: 'Mevrouw Jansen',
        storytellerEmail: 'jansen@voorbeeld.test',
      },
    });
    storyId = story.createStory.id;
    // The storyteller's link reaches her mail only; it is read here as it passes.
    const mail = watchMail(kring);
    await org.bram.client.ok(`mutation S($input: SendStoryForCheckInput!) { sendStoryForCheck(input: $input) { emailed } }`, {
      input: { storyId, validDays: 30 },
    });
    storyToken = mail.token('jansen@voorbeeld.test', '/verhaal');
    mail.stop();
    await anonymous().ok(`mutation A($input: AnswerStoryCheckByLinkInput!) { answerStoryCheckByLink(input: $input) { checkStatus } }`, {
      input: { token: storyToken, revision: 1, decision: 'approve', audiences: ['team', 'organisation', 'network'] },
    });

    // A case with a colleague's name and a place in it.
    caseId = await teamCase(org, org.bram, 'Vaste ochtendronde', CASE_CHAPTER, { acknowledgeWarnings: true });

    // A lesson (leerpunt) of a session whose report is approved.
    const session = await planIncidentSession(org);
    const harvest = await org.sanne.client.ok(
      `mutation H($input: AddHarvestItemInput!) { addHarvestItem(input: $input) { items { id kind } } }`,
      {
        input: { sessionId: session.id, kind: 'insight', body: 'Vraag de bewoner eerst wat zij zelf wil eten, ook als het druk is.' },
      },
    );
    lessonId = harvest.addHarvestItem.items[0].id;
    const room = await LiveScreen.open(kring.url, org.sanne);
    await room.join(session.id);
    await room.ok(session.id, { type: 'startSession' });
    await room.ok(session.id, { type: 'endSession' });
    room.close();
    await org.sanne.client.ok(`mutation A($id: ID!) { approveReport(sessionId: $id) { approvedAt } }`, { id: session.id });
  });
  afterAll(() => kring.close());

  it('offers each owner what they may share, with what consent allows now', async () => {
    const bram = (await org.bram.client.ok(CANDIDATES, { organisationId: org.organisationId })).libraryShareCandidates;
    expect(bram.map((c: { kind: string; title: string; allowedAudiences: string[] }) => [c.kind, c.title, c.allowedAudiences])).toEqual([
      ['case', 'Vaste ochtendronde', []],
      ['story', 'Samen op pad', ['organisation', 'network']],
    ]);
    const sanne = (await org.sanne.client.ok(CANDIDATES, { organisationId: org.organisationId })).libraryShareCandidates;
    expect(sanne).toEqual([
      {
        kind: 'lesson',
        sourceId: lessonId,
        title: 'Wat deden we toen meneer K. ’s nachts naar buiten wilde?',
        excerpt: 'Vraag de bewoner eerst wat zij zelf wil eten, ook als het druk is.',
        ready: true,
        allowedAudiences: ['organisation', 'network'],
        share: null,
      },
    ]);
    const notOwner = await org.fatima.client.request(DRAFT, {
      input: { organisationId: org.organisationId, sourceKind: 'case', sourceId: caseId },
    });
    expect(notOwner.errors?.[0].extensions?.code).toBe('LIBRARY_NOT_OWNER');
  });

  it('reviews the texts with the guard, proposes them masked, and refuses them unmasked', async () => {
    const source: LibrarySourceInput = { organisationId: org.organisationId, sourceKind: 'case', sourceId: caseId };
    const { libraryShareDraft: draft } = await org.bram.client.ok(DRAFT, { input: source });
    expect(draft.findings.map((f: { match: string; label: string }) => [f.match, f.label])).toEqual([
      ['Fatima', 'Naam'],
      ['Lochem', 'Naam'],
    ]);
    expect(draft.body).toBe(`Het begin\n${CASE_CHAPTER}`);
    expect(draft.maskedBody).toBe('Het begin\nMeneer wandelde elke ochtend met [naam] naar de kippen in [naam]. Het ritme gaf hem rust.');

    const share = { ...source, audience: 'network' as const, title: draft.maskedTitle, valueIds: ['feeling_at_home'] };
    // No consent to share in the network yet.
    const noConsent = await org.bram.client.request(SHARE, { input: { ...share, body: draft.maskedBody } });
    expect(noConsent.errors?.[0].extensions?.code).toBe('CONSENT_REQUIRED');
    await org.bram.client.ok(`mutation K($input: RecordCaseConsentInput!) { recordCaseConsent(input: $input) { id } }`, {
      input: { caseId, scope: 'share_in_network', givenBy: 'legal_representative', form: 'standard', givenOn: '2025-03-01' },
    });
    const unmasked = await org.bram.client.request(SHARE, { input: { ...share, body: draft.body } });
    expect(unmasked.errors?.[0].extensions).toMatchObject({
      code: 'LIBRARY_IDENTIFYING_DETAILS',
      findings: [{ match: 'Fatima' }, { match: 'Lochem' }],
    });
    expect(await kring.sql(`SELECT id FROM library_item`)).toEqual([]);

    const shared = (await org.bram.client.ok(SHARE, { input: { ...share, body: draft.maskedBody } })).shareInLibrary;
    expect(shared).toMatchObject({ kind: 'case', audience: 'network', body: draft.maskedBody });
    items.case = shared.id;
  });

  it('shares an approved story with the network and a lesson with the own organisation only', async () => {
    // When a story leaves the team, the guard also looks for its teller's name.
    const named = await org.bram.client.request(SHARE, {
      input: {
        organisationId: org.organisationId,
        sourceKind: 'story',
        sourceId: storyId,
        audience: 'network',
        title: 'Samen op pad met mevrouw Jansen',
        body: STORY_BODY,
        valueIds: [],
      },
    });
    expect(named.errors?.[0].extensions).toMatchObject({
      code: 'LIBRARY_IDENTIFYING_DETAILS',
      findings: [{ field: 'title', match: 'mevrouw Jansen' }],
    });
    const story = (
      await org.bram.client.ok(SHARE, {
        input: {
          organisationId: org.organisationId,
          sourceKind: 'story',
          sourceId: storyId,
          audience: 'network',
          title: 'Samen op pad',
          body: STORY_BODY,
          valueIds: ['everyday_life'],
        },
      })
    ).shareInLibrary;
    items.story = story.id;
    const lesson = (
      await org.sanne.client.ok(SHARE, {
        input: {
          organisationId: org.organisationId,
          sourceKind: 'lesson',
          sourceId: lessonId,
          audience: 'organisation',
          title: 'Eerst vragen',
          body: 'Vraag de bewoner eerst wat zij zelf wil eten, ook als het druk is.',
          valueIds: [],
        },
      })
    ).shareInLibrary;
    items.lesson = lesson.id;
  });

  it('finds Dutch word forms the text does not literally contain, with the matches highlighted', async () => {
    // "bewoner" finds "bewoners"; only what the network may read reaches the neighbour.
    const bewoner = await search(neighbour.admin, neighbour.organisationId, { query: 'bewoner' });
    expect(bewoner.hits.map((h: { id: string }) => h.id)).toEqual([items.story]);
    expect(bewoner.hits[0].snippet.filter((p: { match: boolean }) => p.match).map((p: { text: string }) => p.text)).toEqual(['bewoners']);
    expect(bewoner.hits[0]).toMatchObject({
      fromOwnOrganisation: false,
      teamName: null,
      // The only care farm in the network, with the only care-farm location and groups no one else names: each would name
      // it (sharedDescriptor), so each is left out.
      setting: { organisationKind: null, locationKind: null, clientGroups: [] },
    });
    // "wandelde" finds the story, which only says "wandelen", and the case, which says "wandelde".
    const wandelde = await search(neighbour.admin, neighbour.organisationId, { query: 'wandelde' });
    expect(wandelde.hits.map((h: { id: string }) => h.id).sort()).toEqual([items.case, items.story].sort());
    const storyHit = wandelde.hits.find((h: { id: string }) => h.id === items.story);
    expect(storyHit!.snippet.filter((p: { match: boolean }) => p.match).map((p: { text: string }) => p.text)).toEqual(['wandelen']);
    // The own organisation also finds what it shared with itself.
    const own = await search(org.fatima.client, org.organisationId, { query: 'bewoner' });
    expect(own.hits.map((h: { id: string }) => h.id).sort()).toEqual([items.lesson, items.story].sort());
    expect(own.hits.find((h: { id: string }) => h.id === items.lesson)).toMatchObject({
      fromOwnOrganisation: true,
      teamName: 'Team wonen',
    });
  });

  it('filters by value, setting, resident group and kind', async () => {
    const count = async (input: Record<string, unknown>) => (await search(neighbour.admin, neighbour.organisationId, input)).hits.length;
    expect(await count({})).toBe(2);
    expect(await count({ valueIds: ['feeling_at_home'] })).toBe(2);
    expect(await count({ valueIds: ['everyday_life'] })).toBe(1);
    expect(await count({ organisationKinds: ['small_home'] })).toBe(0);
    expect(await count({ clientGroups: ['youth'] })).toBe(0);
    // The own organisation filters on its own setting and groups, however few share them.
    const own = async (input: Record<string, unknown>) => (await search(org.fatima.client, org.organisationId, input)).hits.length;
    expect(await own({ locationKinds: ['care_farm'] })).toBeGreaterThan(0);
    expect(await own({ clientGroups: ['dementia'], sourceKinds: ['lesson'] })).toBe(1);
  });

  it('never names or filters on a kind of organisation or location, or a client group, fewer than five organisations of the network share', async () => {
    const hits = (input: Record<string, unknown>) => search(neighbour.admin, neighbour.organisationId, input).then((r) => r.hits);
    const filters = [{ organisationKinds: ['care_farm'] }, { locationKinds: ['care_farm'] }, { clientGroups: ['dementia'] }];
    // The network's only care farm: a filter on what only it has would find exactly that organisation, so it finds nothing.
    for (const filter of filters) expect(await hits(filter)).toEqual([]);
    // Its own organisation still filters on its own kind.
    expect((await search(org.fatima.client, org.organisationId, { organisationKinds: ['care_farm'] })).hits.length).toBeGreaterThan(0);
    for (const sharing of [4, 5]) {
      await kring.sql(`DELETE FROM organisation WHERE name LIKE 'Zorgboerderij nummer %'`);
      for (let n = 1; n < sharing; n++) {
        const [farm] = await kring.sql<{ id: string }>(
          `INSERT INTO organisation (name, kind, network_id, client_groups) VALUES ($1, 'care_farm', $2, '{dementia}') RETURNING id`,
          [`Zorgboerderij nummer ${n}`, networkId],
        );
        await kring.sql(`INSERT INTO location (organisation_id, name, kind) VALUES ($1, 'De stal', 'care_farm')`, [farm.id]);
      }
      const found = await Promise.all(filters.map(async (filter) => (await hits(filter)).length));
      const settings = (await hits({})).map((h: { setting: Record<string, unknown> }) => JSON.stringify(h.setting));
      const shown = sharing < 5 ? [null, null, []] : ['care_farm', 'care_farm', ['dementia']];
      expect({ sharing, found, settings: [...new Set(settings)] }).toEqual({
        sharing,
        found: sharing < 5 ? [0, 0, 0] : [2, 2, 2],
        // 'older_people' no other organisation names: left out either way.
        settings: [JSON.stringify({ organisationKind: shown[0], locationKind: shown[1], clientGroups: shown[2] })],
      });
    }
    await kring.sql(`DELETE FROM location WHERE name = 'De stal'`);
    await kring.sql(`DELETE FROM organisation WHERE name LIKE 'Zorgboerderij nummer %'`);
  });

  it('reads an item without naming where it comes from, and records the reading', async () => {
    const { libraryItem } = await neighbour.admin.ok(ITEM, { organisationId: neighbour.organisationId, libraryItemId: items.story });
    expect(libraryItem).toMatchObject({ title: 'Samen op pad', body: STORY_BODY, teamName: null });
    expect(JSON.stringify(libraryItem)).not.toMatch(/Hoeve|Team wonen|Lochem/);
    expect(
      await kring.sql(`SELECT organisation_id FROM audit_event WHERE action = 'library_item_read' AND subject_id = $1`, [items.story]),
    ).toEqual([{ organisation_id: neighbour.organisationId }]);
    const lesson = await neighbour.admin.request(ITEM, { organisationId: neighbour.organisationId, libraryItemId: items.lesson });
    expect(lesson.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('shows nothing to an organisation outside the network, and lets the coordinator search the network', async () => {
    expect((await search(outsider.admin, outsider.organisationId, { query: 'bewoner' })).hits.length).toBe(0);
    const foreign = await outsider.admin.request(SEARCH, { input: { organisationId: org.organisationId, query: 'bewoner' } });
    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const [coordinator] = await kring.sql<{ id: string }>(
      `INSERT INTO person (email, display_name, password_hash) VALUES ('coord@oost.test', 'Coördinator', $1) RETURNING id`,
      [await hashPassword(PASSWORD, 'light')],
    );
    await kring.sql(`INSERT INTO membership (person_id, network_id, role) VALUES ($1, $2, 'network_coordinator')`, [
      coordinator.id,
      networkId,
    ]);
    const client = new GraphqlClient(kring.url);
    await client.ok(LOGIN, { email: 'coord@oost.test', password: PASSWORD });
    const network = (await client.ok(NETWORK_SEARCH, { input: { networkId, query: 'bewoner' } })).networkLibrarySearch;
    expect(network.hits.map((h: { id: string }) => h.id)).toEqual([items.story]);
    const elsewhere = await outsider.admin.request(NETWORK_SEARCH, { input: { networkId, query: 'bewoner' } });
    expect(elsewhere.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('drops an item from every search the moment its consent is withdrawn, and never shows a stale copy', async () => {
    // The storyteller withdraws consent for the network through her link.
    await anonymous().ok(`mutation A($input: AnswerStoryCheckByLinkInput!) { answerStoryCheckByLink(input: $input) { checkStatus } }`, {
      input: { token: storyToken, revision: 1, audiences: ['team', 'organisation'] },
    });
    expect((await search(neighbour.admin, neighbour.organisationId, { query: 'bewoner' })).hits.length).toBe(0);
    // The own organisation no longer finds the story either. The case (which says "wandelde") Bram, who shared it, still
    // finds; his colleagues never did: its consent is for the network only.
    expect((await search(org.bram.client, org.organisationId, { query: 'wandelen' })).hits.map((h: { id: string }) => h.id)).toEqual([
      items.case,
    ]);
    expect((await search(org.fatima.client, org.organisationId, { query: 'wandelen' })).hits).toEqual([]);
    const read = await neighbour.admin.request(ITEM, { organisationId: neighbour.organisationId, libraryItemId: items.story });
    expect(read.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    // The legal representative withdraws the case's network consent.
    const [consent] = await kring.sql<{ id: string }>(`SELECT id FROM case_consent WHERE case_id = $1`, [caseId]);
    await org.bram.client.ok(`mutation W($input: WithdrawCaseConsentInput!) { withdrawCaseConsent(input: $input) { active } }`, {
      input: { consentId: consent.id },
    });
    expect((await search(neighbour.admin, neighbour.organisationId, {})).hits.length).toBe(0);

    // The owners see why: still shared, but shown to no one.
    const candidates = (await org.bram.client.ok(CANDIDATES, { organisationId: org.organisationId })).libraryShareCandidates;
    expect(candidates.map((c) => [c.kind, c.share?.visibleNow])).toEqual([
      ['case', false],
      ['story', false],
    ]);
  });

  it('keeps a story shared with the network on network consent alone from its own colleagues, who may know the resident', async () => {
    const answer = (audiences: ('team' | 'organisation' | 'network')[]) =>
      anonymous().ok(`mutation A($input: AnswerStoryCheckByLinkInput!) { answerStoryCheckByLink(input: $input) { checkStatus } }`, {
        input: { token: storyToken, revision: 1, audiences },
      });
    const ownFinds = async () =>
      (await search(org.fatima.client, org.organisationId, { query: 'koffie' })).hits.map((h: { id: string }) => h.id);
    await answer(['network']);
    expect((await search(neighbour.admin, neighbour.organisationId, { query: 'koffie' })).hits.length).toBe(1);
    expect(await ownFinds()).toEqual([]);
    const read = await org.fatima.client.request(ITEM, { organisationId: org.organisationId, libraryItemId: items.story });
    expect(read.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    // Bram, who shared it, still reads what he shared.
    expect((await search(org.bram.client, org.organisationId, { query: 'koffie' })).hits.map((h: { id: string }) => h.id)).toEqual([
      items.story,
    ]);
    await answer(['organisation', 'network']);
    expect(await ownFinds()).toEqual([items.story]);
  });

  it('hides a story that changed since it was shared, until it is approved and shared again', async () => {
    await anonymous().ok(`mutation A($input: AnswerStoryCheckByLinkInput!) { answerStoryCheckByLink(input: $input) { checkStatus } }`, {
      input: { token: storyToken, revision: 1, audiences: ['team', 'organisation', 'network'] },
    });
    expect((await search(neighbour.admin, neighbour.organisationId, { query: 'koffie' })).hits.length).toBe(1);
    await org.bram.client.ok(`mutation U($input: UpdateStoryInput!) { updateStory(input: $input) { revision } }`, {
      input: { storyId, title: 'Samen op pad', body: `${STORY_BODY} Ze zong onderweg.`, valueIds: ['everyday_life'] },
    });
    expect((await search(neighbour.admin, neighbour.organisationId, { query: 'koffie' })).hits.length).toBe(0);
  });

  it('takes an item out of the library for good when its owner withdraws it', async () => {
    const refused = await org.fatima.client.request(`mutation W($id: ID!) { withdrawFromLibrary(libraryItemId: $id) }`, {
      id: items.lesson,
    });
    expect(refused.errors?.[0].extensions?.code).toBe('LIBRARY_NOT_OWNER');
    await org.sanne.client.ok(`mutation W($id: ID!) { withdrawFromLibrary(libraryItemId: $id) }`, { id: items.lesson });
    expect(await kring.sql(`SELECT id FROM library_item WHERE id = $1`, [items.lesson])).toEqual([]);
    expect((await search(org.fatima.client, org.organisationId, { query: 'bewoner' })).hits.length).toBe(0);
  });
  it("shares an excerpt of a closed mirror report as its host, masked for the visitors' names, while the host lets the network read the report", async () => {
    const [visit] = await kring.sql<{ id: string }>(
      `INSERT INTO peer_visit (network_id, organisation_id, visiting_organisation_id, status, focus_question, lens_version, lens, report_status, report_visibility, report_summary, host_reflection, closed_at)
       VALUES ($1, $2, $3, 'agreed', 'Hoe houden we de avonden rustig?', 1, '{"valueIds": ["being_together"]}', 'closed', 'network',
         'De bezoekers van De Lindehof zagen hoe bewoners zelf hun avond indelen. Joke Visser vroeg naar de stilte na het eten.', 'We laten de avondronde los.', now())
       RETURNING id`,
      [networkId, org.organisationId, neighbour.organisationId],
    );
    await kring.sql(
      `INSERT INTO peer_visit_member (visit_id, network_id, organisation_id, role, display_name) VALUES ($1, $2, $3, 'expert', 'Joke Visser')`,
      [visit.id, networkId, neighbour.organisationId],
    );
    const source: LibrarySourceInput = { organisationId: org.organisationId, sourceKind: 'mirror_report', sourceId: visit.id };
    // The host decides: a care entrepreneur of the visited organisation, not its administrator as such.
    expect((await org.ingrid.client.request(DRAFT, { input: source })).errors?.[0].extensions?.code).toBe('LIBRARY_NOT_OWNER');
    await kring.sql(`INSERT INTO membership (person_id, organisation_id, role) VALUES ($1, $2, 'entrepreneur')`, [
      org.ingrid.personId,
      org.organisationId,
    ]);
    const { libraryShareDraft: draft } = await org.ingrid.client.ok(DRAFT, { input: source });
    expect(draft.findings.map((f: { match: string }) => f.match)).toEqual(['De Lindehof', 'Joke Visser']);
    expect(draft.suggestedValueIds).toEqual(['being_together']);
    const shared = (
      await org.ingrid.client.ok(SHARE, {
        input: { ...source, audience: 'network', title: draft.maskedTitle, body: draft.maskedBody, valueIds: ['being_together'] },
      })
    ).shareInLibrary;
    expect(shared.body).toBe(
      'De bezoekers van [naam] zagen hoe bewoners zelf hun avond indelen. [naam] vroeg naar de stilte na het eten.\n\nWe laten de avondronde los.',
    );
    expect((await search(neighbour.admin, neighbour.organisationId, { query: 'avond' })).hits.map((h: { id: string }) => h.id)).toEqual([
      shared.id,
    ]);

    // The host narrows who reads the report: the excerpt leaves the network's library with it.
    await kring.sql(`UPDATE peer_visit SET report_visibility = 'organisation' WHERE id = $1`, [visit.id]);
    expect((await search(neighbour.admin, neighbour.organisationId, { query: 'avond' })).hits).toEqual([]);
    const again = await org.ingrid.client.request(SHARE, {
      input: { ...source, audience: 'network', title: draft.maskedTitle, body: draft.maskedBody, valueIds: [] },
    });
    expect(again.errors?.[0].message).toBe(
      'De gastheer liet het spiegelrapport (nu) niet lezen door het lerend netwerk, zonder namen; alleen dan kan een deel ervan daar de bibliotheek in.',
    );
  });
});
