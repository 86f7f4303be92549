import { refusedNotesOfBatch, type ReportedFinding } from '@kring/domain';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DemoNetworkService } from '../../apps/api/src/modules/demo';
import type { NoteEditInput } from '../support/documents.generated';
import { GraphqlClient } from '../support/graphql-client';
import { LOGIN } from '../support/fixtures';
import { TestKring } from '../support/kring-test-app';

/**
 * The demo network (three organisations, their entrepreneurs and care
 * workers, coordinator Wilma), seeded by the demo's own service but without
 * its lived-in year (visits, lens versions, shared reports): these tests walk
 * a flow from its start, against a network where nothing happened yet. The
 * year itself is tested in demo.spec.ts. A logged-in client per person.
 */
export async function demoNetwork(kring: TestKring) {
  await kring.app.get(DataSource).transaction((manager) => kring.app.get(DemoNetworkService).seed(manager));
  const [network] = await kring.sql<{ id: string }>(`SELECT id FROM learning_network`);
  const organisations = Object.fromEntries(
    (await kring.sql<{ id: string; name: string }>(`SELECT id, name FROM organisation`)).map((o) => [
      o.name.split(' ').pop()!.toLowerCase(),
      o.id,
    ]),
  ) as Record<'hoeve' | 'lindehof' | 'kompas', string>;
  const clients = new Map<string, GraphqlClient>();
  const as = async (email: string) => {
    let client = clients.get(email);
    if (!client) {
      client = new GraphqlClient(kring.url);
      await client.ok(LOGIN, { email, password: `welkom-${email.split('@')[0]}` });
      clients.set(email, client);
    }
    return client;
  };
  const person = async (email: string) => (await kring.sql<{ id: string }>(`SELECT id FROM person WHERE email = $1`, [email]))[0].id;
  return { networkId: network.id, organisations, as, person };
}

export const ARRANGE = `mutation A($input: ArrangeVisitInput!) { arrangePeerVisit(input: $input) { id host { name } visitor { name } } }`;
export const AGREEMENT = `mutation U($input: UpdateAgreementInput!) { updateVisitAgreement(input: $input) { id status lens { version valueIds mirrorThemeIds } missingForAgreement } }`;
export const TEAM = `mutation T($input: SetVisitingTeamInput!) { setVisitingTeam(input: $input) { id team { role name } missingForAgreement } }`;
export const AGREE = `mutation G($id: ID!) { agreeToVisit(visitId: $id) { id status hostAgreedAt visitorAgreedAt lens { version } } }`;
export const SYNC = `mutation S($input: SyncVisitNotesInput!) { syncVisitNotes(input: $input) { clientId editId outcome replayed note { id body revision deleted } } }`;
export const NOTEBOOK = `query N($id: ID!) { visitNotebook(visitId: $id) { open notes { id clientId body mine revision deleted } conflicts { id body current { body } } } }`;
export const REPORT = `query R($id: ID!) { mirrorReport(visitId: $id) { anonymised host { name } visitor { name } summary hostReflection status visibility notes { body author inReport } practices { what } } }`;

/** A visit De Hoeve (Ingrid) arranges to host for De Lindehof (Marloes): nothing agreed yet. */
export async function arrangedVisit(net: Awaited<ReturnType<typeof demoNetwork>>) {
  const ingrid = await net.as('ingrid@hoeve.demo');
  const marloes = await net.as('marloes@lindehof.demo');
  const visit = (
    await ingrid.ok(ARRANGE, {
      input: { organisationId: net.organisations.hoeve, partnerOrganisationId: net.organisations.lindehof, weHost: true },
    })
  ).arrangePeerVisit;
  return { ingrid, marloes, visit };
}

/** A visit De Hoeve hosts for De Lindehof, agreed by both sides, with Marloes and Els visiting. */
export async function agreedVisit(
  net: Awaited<ReturnType<typeof demoNetwork>>,
  focusQuestion = 'Hoe houden we het gewone leven gewoon op het erf?',
) {
  const { ingrid, marloes, visit } = await arrangedVisit(net);
  await ingrid.ok(AGREEMENT, {
    input: {
      visitId: visit.id,
      focusQuestion,
      purpose: 'Leren hoe deelnemers meedoen naar vermogen.',
      valueIds: ['feeling_at_home', 'doing_what_is_needed'],
      mirrorThemeIds: ['residents', 'residents_wellbeing'],
      format: 'day',
      visitDate: '2026-04-14',
      practicalNotes: 'Parkeren bij de schuur; laarzen mee.',
      privacyNotes: 'Bewoners zijn verteld dat er bezoek komt; kamers alleen op uitnodiging.',
    },
  });
  await marloes.ok(TEAM, {
    input: {
      visitId: visit.id,
      members: [
        { role: 'entrepreneur', personId: await net.person('marloes@lindehof.demo') },
        { role: 'care_worker', personId: await net.person('els@lindehof.demo') },
        { role: 'relative', displayName: 'Joke' },
      ],
    },
  });
  await ingrid.ok(AGREE, { id: visit.id });
  await marloes.ok(AGREE, { id: visit.id });
  return visit.id as string;
}

export function noteEdit(
  fields: Partial<Pick<NoteEditInput, 'body' | 'findingType' | 'valueIds' | 'mirrorThemeId' | 'deleted'>> = {},
  ids: { clientId?: string; baseRevision?: number; priorEditIds?: string[] } = {},
) {
  return {
    clientId: ids.clientId ?? randomUUID(),
    editId: randomUUID(),
    baseRevision: ids.baseRevision ?? 0,
    priorEditIds: ids.priorEditIds ?? [],
    body: 'De tafel werd samen gedekt, iedereen had een taak.',
    findingType: 'touched_us',
    valueIds: ['feeling_at_home'],
    mirrorThemeId: 'residents',
    momentOfDay: 'midday',
    aboutFocus: false,
    deleted: false,
    ...fields,
  } satisfies NoteEditInput;
}

/** The GraphQL error code of a refused call. */
/**
 * A sync as the notebook sends it once its author answered a refusal (use-notebook): sent, refused with
 * IDENTIFYING_DETAILS, and sent again with the notes the refusal named confirmed — "Ik heb dit gecontroleerd" with the
 * ids of the findings shown with each (acknowledgedFindings, named from the note) — and the others as they were. So
 * a name the device did not know (the host's people, a register's) is confirmed. Fails when the guard does not ask.
 */
export async function syncedAfterConfirming(client: GraphqlClient, visitId: string, edits: ReturnType<typeof noteEdit>[]) {
  const first = await client.request(SYNC, { input: { visitId, edits } });
  const error = first.errors?.[0];
  if (error?.extensions?.code !== 'IDENTIFYING_DETAILS')
    throw new Error(`Expected IDENTIFYING_DETAILS, got ${error ? `${error.extensions?.code}: ${error.message}` : 'a stored sync'}`);
  const refused = refusedNotesOfBatch(
    { code: error.extensions.code, message: error.message, findings: error.extensions.findings as ReportedFinding[], escalation: null },
    edits,
  );
  const confirmed = edits.map((edit) => {
    const refusal = refused.get(edit.clientId);
    return refusal ? { ...edit, acknowledgeWarnings: true, acknowledgedFindings: refusal.findings.map((f) => f.id) } : edit;
  });
  return client.ok(SYNC, { input: { visitId, edits: confirmed } });
}

export async function refusal(client: GraphqlClient, query: string, variables: Record<string, unknown>): Promise<string | undefined> {
  const result = await client.request(query, variables);
  return result.errors?.[0]?.extensions?.code;
}
