import { STORY_AUDIENCES, StoryAudience, withIncludedAudiences } from '@kring/domain';
import { GraphqlClient } from '../support/graphql-client';
import { startTestKring, TestKring } from '../support/kring-test-app';
import { otherTeamColleague, teamWithPeople } from '../support/session-fixtures';
import { watchMail } from '../support/mail-watch';
import { secondOrganisation } from '../support/fixtures';
import { DataSource } from 'typeorm';
import { StoryConsentIncludedAudiences1769370000000 } from '../../apps/api/src/engine/database/migrations/1769370000000-story-consent-included-audiences';

const STORY = `id title body revision checkStatus audiences reaches approvedRevision viewerIsAuthor viewerIsStoryteller
  storyteller { name hasAccount email linkExpiresAt } comments { body fromStoryteller authorName revision }`;
const CREATE = `mutation C($input: CreateStoryInput!) { createStory(input: $input) { ${STORY} } }`;
const UPDATE = `mutation U($input: UpdateStoryInput!) { updateStory(input: $input) { ${STORY} } }`;
const SEND = `mutation S($input: SendStoryForCheckInput!) { sendStoryForCheck(input: $input) { emailed story { checkStatus } } }`;
const READ = `query R($storyId: ID!) { story(storyId: $storyId) { ${STORY} } }`;
const LIST = `query L($organisationId: ID!) { stories(organisationId: $organisationId) { id title checkStatus reaches } }`;
const VIEW = `query V($token: String!) { storyForStoryteller(token: $token) { title body revision checkStatus canDecide audiences organisationName writerName comments { body fromStoryteller } } }`;
const ANSWER_BY_LINK = `mutation A($input: AnswerStoryCheckByLinkInput!) { answerStoryCheckByLink(input: $input) { revision checkStatus approvedRevision audiences } }`;
const SET_EMAIL = `mutation E($input: SetStorytellerEmailInput!) { setStorytellerEmail(input: $input) { ${STORY} } }`;
const ANSWER = `mutation A($input: AnswerStoryCheckInput!) { answerStoryCheck(input: $input) { checkStatus reaches } }`;

const BODY = 'Op zondag kookt mijn moeder weer mee. Ze vertelt dan over vroeger, toen ze met de bewoners van de boerderij wandelde.';

describe('stories with a member check', () => {
  let kring: TestKring;
  let org: Awaited<ReturnType<typeof teamWithPeople>>;
  let joost: GraphqlClient;
  let storyId: string;
  let token: string;
  let mail: ReturnType<typeof watchMail>;
  const anonymous = () => new GraphqlClient(kring.url);
  /** The storyteller's link is in the mail to them alone, never in an outbox colleagues or administrators read. */
  const storyToken = (to: string) => mail.token(to, '/verhaal');
  /** A story Bram writes in Team wonen with Sanne, who has an account, as its storyteller; returns its id. */
  const toldBySanne = async (title: string, body: string): Promise<string> =>
    (
      await org.bram.client.ok(CREATE, {
        input: {
          organisationId: org.organisationId,
          teamId: org.teamId,
          title,
          body,
          storytellerPersonId: org.sanne.personId,
          acknowledgeWarnings: true,
        },
      })
    ).createStory.id;

  beforeAll(async () => {
    kring = await startTestKring();
    org = await teamWithPeople(kring);
    joost = (await otherTeamColleague(kring, org)).client;
    mail = watchMail(kring);
  });
  afterAll(async () => {
    mail.stop();
    await kring.close();
  });

  it('needs exactly one storyteller and a link that works for 1 to 90 days', async () => {
    const base = { organisationId: org.organisationId, teamId: org.teamId, title: 'Koken op zondag', body: BODY };
    const none = await org.bram.client.request(CREATE, { input: base });
    expect(none.errors?.[0].extensions?.code).toBe('STORY_STORYTELLER_REQUIRED');
    const both = await org.bram.client.request(CREATE, {
      input: { ...base, storytellerName: 'Mevrouw Jansen', storytellerPersonId: org.sanne.personId },
    });
    expect(both.errors?.[0].extensions?.code).toBe('STORY_STORYTELLER_REQUIRED');
    // The link goes to the storyteller alone: without their address there is no way to reach them but through the writer.
    const noAddress = await org.bram.client.request(CREATE, { input: { ...base, storytellerName: 'Mevrouw Jansen' } });
    expect(noAddress.errors?.[0].extensions).toMatchObject({
      code: 'STORY_STORYTELLER_EMAIL_REQUIRED',
      fields: { storytellerEmail: expect.any(String) },
    });
    // The writer is never their own storyteller: by account or by their own address.
    const self = await org.bram.client.request(CREATE, { input: { ...base, storytellerPersonId: org.bram.personId } });
    expect(self.errors?.[0].extensions?.code).toBe('STORY_STORYTELLER_IS_WRITER');
    const ownAddress = await org.bram.client.request(CREATE, {
      input: { ...base, storytellerName: 'Mevrouw Jansen', storytellerEmail: 'Bram@Hoeve.test' },
    });
    expect(ownAddress.errors?.[0].extensions?.code).toBe('STORY_STORYTELLER_IS_WRITER');
    const badValue = await org.bram.client.request(CREATE, {
      input: { ...base, storytellerName: 'Mevrouw Jansen', storytellerEmail: 'jansen@voorbeeld.test', valueIds: ['geen_waarde'] },
    });
    expect(badValue.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { valueIds: 'Waarden heeft geen geldige waarde' },
    });
    expect(await kring.sql(`SELECT id FROM story`)).toEqual([]);
  });

  it('says plainly, next to the team, that a story needs a team: in a new organisation without teams, one is made first', async () => {
    const story = { title: 'Koken op zondag', body: BODY, storytellerName: 'Mevrouw Jansen', storytellerEmail: 'jansen@voorbeeld.test' };
    // A fresh organisation, set up a moment ago: no teams yet (this was "Team is ongeldig").
    const lindehof = await secondOrganisation(kring);
    const noTeams = await lindehof.admin.request(CREATE, { input: { organisationId: lindehof.organisationId, teamId: null, ...story } });
    expect(noTeams.errors?.[0]).toMatchObject({
      message: expect.stringMatching(
        /^Jullie organisatie heeft nog geen team\. Een verhaal hoort bij het team dat het opschreef: maak eerst een team aan/,
      ),
      extensions: { code: 'STORY_NEEDS_TEAM', fields: { teamId: expect.stringContaining('nog geen team') } },
    });
    // With teams, none chosen: which one to choose.
    const none = await org.bram.client.request(CREATE, { input: { organisationId: org.organisationId, teamId: null, ...story } });
    expect(none.errors?.[0]).toMatchObject({
      extensions: { code: 'STORY_TEAM_REQUIRED', fields: { teamId: expect.stringMatching(/^Kies het team dat het verhaal opschreef/) } },
    });
    // A member of another team writes in their own team's name only: the form offers the teams by the same role list
    // (choosableTeams with LEARNING_OVERVIEW_ROLES, as the save's mayChooseTeam), so this comes only from outside it.
    const notTheirs = await joost.request(CREATE, { input: { organisationId: org.organisationId, teamId: org.teamId, ...story } });
    expect(notTheirs.errors?.[0].extensions?.code).toBe('NOT_YOUR_TEAM');
    expect(await kring.sql(`SELECT id FROM story`)).toEqual([]);
  });

  it('warns about identifying details until the writer confirms', async () => {
    const input = {
      organisationId: org.organisationId,
      teamId: org.teamId,
      title: 'Koken op zondag',
      body: `${BODY} Ingrid zag het als eerste.`,
      valueIds: ['feeling_at_home', 'everyday_life'],
      storytellerName: 'Mevrouw Jansen',
      storytellerEmail: 'jansen@voorbeeld.test',
    };
    const warned = await org.bram.client.request(CREATE, { input });
    expect(warned.errors?.[0].extensions?.code).toBe('IDENTIFYING_DETAILS');
    expect((warned.errors?.[0].extensions?.findings as { match: string }[]).map((f) => f.match)).toEqual(['Ingrid']);
    const saved = await org.bram.client.ok(CREATE, { input: { ...input, body: BODY, acknowledgeWarnings: false } });
    storyId = saved.createStory.id;
    expect(saved.createStory).toMatchObject({
      revision: 1,
      checkStatus: 'draft',
      audiences: [],
      reaches: [],
      viewerIsAuthor: true,
      storyteller: { name: 'Mevrouw Jansen', hasAccount: false, email: 'jansen@voorbeeld.test' },
    });
  });

  it("asks about the storyteller's first name alone, as the form promises, also when the name was given with 'meneer'", async () => {
    const input = {
      organisationId: org.organisationId,
      teamId: org.teamId,
      title: 'Wandelen met de kippen',
      body: 'Klaas liep elke ochtend mee naar de kippen, en meneer de dokter keek toe.',
      storytellerName: 'meneer Klaas Bakker',
      storytellerEmail: 'klaas@voorbeeld.test',
    };
    const warned = await org.bram.client.request(CREATE, { input });
    expect(warned.errors?.[0].extensions?.code).toBe('IDENTIFYING_DETAILS');
    // The name, not the word before it: "meneer" names nobody.
    expect((warned.errors?.[0].extensions?.findings as { match: string }[]).map((f) => f.match)).toEqual(['Klaas']);
    const surname = await org.bram.client.request(CREATE, { input: { ...input, body: 'Bakker liep elke ochtend mee.' } });
    expect((surname.errors?.[0].extensions?.findings as { match: string }[]).map((f) => f.match)).toEqual(['Bakker']);
  });

  it("checks the text for the storyteller's name typed in the form before saving, so confirming another finding cannot send the name unseen", async () => {
    const CHECK = `query C($organisationId: ID!, $text: String!, $alsoPerson: String) {
      checkIdentifyingDetails(organisationId: $organisationId, text: $text, alsoPerson: $alsoPerson) { kind match } }`;
    const text = 'Klaas belde op 06-12345678 om te vertellen hoe het ging.';
    const check = async (alsoPerson?: string) =>
      (await org.bram.client.ok(CHECK, { organisationId: org.organisationId, text, alsoPerson })).checkIdentifyingDetails.map(
        (f: { kind: string; match: string }) => `${f.kind}:${f.match}`,
      );
    // Without the form's name the writer would be shown the phone number only, confirm it, and save "Klaas" unseen.
    expect(await check()).toEqual(['phone:06-12345678']);
    // As the save looks for it: without the honorific, the first name alone too.
    expect((await check('meneer Klaas Bakker')).sort()).toEqual(['name:Klaas', 'phone:06-12345678']);
  });

  it('stays with its writer before the member check: the team does not see it', async () => {
    expect((await org.fatima.client.ok(LIST, { organisationId: org.organisationId })).stories).toEqual([]);
    expect((await org.fatima.client.request(READ, { storyId })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('lays the story before the storyteller through a personal link, which opens only that story', async () => {
    const sent = (await org.bram.client.ok(SEND, { input: { storyId, validDays: 14 } })).sendStoryForCheck;
    expect(sent).toMatchObject({ emailed: true, story: { checkStatus: 'with_storyteller' } });
    token = storyToken('jansen@voorbeeld.test');
    // The writer never sees the link, and no outbox colleagues or administrators read holds it.
    expect(JSON.stringify(sent)).not.toContain(token);
    await kring.mailDelivered();
    expect(await kring.sql(`SELECT 1 FROM outbox_mail WHERE body LIKE $1 OR to_address = 'jansen@voorbeeld.test'`, [`%${token}%`])).toEqual(
      [],
    );
    expect(JSON.stringify((await org.bram.client.ok(READ, { storyId })).story)).not.toContain(token);
    const view = (await anonymous().ok(VIEW, { token })).storyForStoryteller;
    expect(view).toEqual({
      title: 'Koken op zondag',
      body: BODY,
      revision: 1,
      checkStatus: 'with_storyteller',
      canDecide: true,
      audiences: [],
      organisationName: 'Zorgboerderij De Hoeve',
      writerName: 'Bram',
      comments: [],
    });
  });

  it('takes remarks and a request for changes; a changed text is a new version to approve', async () => {
    await anonymous().ok(ANSWER_BY_LINK, {
      input: { token, revision: 1, comment: 'Het was op zaterdag, niet op zondag.', decision: 'request_changes', audiences: [] },
    });
    const read = (await org.bram.client.ok(READ, { storyId })).story;
    expect(read).toMatchObject({
      checkStatus: 'changes_requested',
      comments: [{ body: 'Het was op zaterdag, niet op zondag.', fromStoryteller: true, authorName: null, revision: 1 }],
    });

    const changed = (
      await org.bram.client.ok(UPDATE, {
        input: { storyId, title: 'Koken op zaterdag', body: BODY.replace('zondag', 'zaterdag'), valueIds: ['feeling_at_home'] },
      })
    ).updateStory;
    expect(changed).toMatchObject({ revision: 2, checkStatus: 'draft' });
    // While the writer is changing it, the storyteller can read and comment, not decide.
    const early = await anonymous().request(ANSWER_BY_LINK, { input: { token, revision: 2, decision: 'approve', audiences: [] } });
    expect(early.errors?.[0].extensions?.code).toBe('STORY_NOT_WITH_STORYTELLER');

    await org.bram.client.ok(SEND, { input: { storyId, validDays: 14 } });
    const old = await anonymous().request(VIEW, { token });
    expect(old.errors?.[0]).toMatchObject({ extensions: { code: 'LINK_UNAVAILABLE' } });
    token = storyToken('jansen@voorbeeld.test');
    const stale = await anonymous().request(ANSWER_BY_LINK, { input: { token, revision: 1, decision: 'approve', audiences: ['team'] } });
    expect(stale.errors?.[0]).toMatchObject({
      message: 'Het verhaal is intussen aangepast (nu versie 2). Lees de nieuwe versie; je opmerking en keuzes staan nog klaar.',
    });
    expect(await kring.sql(`SELECT audience FROM story_consent`)).toEqual([]);

    const approved = (await anonymous().ok(ANSWER_BY_LINK, { input: { token, revision: 2, decision: 'approve', audiences: ['team'] } }))
      .answerStoryCheckByLink;
    expect(approved).toEqual({ revision: 2, checkStatus: 'approved', approvedRevision: 2, audiences: ['team'] });
  });

  it('then reaches exactly the audiences the storyteller chose: the team, not the rest of the organisation', async () => {
    expect((await org.fatima.client.ok(LIST, { organisationId: org.organisationId })).stories).toEqual([
      { id: storyId, title: 'Koken op zaterdag', checkStatus: 'approved', reaches: ['team'] },
    ]);
    expect((await joost.ok(LIST, { organisationId: org.organisationId })).stories).toEqual([]);
    expect((await org.ingrid.client.request(READ, { storyId })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await kring.sql(`SELECT action FROM audit_event WHERE subject_id = $1 AND action = 'story_read'`, [storyId])).toEqual([]);
    const read = (await org.fatima.client.ok(READ, { storyId })).story;
    // The team reads the story, not who told it: the name is for the writer and the storyteller only.
    expect(read.storyteller).toEqual({ name: null, hasAccount: false, email: null, linkExpiresAt: null });
    expect(JSON.stringify(read)).not.toContain('Jansen');
    expect(await kring.sql(`SELECT action FROM audit_event WHERE subject_id = $1 AND action = 'story_read'`, [storyId])).toEqual([
      { action: 'story_read' },
    ]);
  });

  it('takes "everyone" to include the team, the organisation and the network: it alone reaches its own colleagues too', async () => {
    const widened = (await anonymous().ok(ANSWER_BY_LINK, { input: { token, revision: 2, audiences: ['public'] } })).answerStoryCheckByLink;
    expect(widened.audiences).toEqual(['team', 'organisation', 'network', 'public']);
    const everyone = [
      { id: storyId, title: 'Koken op zaterdag', checkStatus: 'approved', reaches: ['team', 'organisation', 'network', 'public'] },
    ];
    expect((await org.fatima.client.ok(LIST, { organisationId: org.organisationId })).stories).toEqual(everyone);
    expect((await joost.ok(LIST, { organisationId: org.organisationId })).stories).toEqual(everyone);
    // Stored as layers, so the library's and the quality report's own questions (organisation, network, public) find them too.
    expect(
      await kring.sql(`SELECT audience FROM story_consent WHERE story_id = $1 AND withdrawn_at IS NULL ORDER BY audience`, [storyId]),
    ).toEqual([{ audience: 'network' }, { audience: 'organisation' }, { audience: 'public' }, { audience: 'team' }]);
  });

  it('withdraws consent through the same link, taking effect at once: an included audience goes only with what includes it', async () => {
    const narrowed = (await anonymous().ok(ANSWER_BY_LINK, { input: { token, revision: 2, audiences: ['team'] } })).answerStoryCheckByLink;
    expect(narrowed.audiences).toEqual(['team']);
    expect((await joost.ok(LIST, { organisationId: org.organisationId })).stories).toEqual([]);
    await anonymous().ok(ANSWER_BY_LINK, { input: { token, revision: 2, audiences: [] } });
    expect((await org.fatima.client.ok(LIST, { organisationId: org.organisationId })).stories).toEqual([]);
    const [consent] = await kring.sql<{ withdrawn: boolean }>(
      `SELECT withdrawn_at IS NOT NULL AS withdrawn FROM story_consent WHERE audience = 'team'`,
    );
    expect(consent).toEqual({ withdrawn: true });
  });

  it('gives stories answered before the audience rule the consent rows their wider consent includes (migration 1769370000000)', async () => {
    const oldStory = async (title: string, audiences: string[]): Promise<string> => {
      const [{ id }] = await kring.sql<{ id: string }>(
        `INSERT INTO story (organisation_id, team_id, author_id, title, body, storyteller_name, check_status, approved_revision)
         VALUES ($1, $2, $3, $4, 'Van vroeger.', 'Kees', 'approved', 1) RETURNING id`,
        [org.organisationId, org.teamId, org.bram.personId, title],
      );
      for (const audience of audiences)
        await kring.sql(
          `INSERT INTO story_consent (organisation_id, story_id, audience, given_via, given_at) VALUES ($1, $2, $3, 'link', '2025-03-01T10:00:00Z')`,
          [org.organisationId, id, audience],
        );
      return id;
    };
    const everyone = await oldStory('Iedereen, van vroeger', ['public']);
    const organisation = await oldStory('De organisatie, van vroeger', ['organisation']);
    const network = await oldStory('Het netwerk, van vroeger', ['network']);
    const both = await oldStory('Iedereen en de organisatie, van vroeger', ['public', 'organisation']);
    const withdrawn = await oldStory('Ingetrokken, van vroeger', ['public']);
    await kring.sql(`UPDATE story_consent SET withdrawn_at = now() WHERE story_id = $1`, [withdrawn]);
    // Everyone still, but the team taken back on the old screens: what the storyteller took away stays away.
    const notTheTeam = await oldStory('Iedereen behalve het team, van vroeger', ['public', 'team']);
    await kring.sql(`UPDATE story_consent SET withdrawn_at = now() WHERE story_id = $1 AND audience = 'team'`, [notTheTeam]);

    const runner = kring.app.get(DataSource).createQueryRunner();
    try {
      await new StoryConsentIncludedAudiences1769370000000().up(runner);
      await new StoryConsentIncludedAudiences1769370000000().up(runner); // Twice is the same as once.
    } finally {
      await runner.release();
    }
    const active = async (id: string) =>
      (
        await kring.sql<{ audience: string; given_via: string; given_at: Date }>(
          `SELECT audience, given_via, given_at FROM story_consent WHERE story_id = $1 AND withdrawn_at IS NULL`,
          [id],
        )
      )
        .map((row) => ({ ...row, given_at: row.given_at.toISOString() }))
        .sort((a, b) => STORY_AUDIENCES.indexOf(a.audience as StoryAudience) - STORY_AUDIENCES.indexOf(b.audience as StoryAudience));
    const given = (audiences: readonly string[]) =>
      audiences.map((audience) => ({ audience, given_via: 'link', given_at: '2025-03-01T10:00:00.000Z' }));
    expect(await active(everyone)).toEqual(given(['team', 'organisation', 'network', 'public']));
    expect(await active(organisation)).toEqual(given(['team', 'organisation']));
    expect(await active(network)).toEqual(given(['network']));
    expect(await active(both)).toEqual(given(['team', 'organisation', 'network', 'public']));
    expect(await active(withdrawn)).toEqual([]);
    expect(await active(notTheTeam)).toEqual(given(['organisation', 'network', 'public']));
    // The same as the storyteller's answer stores now: the rule is the domain's (withIncludedAudiences).
    for (const [id, chosen] of [
      [everyone, ['public']],
      [organisation, ['organisation']],
      [network, ['network']],
    ] as const)
      expect((await active(id)).map((row) => row.audience)).toEqual(withIncludedAudiences(chosen));
    // Its own colleagues read what everyone may.
    expect((await org.fatima.client.ok(READ, { storyId: everyone })).story.reaches).toEqual(['team', 'organisation', 'network', 'public']);
    await kring.sql(`DELETE FROM story WHERE id = ANY($1)`, [[everyone, organisation, network, both, withdrawn, notTheTeam]]);
  });

  it('stops a revoked link at once', async () => {
    await org.bram.client.ok(`mutation R($storyId: ID!) { revokeStoryLink(storyId: $storyId) { id } }`, { storyId });
    const view = await anonymous().request(VIEW, { token });
    expect(view.errors?.[0].extensions?.code).toBe('LINK_UNAVAILABLE');
  });

  it('slows down guessing of links', async () => {
    const guesser = anonymous();
    const guess = (n: number) => `AAAAAAAA${String(n).padStart(35, 'x')}`;
    for (let n = 0; n < 5; n++)
      expect((await guesser.request(VIEW, { token: guess(n) })).errors?.[0].extensions?.code).toBe('LINK_UNAVAILABLE');
    expect((await guesser.request(VIEW, { token: guess(9) })).errors?.[0].extensions?.code).toBe('LINK_ATTEMPTS');
  });

  it("lets the writer add or correct the storyteller's address later; the link then goes to the new address alone and the old one stops", async () => {
    // A story from before the address was required: its storyteller could not be reached at all.
    const [old] = await kring.sql<{ id: string }>(
      `INSERT INTO story (organisation_id, team_id, author_id, title, body, value_ids, storyteller_name, storyteller_email, storyteller_language)
       VALUES ($1, $2, $3, 'Wandelen met Kees', 'Kees liep elke ochtend mee.', '{}', 'Kees', NULL, 'nl') RETURNING id`,
      [org.organisationId, org.teamId, org.bram.personId],
    );
    expect((await org.bram.client.request(SEND, { input: { storyId: old.id, validDays: 14 } })).errors?.[0].extensions?.code).toBe(
      'STORY_STORYTELLER_EMAIL_REQUIRED',
    );
    // Only the writer: a colleague of the same team may not steer the storyteller's link to an address of their choosing.
    const byColleague = await org.fatima.client.request(SET_EMAIL, { input: { storyId: old.id, email: 'fatima.thuis@voorbeeld.test' } });
    expect(byColleague.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const byManager = await org.ingrid.client.request(SET_EMAIL, { input: { storyId: old.id, email: 'ingrid.thuis@voorbeeld.test' } });
    expect(byManager.errors?.[0].extensions?.code).toMatch(/NOT_FOUND|STORY_AUTHOR_ONLY/);
    // Readable refusals next to the field, nothing stored.
    const bad = await org.bram.client.request(SET_EMAIL, { input: { storyId: old.id, email: 'kees bij de boerderij' } });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { email: expect.stringContaining('e-mailadres') } });
    const own = await org.bram.client.request(SET_EMAIL, { input: { storyId: old.id, email: 'bram@hoeve.test' } });
    expect(own.errors?.[0].extensions).toMatchObject({ code: 'STORY_STORYTELLER_IS_WRITER', fields: { email: expect.any(String) } });
    expect(await kring.sql(`SELECT storyteller_email FROM story WHERE id = $1`, [old.id])).toEqual([{ storyteller_email: null }]);

    const added = (await org.bram.client.ok(SET_EMAIL, { input: { storyId: old.id, email: ' Kees@Voorbeeld.test ' } })).setStorytellerEmail;
    expect(added.storyteller).toEqual({ name: 'Kees', hasAccount: false, email: 'kees@voorbeeld.test', linkExpiresAt: null });
    expect((await org.bram.client.ok(SEND, { input: { storyId: old.id, validDays: 14 } })).sendStoryForCheck.emailed).toBe(true);
    const first = storyToken('kees@voorbeeld.test');
    expect((await anonymous().ok(VIEW, { token: first })).storyForStoryteller.title).toBe('Wandelen met Kees');

    // A typo corrected: the link sent to the wrong address stops at once; laid before the storyteller again, the new link goes to the new address only.
    await org.bram.client.ok(SET_EMAIL, { input: { storyId: old.id, email: 'kees.jansen@voorbeeld.test' } });
    expect((await anonymous().request(VIEW, { token: first })).errors?.[0].extensions?.code).toBe('LINK_UNAVAILABLE');
    await org.bram.client.ok(SEND, { input: { storyId: old.id, validDays: 14 } });
    const second = storyToken('kees.jansen@voorbeeld.test');
    expect(second).not.toBe(first);
    expect(mail.sent.filter((m) => m.body.includes(second)).map((m) => m.to)).toEqual(['kees.jansen@voorbeeld.test']);
    const [audit] = await kring.sql<{ n: string }>(
      `SELECT count(*) AS n FROM audit_event WHERE action = 'story_storyteller_email_changed' AND subject_id = $1`,
      [old.id],
    );
    expect(Number(audit.n)).toBe(2);
  });

  it('refuses an address for a storyteller who has an account: they find the story in Kring', async () => {
    const id = await toldBySanne('Samen ontbijten', 'Het ontbijt duurde die dag lang.');
    const refused = await org.bram.client.request(SET_EMAIL, {
      input: { storyId: id, email: 'sanne.thuis@voorbeeld.test' },
    });
    expect(refused.errors?.[0].extensions?.code).toBe('STORY_STORYTELLER_HAS_ACCOUNT');
    expect(await kring.sql(`SELECT storyteller_email FROM story WHERE id = $1`, [id])).toEqual([{ storyteller_email: null }]);
  });

  it('lets a storyteller with an account check in Kring; nobody else answers for them', async () => {
    const id = await toldBySanne('De eerste nacht', 'Sanne bleef die nacht bij de nieuwe bewoner.');
    const sent = (await org.bram.client.ok(SEND, { input: { storyId: id, validDays: 30 } })).sendStoryForCheck;
    expect(sent.emailed).toBe(true);
    expect(mail.last('sanne@hoeve.test').body).toContain(`/verhalen/${id}`);
    await kring.mailDelivered();
    expect(await kring.sql(`SELECT 1 FROM outbox_mail WHERE to_address = 'sanne@hoeve.test' AND body LIKE '%/verhalen/%'`)).toEqual([]);

    const byWriter = await org.bram.client.request(ANSWER, {
      input: { storyId: id, revision: 1, decision: 'approve', audiences: ['team'] },
    });
    expect(byWriter.errors?.[0].extensions?.code).toBe('STORY_STORYTELLER_ONLY');
    const byColleague = await org.fatima.client.request(ANSWER, {
      input: { storyId: id, revision: 1, decision: 'approve', audiences: ['team'] },
    });
    expect(byColleague.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const answered = (
      await org.sanne.client.ok(ANSWER, { input: { storyId: id, revision: 1, decision: 'approve', audiences: ['team', 'organisation'] } })
    ).answerStoryCheck;
    expect(answered).toEqual({ checkStatus: 'approved', reaches: ['team', 'organisation'] });
    expect((await joost.ok(LIST, { organisationId: org.organisationId })).stories.map((s: { id: string }) => s.id)).toEqual([id]);
  });

  it('keeps remarks between the writer and the teller, and takes none on a version already approved (approving wipes them)', async () => {
    const COMMENT = `mutation C($input: CommentOnStoryInput!) { commentOnStory(input: $input) { comments { body } } }`;
    const id = await toldBySanne('De tweede nacht', 'Sanne bleef ook de tweede nacht bij de nieuwe bewoner.');
    await org.bram.client.ok(SEND, { input: { storyId: id, validDays: 30 } });
    const remark = { storyId: id, body: 'Het was de derde nacht, geloof ik.' };
    expect((await org.sanne.client.ok(COMMENT, { input: remark })).commentOnStory.comments).toEqual([{ body: remark.body }]);
    await org.sanne.client.ok(ANSWER, { input: { storyId: id, revision: 1, decision: 'approve', audiences: ['team'] } });
    expect((await org.bram.client.ok(READ, { storyId: id })).story.comments).toEqual([]);

    // Approved: no check left to remark on, for the teller nor the writer, with or without a change of choices.
    for (const client of [org.sanne.client, org.bram.client]) {
      const late = await client.request(COMMENT, { input: remark });
      expect(late.errors?.[0]).toMatchObject({
        extensions: { code: 'STORY_CHECK_DONE' },
        message: expect.stringContaining('Het nalezen van deze versie is klaar'),
      });
    }
    const withChoices = await org.sanne.client.request(ANSWER, {
      input: { storyId: id, revision: 1, comment: remark.body, audiences: ['team', 'organisation'] },
    });
    expect(withChoices.errors?.[0].extensions?.code).toBe('STORY_CHECK_DONE');
    expect((await org.bram.client.ok(READ, { storyId: id })).story.audiences).toEqual(['team']);

    // A remark kept from before (stored under older rules) reaches the writer and the teller, never the team reading the story.
    await kring.sql(
      `INSERT INTO story_comment (organisation_id, story_id, revision, from_storyteller, author_id, body) VALUES ($1, $2, 1, true, $3, 'Van vroeger')`,
      [org.organisationId, id, org.sanne.personId],
    );
    expect((await org.bram.client.ok(READ, { storyId: id })).story.comments).toEqual([
      { body: 'Van vroeger', fromStoryteller: true, authorName: 'Sanne', revision: 1 },
    ]);
    expect((await org.fatima.client.ok(READ, { storyId: id })).story.comments).toEqual([]);

    // Asking for changes opens the check again, and a remark goes with it.
    const reopened = await org.sanne.client.ok(ANSWER, {
      input: { storyId: id, revision: 1, comment: 'Toch even aanpassen.', decision: 'request_changes', audiences: ['team'] },
    });
    expect(reopened.answerStoryCheck.checkStatus).toBe('changes_requested');
  });

  // Last in this file: Sanne leaves the organisation.
  it('tells a storyteller who has left the organisation nothing: the writer hears why', async () => {
    const id = await toldBySanne('Het afscheidsfeest', 'Iedereen zong mee.');
    await kring.sql(`DELETE FROM membership WHERE person_id = $1 AND organisation_id = $2`, [org.sanne.personId, org.organisationId]);
    await kring.mailDelivered();
    const before = await kring.sql(`SELECT id FROM outbox_mail WHERE to_address = 'sanne@hoeve.test'`);
    const refused = await org.bram.client.request(SEND, { input: { storyId: id, validDays: 14 } });
    expect(refused.errors?.[0]).toMatchObject({
      extensions: { code: 'STORY_STORYTELLER_LEFT' },
      message: expect.stringMatching(/^De verteller hoort niet meer bij jullie organisatie/),
    });
    await kring.mailDelivered();
    expect(await kring.sql(`SELECT id FROM outbox_mail WHERE to_address = 'sanne@hoeve.test'`)).toEqual(before);
    expect(await kring.sql(`SELECT check_status FROM story WHERE id = $1`, [id])).toEqual([{ check_status: 'draft' }]);
  });
});
