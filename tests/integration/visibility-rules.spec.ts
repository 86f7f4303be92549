import {
  CASE_VISIBILITIES,
  CASE_VISIBILITY_RULE,
  EXPORTED_HARVEST_KINDS,
  harvestKindsOnScreen,
  MIRROR_REPORT_RULE,
  ReaderRole,
  ReadingView,
  REPORT_VISIBILITIES,
  seesStoryteller,
  STORY_RULE,
  StoryAudience,
  viewFor,
} from '@kring/domain';
import { secondOrganisation } from '../support/fixtures';
import { GraphqlClient } from '../support/graphql-client';
import { startTestKring, TestKring } from '../support/kring-test-app';
import { agreedVisit, demoNetwork, noteEdit, SYNC } from './peer-visits-fixtures';

/**
 * One test per visibility rule (issue #15.3), generated over every reader:
 * for each state the rule tells apart, every person of the demo network (and
 * someone outside it, and a relative without an account) reads the content
 * through the real API, and what they get must be exactly what the rule —
 * the same rule whose sentence the screen shows — says for their roles.
 */

/** A person and the roles they hold towards the content of one test. */
interface Reader {
  name: string;
  client: GraphqlClient;
  roles: ReaderRole[];
}

const CASE = `query C($id: ID!) { case(id: $id) { id chapters { body } } }`;
const CASE_LIST = `query L($organisationId: ID!) { cases(organisationId: $organisationId) { id } }`;
const CASE_CONSENT = `mutation K($input: RecordCaseConsentInput!) { recordCaseConsent(input: $input) { id } }`;
const SHARE_CASE = `mutation V($input: SetCaseVisibilityInput!) { setCaseVisibility(input: $input) { visibility } }`;
const REPORT = `query R($id: ID!) { mirrorReport(visitId: $id) { anonymised summary status visibility notes { body } } }`;
const STORY = `query S($storyId: ID!) { story(storyId: $storyId) { id body revision approvedRevision audiences storyteller { name } } }`;
const HARVEST = `query H($id: ID!) { session(sessionId: $id) { harvest { items { kind body } } } }`;
const REPORT_MARKDOWN = `query M($id: ID!) { sessionReportMarkdown(sessionId: $id) }`;

describe('visibility rules: every reader gets what the rule (and its sentence) says', () => {
  let kring: TestKring;
  let net: Awaited<ReturnType<typeof demoNetwork>>;
  let hoeve: string;
  let anonymous: GraphqlClient;
  let outsider: GraphqlClient;
  /** Every person in the matrix, by first name; their roles are set per content. */
  let people: Record<string, GraphqlClient>;

  const teamId = async (organisationId: string, like: string) =>
    (await kring.sql<{ id: string }>(`SELECT id FROM team WHERE organisation_id = $1 AND name ILIKE $2`, [organisationId, `%${like}%`]))[0]
      .id;

  beforeAll(async () => {
    kring = await startTestKring();
    net = await demoNetwork(kring);
    hoeve = net.organisations.hoeve;
    anonymous = new GraphqlClient(kring.url);
    outsider = (await secondOrganisation(kring, 'De Buitenhof', 'anna@buitenhof.test')).admin;
    people = {
      ingrid: await net.as('ingrid@hoeve.demo'),
      sanne: await net.as('sanne@hoeve.demo'),
      bram: await net.as('bram@hoeve.demo'),
      fatima: await net.as('fatima@hoeve.demo'),
      kees: await net.as('kees@hoeve.demo'),
      marloes: await net.as('marloes@lindehof.demo'),
      els: await net.as('els@lindehof.demo'),
      peter: await net.as('peter@kompas.demo'),
      wilma: await net.as('wilma@netwerk.demo'),
    };
  });
  afterAll(() => kring.close());

  /** Readers outside the organisation that owns the content, the same for every kind. */
  const outside = (): Reader[] => [
    { name: 'peter (ander lid van het netwerk)', client: people.peter, roles: ['network_peer'] },
    { name: 'wilma (coördinator)', client: people.wilma, roles: ['network_coordinator'] },
    { name: 'anna (buiten het netwerk)', client: outsider, roles: ['other_organisation'] },
    { name: 'naaste zonder account', client: anonymous, roles: ['relative'] },
  ];

  describe('cases: participants read while the session runs, until its report is approved', () => {
    let caseId: string;
    let sessionId: string;
    let running = true;

    /** Fatima writes for team wonen; Sanne (dag, moderator) leads a session with Bram (dag) about the case. */
    const readers = (): Reader[] => [
      { name: 'fatima (schrijver)', client: people.fatima, roles: ['writer', 'team_member'] },
      { name: 'kees (team wonen)', client: people.kees, roles: ['team_member'] },
      {
        name: 'bram (team dag, uitgenodigd)',
        client: people.bram,
        roles: running ? ['session_participant', 'other_team'] : ['other_team'],
      },
      {
        name: 'sanne (gespreksleider)',
        client: people.sanne,
        roles: running ? ['session_participant', 'overview', 'other_team'] : ['overview', 'other_team'],
      },
      { name: 'ingrid (beheerder)', client: people.ingrid, roles: ['overview', 'other_team'] },
      { name: 'marloes (netwerk, andere organisatie)', client: people.marloes, roles: ['network_peer'] },
      ...outside(),
    ];

    /** The page and the list use one rule, so a reader either has both or neither. */
    async function observe(client: GraphqlClient): Promise<ReadingView> {
      const single = await client.request(CASE, { id: caseId });
      const list = await client.request(CASE_LIST, { organisationId: hoeve });
      const listed = !!list.data?.cases?.some((c: { id: string }) => c.id === caseId);
      const reads = !single.errors && single.data!.case.chapters[0].body === 'Ze wilde niet aan tafel.';
      expect({ listed }).toEqual({ listed: reads });
      return reads ? 'full' : 'none';
    }

    beforeAll(async () => {
      const wonen = await teamId(hoeve, 'wonen');
      const dag = await teamId(hoeve, 'dag');
      caseId = (
        await people.fatima.ok(`mutation C($input: CreateCaseInput!) { createCase(input: $input) { id } }`, {
          input: {
            organisationId: hoeve,
            teamId: wonen,
            title: 'Niet aan tafel',
            displayPseudonym: 'Mevrouw T.',
            firstChapter: { title: 'Het begin', body: 'Ze wilde niet aan tafel.' },
          },
        })
      ).createCase.id;
      for (const scope of ['discuss_in_team', 'share_in_organisation'] as const) {
        await people.fatima.ok(CASE_CONSENT, {
          input: { caseId, scope, givenBy: 'legal_representative', form: 'standard', givenOn: '2026-01-10' },
        });
      }
      await people.fatima.ok(SHARE_CASE, { input: { caseId, visibility: 'team' } });
      const [bram, sanne] = [await net.person('bram@hoeve.demo'), await net.person('sanne@hoeve.demo')];
      sessionId = (
        await people.sanne.ok(`mutation P($input: PlanSessionInput!) { planSession(input: $input) { id } }`, {
          input: {
            organisationId: hoeve,
            teamId: dag,
            question: 'Wat doen we als iemand niet aan tafel wil?',
            methodId: 'incident_method',
            scheduledAt: new Date().toISOString(),
            moderatorId: sanne,
            participantIds: [bram],
            lensIds: [],
            caseId,
          },
        })
      ).planSession.id;
    });

    async function checkEveryLevel() {
      for (const visibility of CASE_VISIBILITIES) {
        await people.fatima.ok(SHARE_CASE, { input: { caseId, visibility, acknowledgeWarnings: true } });
        const sentence = CASE_VISIBILITY_RULE.sentence({ visibility }).nl;
        const all = readers();
        const observed: Record<string, ReadingView> = {};
        for (const reader of all) observed[reader.name] = await observe(reader.client);
        const expected = Object.fromEntries(all.map((r) => [r.name, viewFor(CASE_VISIBILITY_RULE, { visibility }, r.roles)]));
        expect({ visibility, sentence, observed }).toEqual({ visibility, sentence, observed: expected });
      }
    }

    it('while the session is planned', async () => {
      await checkEveryLevel();
    });

    it('after the session, while the harvest is still written', async () => {
      // Ending a live session is the live room's command (tested there); here only its outcome matters.
      await kring.sql(`UPDATE reflection_session SET status = 'closed', ended_at = now() WHERE id = $1`, [sessionId]);
      await checkEveryLevel();
    });

    it('once the report is approved: an invited member of another team no longer reads it', async () => {
      await people.sanne.ok(`mutation A($id: ID!) { approveReport(sessionId: $id) { approvedAt } }`, { id: sessionId });
      running = false;
      await checkEveryLevel();
      await people.fatima.ok(SHARE_CASE, { input: { caseId, visibility: 'team' } });
      expect(await observe(people.bram)).toBe('none');
    });
  });

  describe('session reports: memos never leave the moderator’s screen', () => {
    it('shows each harvest part to whom the rule lets read it, and exports no memo for anyone', async () => {
      const dag = await teamId(hoeve, 'dag');
      const [bram, sanne] = [await net.person('bram@hoeve.demo'), await net.person('sanne@hoeve.demo')];
      const sessionId = (
        await people.sanne.ok(`mutation P($input: PlanSessionInput!) { planSession(input: $input) { id } }`, {
          input: {
            organisationId: hoeve,
            teamId: dag,
            question: 'Hoe vieren we verjaardagen?',
            methodId: 'incident_method',
            scheduledAt: new Date().toISOString(),
            moderatorId: sanne,
            participantIds: [bram],
            lensIds: [],
          },
        })
      ).planSession.id;
      const bodies = {
        insight: 'Vraag eerst wat zij wil.',
        advice: 'Neem de tijd.',
        memo: 'Het was zwaar voor de inbrenger; even bellen.',
      };
      for (const kind of Object.keys(bodies) as (keyof typeof bodies)[]) {
        await people.sanne.ok(`mutation H($input: AddHarvestItemInput!) { addHarvestItem(input: $input) { items { id } } }`, {
          input: { sessionId, kind, body: bodies[kind] },
        });
      }
      // The report is there once the session has ended (before that it is refused to everyone).
      await kring.sql(`UPDATE reflection_session SET status = 'closed', ended_at = now() WHERE id = $1`, [sessionId]);
      const readers: Reader[] = [
        { name: 'sanne (gespreksleider)', client: people.sanne, roles: ['session_moderator'] },
        { name: 'bram (deelnemer)', client: people.bram, roles: ['session_participant'] },
        { name: 'kees (niet uitgenodigd)', client: people.kees, roles: ['other_team'] },
        { name: 'ingrid (beheerder)', client: people.ingrid, roles: ['overview'] },
        ...outside(),
      ];
      for (const reader of readers) {
        const screen = await reader.client.request(HARVEST, { id: sessionId });
        const onScreen = screen.errors ? [] : (screen.data!.session.harvest?.items.map((i: { kind: string }) => i.kind) ?? []);
        const markdown = await reader.client.request(REPORT_MARKDOWN, { id: sessionId });
        const exported = markdown.errors
          ? []
          : (Object.keys(bodies) as (keyof typeof bodies)[]).filter((kind) => markdown.data!.sessionReportMarkdown.includes(bodies[kind]));
        const reads = harvestKindsOnScreen(reader.roles);
        expect({ reader: reader.name, onScreen, exported }).toEqual({
          reader: reader.name,
          onScreen: reads,
          exported: EXPORTED_HARVEST_KINDS.filter((k) => reads.includes(k)),
        });
      }
    });
  });

  describe('mirror reports: the draft is the visitors’, the host’s choice applies at once', () => {
    let visitId: string;
    let wonen: string;

    /** De Hoeve hosts (Ingrid), De Lindehof visits (Marloes, Els); the host may choose team wonen (Fatima). */
    const readers = (): Reader[] => [
      { name: 'marloes (bezoekende ondernemer)', client: people.marloes, roles: ['visitor', 'network_peer'] },
      { name: 'els (bezoekend team)', client: people.els, roles: ['visitor', 'network_peer'] },
      { name: 'ingrid (gastheer)', client: people.ingrid, roles: ['host', 'overview', 'other_team'] },
      { name: 'fatima (gekozen team)', client: people.fatima, roles: ['team_member', 'other_team'] },
      { name: 'bram (ander team gastheer)', client: people.bram, roles: ['other_team'] },
      { name: 'sanne (gespreksleider gastheer)', client: people.sanne, roles: ['overview', 'other_team'] },
      ...outside(),
    ];

    async function observe(client: GraphqlClient): Promise<ReadingView> {
      const result = await client.request(REPORT, { id: visitId });
      if (result.errors) return 'none';
      const report = result.data!.mirrorReport;
      // The host before the hand-over opens the visit's page without the visitors' draft on it.
      if (report.summary === '' && report.notes.length === 0) return 'none';
      return report.anonymised ? 'anonymised' : 'full';
    }

    beforeAll(async () => {
      visitId = await agreedVisit(net);
      wonen = await teamId(hoeve, 'wonen');
      await people.marloes.ok(SYNC, { input: { visitId, edits: [noteEdit({ body: 'Iedereen dekte samen de tafel.' })] } });
      await people.marloes.ok(`mutation D($input: UpdateReportDraftInput!) { updateReportDraft(input: $input) { status } }`, {
        input: { visitId, summary: 'Het erf leeft: iedereen doet mee naar vermogen.', excludedNoteIds: [] },
      });
    });

    async function checkEveryChoice(status: 'draft' | 'with_host' | 'closed') {
      for (const visibility of REPORT_VISIBILITIES) {
        await people.ingrid.ok(`mutation V($input: SetReportVisibilityInput!) { setReportVisibility(input: $input) { visibility } }`, {
          input: { visitId, visibility, teamId: visibility === 'team' ? wonen : null },
        });
        const state = { status, visibility };
        const all = readers();
        const observed: Record<string, ReadingView> = {};
        for (const reader of all) observed[reader.name] = await observe(reader.client);
        const expected = Object.fromEntries(all.map((r) => [r.name, viewFor(MIRROR_REPORT_RULE, state, r.roles)]));
        expect({ state, sentence: MIRROR_REPORT_RULE.sentence(state).nl, observed }).toEqual({
          state,
          sentence: MIRROR_REPORT_RULE.sentence(state).nl,
          observed: expected,
        });
      }
    }

    it('as a draft', async () => {
      await checkEveryChoice('draft');
    });

    it('with the host', async () => {
      await people.marloes.ok(`mutation H($id: ID!) { handReportToHost(visitId: $id) { status } }`, { id: visitId });
      await checkEveryChoice('with_host');
    });

    it('closed', async () => {
      await people.ingrid.ok(`mutation C($id: ID!) { closeMirrorReport(visitId: $id) { status } }`, { id: visitId });
      await checkEveryChoice('closed');
    });
  });

  describe('stories: approved version, consent per audience, the teller’s name for writer and teller only', () => {
    let storyId: string;

    /** Bram (dag) writes down what Kees (wonen) told. */
    const readers = (): Reader[] => [
      { name: 'bram (schrijver)', client: people.bram, roles: ['writer', 'team_member'] },
      { name: 'kees (verteller)', client: people.kees, roles: ['storyteller', 'other_team'] },
      { name: 'sanne (team dag)', client: people.sanne, roles: ['team_member'] },
      { name: 'fatima (ander team)', client: people.fatima, roles: ['other_team'] },
      { name: 'ingrid (beheerder)', client: people.ingrid, roles: ['overview', 'other_team'] },
      { name: 'marloes (netwerk)', client: people.marloes, roles: ['network_peer'] },
      ...outside(),
    ];

    /** What a reader gets on the story page; the network reads a story only through the library, never here. */
    async function observe(client: GraphqlClient): Promise<{ view: ReadingView; name: string | null }> {
      const result = await client.request(STORY, { storyId });
      if (result.errors) return { view: 'none', name: null };
      return { view: 'full', name: result.data!.story.storyteller.name };
    }

    async function check(label: string) {
      const story = (await people.bram.ok(STORY, { storyId })).story;
      const state = {
        revision: story.revision,
        approvedRevision: story.approvedRevision,
        activeAudiences: story.audiences as StoryAudience[],
      };
      const all = readers();
      const observed: Record<string, { view: ReadingView; name: string | null }> = {};
      for (const reader of all) observed[reader.name] = await observe(reader.client);
      const expected = Object.fromEntries(
        all.map((r) => {
          // 'anonymised' is the library's version; on the story page itself only 'full' readers get anything.
          const view = viewFor(STORY_RULE, state, r.roles) === 'full' ? 'full' : 'none';
          return [r.name, { view, name: view === 'full' && seesStoryteller(r.roles) ? 'Kees Bosman' : null }];
        }),
      );
      expect({ label, sentence: STORY_RULE.sentence(state).nl, observed }).toEqual({
        label,
        sentence: STORY_RULE.sentence(state).nl,
        observed: expected,
      });
    }

    const answer = (audiences: StoryAudience[], decision?: 'approve') =>
      people.kees.ok(`mutation A($input: AnswerStoryCheckInput!) { answerStoryCheck(input: $input) { checkStatus } }`, {
        input: { storyId, revision: 1, audiences, ...(decision ? { decision } : {}) },
      });

    it('follows the member check from draft to every audience', async () => {
      const dag = await teamId(hoeve, 'dag');
      storyId = (
        await people.bram.ok(`mutation C($input: CreateStoryInput!) { createStory(input: $input) { id } }`, {
          input: {
            organisationId: hoeve,
            teamId: dag,
            title: 'De eerste nacht',
            body: 'Die nacht bleef er iemand bij de nieuwe bewoner.',
            storytellerPersonId: await net.person('kees@hoeve.demo'),
          },
        })
      ).createStory.id;
      await check('concept');
      await people.bram.ok(`mutation S($input: SendStoryForCheckInput!) { sendStoryForCheck(input: $input) { emailed } }`, {
        input: { storyId, validDays: 30 },
      });
      await check('bij de verteller');
      await answer([], 'approve');
      await check('goedgekeurd, nog geen toestemming');
      await answer(['team']);
      await check('team');
      await answer(['team', 'organisation']);
      await check('team en organisatie');
      await answer(['team', 'organisation', 'network']);
      await check('ook het netwerk');
      await people.bram.ok(`mutation U($input: UpdateStoryInput!) { updateStory(input: $input) { revision } }`, {
        input: { storyId, title: 'De eerste nacht', body: 'Die nacht bleef er iemand tot de ochtend bij de nieuwe bewoner.', valueIds: [] },
      });
      await check('aangepast na goedkeuring');
    });

    it('lets nobody but the storyteller approve or consent', async () => {
      for (const client of [people.bram, people.sanne, people.ingrid]) {
        const result = await client.request(
          `mutation A($input: AnswerStoryCheckInput!) { answerStoryCheck(input: $input) { checkStatus } }`,
          {
            input: { storyId, revision: 2, audiences: ['team'], decision: 'approve' },
          },
        );
        expect(['STORY_STORYTELLER_ONLY', 'NOT_FOUND']).toContain(result.errors?.[0].extensions?.code);
      }
    });
  });
});
