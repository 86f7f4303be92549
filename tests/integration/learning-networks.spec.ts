import { insertVisit, insertVisitNote } from '../support/activity-rows';
import { secondOrganisation } from '../support/fixtures';
import type { ReportVisibility, UpdateAgreementInput } from '../support/documents.generated';
import { GraphqlClient } from '../support/graphql-client';
import { startTestKring, TestKring } from '../support/kring-test-app';
import { agreedVisit, AGREEMENT, demoNetwork, noteEdit, refusal, SYNC, syncedAfterConfirming } from './peer-visits-fixtures';

const NETWORK = `query N($id: ID!) { learningNetwork(networkId: $id) { name viewerIsCoordinator viewerOrganisations { name } organisations { name entrepreneurs } coordinators } }`;
const INVITATIONS = `query I($id: ID!) { networkInvitations(networkId: $id) { email acceptedOrganisation { name } } }`;
const INVITE = `mutation I($input: InviteOrganisationInput!) { inviteOrganisationToNetwork(input: $input) { id email } }`;
const ACCEPT = `mutation A($input: AcceptNetworkInvitationInput!) { acceptNetworkInvitation(input: $input) }`;
const LENS = `query L($id: ID!) { networkLens(networkId: $id) { current { version valueIds questions } versions { version changeNote publishedBy } proposals { id status organisation { name } adoptedInVersion decisionNote } viewerCanPropose viewerCanPublish } }`;
const PROPOSE = `mutation P($input: ProposeLensChangeInput!) { proposeLensChange(input: $input) { id status baseVersion } }`;
const PUBLISH = `mutation P($input: PublishLensInput!) { publishLensVersion(input: $input) { version purpose valueIds } }`;
const DECLINE = `mutation D($input: DeclineLensProposalInput!) { declineLensProposal(input: $input) { status decisionNote } }`;
const START = `mutation S($input: StartMatchingRoundInput!) { startMatchingRound(input: $input) { id proposals { id status explanation { nl en } members { organisation { id name } response } visits { host { name } visitor { name } } } unmatched { organisation { name } explanation { nl } } } }`;
const ROUNDS = `query R($id: ID!) { matchingRounds(networkId: $id) { id proposals { id status members { organisation { id name } } } unmatched { organisation { name } explanation { nl } } } }`;
const RESPOND = `mutation R($input: RespondToProposalInput!) { respondToVisitProposal(input: $input) { status members { organisation { name } response } } }`;
const HARVEST = `query H($id: ID!) { networkHarvest(networkId: $id) { sharedVisits minimumGroupSize tables { dimension periods periodsLeftOut rows { itemId counts } } ruleObstacles { period text } checkins { topic texts } } }`;

const lensInput = (extra: Record<string, unknown> = {}) => ({
  purpose: 'We kijken naar het gewone leven, niet naar protocollen.',
  valueIds: ['feeling_at_home', 'being_a_person', 'ordinary_surroundings'],
  mirrorThemeIds: ['residents', 'residents_wellbeing'],
  lookForQuestions: ['Zou je dat thuis ook doen?'],
  ...extra,
});

describe('learning networks', () => {
  let kring: TestKring;
  let net: Awaited<ReturnType<typeof demoNetwork>>;
  let elders: Awaited<ReturnType<typeof secondOrganisation>>;

  beforeAll(async () => {
    kring = await startTestKring();
    net = await demoNetwork(kring);
    elders = await secondOrganisation(kring, 'Zorghuis Elders', 'anna@elders.test');
  });
  afterAll(() => kring.close());

  describe('the network rule', () => {
    it('admits the coordinator and the members of the network’s organisations, nobody else', async () => {
      const wilma = await net.as('wilma@netwerk.demo');
      expect((await wilma.ok(NETWORK, { id: net.networkId })).learningNetwork).toMatchObject({
        name: 'Lerend netwerk Kleinschalig Oost',
        viewerIsCoordinator: true,
        viewerOrganisations: [],
        coordinators: ['Wilma Timmer'],
      });
      const els = (await (await net.as('els@lindehof.demo')).ok(NETWORK, { id: net.networkId })).learningNetwork;
      expect(els).toMatchObject({ viewerIsCoordinator: false, viewerOrganisations: [{ name: 'Kleinschalig wonen De Lindehof' }] });
      expect(els.organisations.map((o: { name: string }) => o.name)).toEqual([
        'Dagbesteding De Werkplaats',
        'Gezinshuis Het Kompas',
        'Kleinschalig wonen De Lindehof',
        'Woongroep De Esch',
        'Zorgboerderij De Hoeve',
      ]);
      expect(await refusal(elders.admin, NETWORK, { id: net.networkId })).toBe('NOT_FOUND');
      expect(await refusal(new GraphqlClient(kring.url), NETWORK, { id: net.networkId })).toBe('UNAUTHENTICATED');
      expect(await refusal(await net.as('ingrid@hoeve.demo'), INVITATIONS, { id: net.networkId })).toBe('FORBIDDEN');
    });
  });

  describe('member organisations', () => {
    it('invites an organisation, which joins once, through its own manager', async () => {
      const wilma = await net.as('wilma@netwerk.demo');
      await wilma.ok(INVITE, { input: { networkId: net.networkId, email: 'anna@elders.test' } });
      await kring.mailDelivered();
      const [mail] = await kring.sql<{ body: string }>(
        `SELECT body FROM outbox_mail WHERE to_address = 'anna@elders.test' ORDER BY created_at DESC LIMIT 1`,
      );
      const token = mail.body.match(/\/lerend-netwerk\/aansluiten\/([A-Za-z0-9_-]+)/)![1];
      const preview = (
        await new GraphqlClient(kring.url).ok(`query P($t: String!) { networkInvitationPreview(token: $t) { networkName email } }`, {
          t: token,
        })
      ).networkInvitationPreview;
      expect(preview).toEqual({ networkName: 'Lerend netwerk Kleinschalig Oost', email: 'anna@elders.test' });
      // Another organisation's manager cannot use it for an organisation that is not theirs.
      expect(await refusal(await net.as('ingrid@hoeve.demo'), ACCEPT, { input: { token, organisationId: elders.organisationId } })).toBe(
        'NOT_FOUND',
      );
      // A forwarded link lets no other organisation in: the invitation is for the address it was sent to.
      const forwarded = await secondOrganisation(kring, 'Zorghuis Derde', 'piet@derde.test');
      expect(
        (await forwarded.admin.request(ACCEPT, { input: { token, organisationId: forwarded.organisationId } })).errors?.[0],
      ).toMatchObject({
        message: 'Deze uitnodiging is verstuurd naar anna@elders.test. Log in met dat e-mailadres om mee te doen.',
        extensions: { code: 'NETWORK_INVITATION_OTHER_EMAIL' },
      });
      expect(await kring.sql(`SELECT network_id FROM organisation WHERE id = $1`, [forwarded.organisationId])).toEqual([
        { network_id: null },
      ]);
      expect((await elders.admin.ok(ACCEPT, { input: { token, organisationId: elders.organisationId } })).acceptNetworkInvitation).toBe(
        net.networkId,
      );
      expect(await refusal(elders.admin, ACCEPT, { input: { token, organisationId: elders.organisationId } })).toBe('TOKEN_INVALID');
      expect((await wilma.ok(INVITATIONS, { id: net.networkId })).networkInvitations).toEqual([
        { email: 'anna@elders.test', acceptedOrganisation: { name: 'Zorghuis Elders' } },
      ]);
      expect((await elders.admin.ok(NETWORK, { id: net.networkId })).learningNetwork.viewerOrganisations).toEqual([
        { name: 'Zorghuis Elders' },
      ]);
    });

    it('lets the coordinator remove an organisation: its open visits are cancelled with their beelden, its people lose access, its reports leave the network', async () => {
      const wilma = await net.as('wilma@netwerk.demo');
      const [anna] = await kring.sql<{ id: string }>(`SELECT id FROM person WHERE email = 'anna@elders.test'`);
      await kring.sql(`INSERT INTO membership (person_id, organisation_id, role) VALUES ($1, $2, 'entrepreneur')`, [
        anna.id,
        elders.organisationId,
      ]);
      const annaAgain = new GraphqlClient(kring.url);
      await annaAgain.ok(`mutation { login(input: { email: "anna@elders.test", password: "een-veilig-wachtwoord" }) { person { id } } }`);
      const visit = (
        await annaAgain.ok(`mutation A($input: ArrangeVisitInput!) { arrangePeerVisit(input: $input) { id } }`, {
          input: { organisationId: elders.organisationId, partnerOrganisationId: net.organisations.kompas, weHost: false },
        })
      ).arrangePeerVisit;
      // A beeld already written for the open visit (hosted by De Kompas), and a report De Elders hosted and shared with the network.
      await insertVisitNote(kring, {
        visitId: visit.id,
        networkId: net.networkId,
        hostId: net.organisations.kompas,
        authorId: anna.id,
        body: 'Een beeld van een visitatie die niet doorgaat',
      });
      const hosted = await insertVisit(kring, {
        networkId: net.networkId,
        hostId: elders.organisationId,
        visitorId: net.organisations.kompas,
        visitDate: '2026-05-12',
        reportStatus: 'closed',
        visibility: 'network',
      });
      await wilma.ok(`mutation R($input: RemoveNetworkOrganisationInput!) { removeOrganisationFromNetwork(input: $input) }`, {
        input: { networkId: net.networkId, organisationId: elders.organisationId },
      });
      expect(await kring.sql(`SELECT status FROM peer_visit WHERE id = $1`, [visit.id])).toEqual([{ status: 'cancelled' }]);
      expect(await kring.sql(`SELECT id FROM peer_visit_note WHERE visit_id = $1`, [visit.id])).toEqual([]);
      // A host outside the network can no longer choose who in it reads the report, so the network no longer does.
      expect(await kring.sql(`SELECT report_visibility FROM peer_visit WHERE id = $1`, [hosted])).toEqual([
        { report_visibility: 'organisation' },
      ]);
      expect(await refusal(annaAgain, NETWORK, { id: net.networkId })).toBe('NOT_FOUND');
    });
  });

  describe('the observation lens', () => {
    it('is proposed by members, published in versions by the coordinator, and kept by visits as agreed', async () => {
      const wilma = await net.as('wilma@netwerk.demo');
      const peter = await net.as('peter@kompas.demo');
      const start = (await peter.ok(LENS, { id: net.networkId })).networkLens;
      expect(start).toMatchObject({ current: { version: 0 }, versions: [], viewerCanPropose: true, viewerCanPublish: false });

      // A visit agreed on the starting lens keeps version 0.
      const visitId = await agreedVisit(net);

      /** Peter proposes a change for his organisation, De Kompas. */
      const propose = async (motivation: string, lens = lensInput()) =>
        (await peter.ok(PROPOSE, { input: { networkId: net.networkId, organisationId: net.organisations.kompas, motivation, ...lens } }))
          .proposeLensChange;
      const proposal = await propose('Voor jongeren telt gewone omgeving zwaar.');
      expect(proposal).toMatchObject({ status: 'open', baseVersion: 0 });
      const other = await propose('Alleen bewoners?', lensInput({ valueIds: [], mirrorThemeIds: ['residents'] }));
      // Proposing for another member's organisation, or publishing as a member, is refused.
      expect(
        await refusal(peter, PROPOSE, {
          input: { networkId: net.networkId, organisationId: net.organisations.hoeve, motivation: 'x', ...lensInput() },
        }),
      ).toBe('NOT_FOUND');
      expect(
        await refusal(peter, PUBLISH, { input: { networkId: net.networkId, changeNote: 'x', adoptedProposalIds: [], ...lensInput() } }),
      ).toBe('FORBIDDEN');
      expect(
        await refusal(wilma, PUBLISH, {
          input: {
            networkId: net.networkId,
            changeNote: 'Leeg',
            adoptedProposalIds: [],
            ...lensInput({ purpose: ' ', valueIds: [], mirrorThemeIds: [] }),
          },
        }),
      ).toBe('BAD_USER_INPUT');

      const published = (
        await wilma.ok(PUBLISH, {
          input: {
            networkId: net.networkId,
            changeNote: 'Gewone omgeving erbij, op voorstel van Het Kompas.',
            adoptedProposalIds: [proposal.id],
            ...lensInput(),
          },
        })
      ).publishLensVersion;
      expect(published).toMatchObject({ version: 1, valueIds: ['feeling_at_home', 'being_a_person', 'ordinary_surroundings'] });
      await wilma.ok(DECLINE, { input: { proposalId: other.id, decisionNote: 'Waarden blijven nodig om van elkaar te leren.' } });
      expect(await refusal(wilma, DECLINE, { input: { proposalId: other.id, decisionNote: 'Nog eens' } })).toBe('LENS_PROPOSAL_DECIDED');

      const lens = (await peter.ok(LENS, { id: net.networkId })).networkLens;
      expect(lens.current.version).toBe(1);
      expect(lens.versions).toEqual([
        { version: 1, changeNote: 'Gewone omgeving erbij, op voorstel van Het Kompas.', publishedBy: 'Wilma Timmer' },
      ]);
      expect(lens.proposals.map((p: { status: string; adoptedInVersion: number | null }) => [p.status, p.adoptedInVersion]).sort()).toEqual(
        [
          ['adopted', 1],
          ['declined', null],
        ],
      );

      // The agreed visit keeps version 0; a new visit starts from version 1 and may only narrow it.
      const kept = (
        await (
          await net.as('ingrid@hoeve.demo')
        ).ok(`query V($id: ID!) { peerVisit(visitId: $id) { lens { version } networkLens { version } } }`, { id: visitId })
      ).peerVisit;
      expect(kept).toEqual({ lens: { version: 0 }, networkLens: { version: 1 } });
      const ingrid = await net.as('ingrid@hoeve.demo');
      const fresh = (
        await ingrid.ok(`mutation A($input: ArrangeVisitInput!) { arrangePeerVisit(input: $input) { id } }`, {
          input: { organisationId: net.organisations.hoeve, partnerOrganisationId: net.organisations.kompas, weHost: true },
        })
      ).arrangePeerVisit;
      const agreement: Omit<UpdateAgreementInput, 'valueIds'> = {
        visitId: fresh.id,
        focusQuestion: 'Waar wil ik een spiegel op?',
        purpose: 'Leren',
        mirrorThemeIds: [],
        format: 'day',
        visitDate: '2026-06-02',
        practicalNotes: '',
        privacyNotes: '',
      };
      expect(await refusal(ingrid, AGREEMENT, { input: { ...agreement, valueIds: ['steering_together'] } })).toBe('LENS_OUTSIDE_NETWORK');
      expect(
        (await ingrid.ok(AGREEMENT, { input: { ...agreement, valueIds: ['ordinary_surroundings'] } })).updateVisitAgreement.lens,
      ).toMatchObject({ version: 1, valueIds: ['ordinary_surroundings'] });
    });
  });

  describe('matching rounds', () => {
    it('proposes a triad for three organisations, explains it, and creates the visits when all accept', async () => {
      const wilma = await net.as('wilma@netwerk.demo');
      const { hoeve, lindehof, kompas } = net.organisations;
      const round = (
        await wilma.ok(START, { input: { networkId: net.networkId, organisationIds: [hoeve, lindehof, kompas], monthsWithoutRepeat: 12 } })
      ).startMatchingRound;
      expect(round.proposals).toHaveLength(1);
      const [proposal] = round.proposals;
      expect(proposal.members).toHaveLength(3);
      expect(proposal.explanation.nl).toContain('Een drietal');
      expect(proposal.explanation.en).toContain('A triad');
      expect(proposal.visits).toHaveLength(3);
      // The entrepreneurs heard of it.
      await kring.mailDelivered();
      expect(
        (await kring.sql(`SELECT count(*)::int AS n FROM outbox_mail WHERE subject = 'Voorstel voor een collegiale visitatie'`))[0],
      ).toEqual({ n: 3 });

      const before = (await kring.sql<{ n: number }>(`SELECT count(*)::int AS n FROM peer_visit`))[0].n;
      // Only an entrepreneur of an organisation in the proposal answers for it.
      expect(
        await refusal(await net.as('ingrid@hoeve.demo'), RESPOND, {
          input: { proposalId: proposal.id, organisationId: kompas, accept: true },
        }),
      ).toBe('NOT_FOUND');
      expect(
        await refusal(await net.as('els@lindehof.demo'), RESPOND, {
          input: { proposalId: proposal.id, organisationId: lindehof, accept: true },
        }),
      ).toBe('FORBIDDEN');
      await (await net.as('ingrid@hoeve.demo')).ok(RESPOND, { input: { proposalId: proposal.id, organisationId: hoeve, accept: true } });
      await (
        await net.as('marloes@lindehof.demo')
      ).ok(RESPOND, { input: { proposalId: proposal.id, organisationId: lindehof, accept: true } });
      const done = (
        await (await net.as('peter@kompas.demo')).ok(RESPOND, { input: { proposalId: proposal.id, organisationId: kompas, accept: true } })
      ).respondToVisitProposal;
      expect(done.status).toBe('accepted');
      const visits = await kring.sql<{ organisation_id: string; visiting_organisation_id: string }>(
        `SELECT organisation_id, visiting_organisation_id FROM peer_visit WHERE proposal_id = $1`,
        [proposal.id],
      );
      expect(visits).toHaveLength(3);
      expect(new Set(visits.map((v) => v.organisation_id)).size).toBe(3);
      expect(new Set(visits.map((v) => v.visiting_organisation_id)).size).toBe(3);
      expect((await kring.sql<{ n: number }>(`SELECT count(*)::int AS n FROM peer_visit`))[0].n).toBe(before + 3);
      expect(
        await refusal(await net.as('peter@kompas.demo'), RESPOND, {
          input: { proposalId: proposal.id, organisationId: kompas, accept: false },
        }),
      ).toBe('VISIT_PROPOSAL_DECIDED');
    });

    it('gives the others a new proposal when one declines, never again with the one who declined', async () => {
      const wilma = await net.as('wilma@netwerk.demo');
      const { hoeve, lindehof, kompas } = net.organisations;
      const round = (
        await wilma.ok(START, { input: { networkId: net.networkId, organisationIds: [hoeve, lindehof, kompas], monthsWithoutRepeat: 12 } })
      ).startMatchingRound;
      const [proposal] = round.proposals;
      await (await net.as('peter@kompas.demo')).ok(RESPOND, { input: { proposalId: proposal.id, organisationId: kompas, accept: false } });
      const [after] = (await wilma.ok(ROUNDS, { id: net.networkId })).matchingRounds;
      expect(after.id).toBe(round.id);
      const open = after.proposals.filter((p: { status: string }) => p.status === 'proposed');
      expect(open).toHaveLength(1);
      expect(open[0].members.map((m: { organisation: { id: string } }) => m.organisation.id).sort()).toEqual([hoeve, lindehof].sort());
      expect(after.unmatched).toEqual([
        {
          organisation: { name: 'Gezinshuis Het Kompas' },
          explanation: { nl: expect.stringContaining('kon in deze ronde niet gekoppeld worden') },
        },
      ]);
    });

    it('refuses a round of fewer than two, or with an organisation outside the network', async () => {
      const wilma = await net.as('wilma@netwerk.demo');
      expect(
        await refusal(wilma, START, {
          input: { networkId: net.networkId, organisationIds: [net.organisations.hoeve], monthsWithoutRepeat: 12 },
        }),
      ).toBe('MATCHING_TOO_FEW');
      expect(
        await refusal(wilma, START, {
          input: { networkId: net.networkId, organisationIds: [net.organisations.hoeve, elders.organisationId], monthsWithoutRepeat: 12 },
        }),
      ).toBe('NOT_FOUND');
      expect(
        await refusal(wilma, START, {
          input: { networkId: net.networkId, organisationIds: [net.organisations.hoeve, net.organisations.kompas], monthsWithoutRepeat: 0 },
        }),
      ).toBe('BAD_USER_INPUT');
    });
  });

  describe('the network harvest', () => {
    it('shows the coordinator anonymised patterns of shared reports only, suppressing groups under five, and nothing per organisation', async () => {
      const wilma = await net.as('wilma@netwerk.demo');
      const ingrid = await net.as('ingrid@hoeve.demo');
      const marloes = await net.as('marloes@lindehof.demo');
      const els = await net.as('els@lindehof.demo');
      const close = async (visitId: string, visibility: ReportVisibility) => {
        await marloes.ok(`mutation H($id: ID!) { handReportToHost(visitId: $id) { status } }`, { id: visitId });
        await ingrid.ok(`mutation V($input: SetReportVisibilityInput!) { setReportVisibility(input: $input) { visibility } }`, {
          input: { visitId, visibility },
        });
        await ingrid.ok(`mutation C($id: ID!) { closeMirrorReport(visitId: $id) { status } }`, { id: visitId });
      };
      // Back to every value and theme, so the visits below can look at them.
      await wilma.ok(PUBLISH, {
        input: {
          networkId: net.networkId,
          changeNote: 'Weer alle waarden.',
          adoptedProposalIds: [],
          ...lensInput({
            valueIds: [
              'feeling_at_home',
              'being_a_person',
              'being_together',
              'doing_what_is_needed',
              'steering_together',
              'ordinary_surroundings',
            ],
            mirrorThemeIds: ['policy', 'view_of_change', 'residents', 'care_staff', 'residents_wellbeing'],
          }),
        },
      });
      const shared = await agreedVisit(net);
      // Naming the host's entrepreneur, which the visitor confirms once the guard showed it at sync (her phone does not
      // know the host's names): the harvest must take the name out itself.
      await syncedAfterConfirming(els, shared, [
        ...Array.from({ length: 5 }, (_, i) =>
          noteEdit({
            body: `Regel ${i + 1}: Ingrid moet elke medicijnronde dubbel aftekenen in De Hoeve.`,
            findingType: 'rule_obstacle',
            valueIds: ['doing_what_is_needed'],
          }),
        ),
        noteEdit({ body: 'Eén beeld over thuis voelen.', valueIds: ['feeling_at_home'] }),
      ]);
      await close(shared, 'network');
      // A report the host kept to those involved adds nothing, however much it holds.
      const kept = await agreedVisit(net);
      await els.ok(SYNC, {
        input: { visitId: kept, edits: Array.from({ length: 6 }, () => noteEdit({ body: 'Niet gedeeld', valueIds: ['feeling_at_home'] })) },
      });
      await close(kept, 'involved');

      const harvestNow = async () => (await wilma.ok(HARVEST, { id: net.networkId })).networkHarvest;
      // One shared report is one home: "from fewer than 5", and nothing of its content, however much it holds.
      const nothing = { sharedVisits: null, minimumGroupSize: 5, tables: [], ruleObstacles: null, checkins: expect.any(Array) };
      expect(await harvestNow()).toEqual(nothing);
      const shareAnother = async () => {
        const visitId = await agreedVisit(net);
        await els.ok(SYNC, {
          input: { visitId, edits: [noteEdit({ body: 'Samen koken met wie wil.', valueIds: ['doing_what_is_needed'] })] },
        });
        await close(visitId, 'network');
        return visitId;
      };
      for (let i = 0; i < 3; i++) await shareAnother();
      expect(await harvestNow()).toEqual(nothing); // four reports
      await shareAnother();
      const harvest = await harvestNow(); // five reports
      expect(harvest.sharedVisits).toBe(5);
      expect(harvest.minimumGroupSize).toBe(5);
      const values = harvest.tables.find((t: { dimension: string }) => t.dimension === 'value');
      expect(values!.periods).toEqual(['2026-Q2']);
      expect(values!.rows.find((r: { itemId: string }) => r.itemId === 'doing_what_is_needed')!.counts).toEqual([9]);
      expect(values!.rows.find((r: { itemId: string }) => r.itemId === 'feeling_at_home')!.counts).toEqual([null]);
      // Five rules that get in the way, all from one report, would still be that one report.
      expect(harvest.ruleObstacles).toBeNull();
      // A sixth report in a quarter of its own: six reports in all, but that quarter is one home, so it is left out.
      const alone = await shareAnother();
      await kring.sql(`UPDATE peer_visit SET visit_date = visit_date + interval '6 months' WHERE id = $1`, [alone]);
      const later = await harvestNow();
      expect(later.sharedVisits).toBe(6);
      expect(later.tables.find((t: { dimension: string }) => t.dimension === 'value')).toMatchObject({
        periods: ['2026-Q2'],
        periodsLeftOut: 1,
      });
      const text = JSON.stringify(harvest);
      expect(text).not.toMatch(/Hoeve|Lindehof|Kompas|Ingrid|Niet gedeeld|Regel/);
      for (const id of Object.values(net.organisations)) expect(text).not.toContain(id);
      expect(await refusal(ingrid, HARVEST, { id: net.networkId })).toBe('FORBIDDEN');
    });
  });
});
