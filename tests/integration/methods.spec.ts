import { PHASE_KINDS, SHIPPED_METHODS } from '@kring/domain';
import { MethodsService } from '../../apps/api/src/modules/methods/methods.service';
import type { MethodPhaseInput, PhaseKind, Role, SaveCustomMethodInput } from '../support/documents.generated';
import { type AnswerTo, GraphqlClient } from '../support/graphql-client';
import { joinByInvitation, secondOrganisation, setupFirstOrganisation } from '../support/fixtures';
import { startTestKring, TestKring } from '../support/kring-test-app';

const TEXT = `nl en`;
const PHASE = `id kind title { ${TEXT} } participantPrompt { ${TEXT} } moderatorGuidance { ${TEXT} } defaultMinutes lensItemIds`;
const METHOD = `id version name { ${TEXT} } summary { ${TEXT} } source custom archived durationMinutes basedOn { id version } savedBy { name } phases { ${PHASE} }`;

const LIST = `query L($organisationId: ID!) { methods(organisationId: $organisationId) { id version source custom name { nl } } }`;
const GET = `query G($organisationId: ID!, $methodId: ID!, $version: Int) { method(organisationId: $organisationId, methodId: $methodId, version: $version) { ${METHOD} } }`;
const VERSIONS = `query V($organisationId: ID!, $methodId: ID!) { methodVersions(organisationId: $organisationId, methodId: $methodId) { version savedBy { name } } }`;
const COPY = `mutation C($organisationId: ID!, $methodId: ID!, $newName: String!) { copyMethod(organisationId: $organisationId, methodId: $methodId, newName: $newName) { ${METHOD} } }`;
const SAVE = `mutation S($input: SaveCustomMethodInput!) { saveCustomMethod(input: $input) { ${METHOD} } }`;
const ARCHIVE = `mutation A($organisationId: ID!, $methodId: ID!) { archiveCustomMethod(organisationId: $organisationId, methodId: $methodId) }`;
const BEHAVIOUR = `behaviour { privateUntilReveal votesHiddenUntilClose valueTagging harvestFlow worksWith }`;
const WITH_BEHAVIOUR = `id version phases { ${PHASE} ${BEHAVIOUR} }`;
const GET_BEHAVIOUR = `query G($organisationId: ID!, $methodId: ID!, $version: Int) { method(organisationId: $organisationId, methodId: $methodId, version: $version) { ${WITH_BEHAVIOUR} } }`;
const SAVE_BEHAVIOUR = `mutation S($input: SaveCustomMethodInput!) { saveCustomMethod(input: $input) { ${WITH_BEHAVIOUR} } }`;
const PHASE_BLOCKS = `{ phaseKinds { kind label { nl } defaultMinutes defaultPrompt { ${TEXT} } defaultModeratorGuidance { ${TEXT} } } }`;

type MethodData = AnswerTo<typeof COPY>['copyMethod'];

/** The form the builder sends: a fetched method's texts and phases, without what the server decides. */
function saveInput(
  organisationId: string,
  method: MethodData,
  changes: Partial<Pick<SaveCustomMethodInput, 'methodId' | 'baseVersion'>> = {},
): SaveCustomMethodInput {
  return {
    organisationId,
    methodId: method.id,
    baseVersion: method.version,
    name: method.name,
    summary: method.summary,
    phases: method.phases.map(({ id, kind, title, participantPrompt, moderatorGuidance, defaultMinutes, lensItemIds }) => ({
      id,
      kind,
      title,
      participantPrompt,
      moderatorGuidance,
      defaultMinutes,
      lensItemIds,
    })),
    ...changes,
  };
}

describe('methods as data: shipped and custom, versioned', () => {
  let kring: TestKring;
  let admin: GraphqlClient;
  let organisationId: string;
  let moderator: GraphqlClient;
  let careWorker: GraphqlClient;

  /** A colleague who joined through a real invitation, logged in with the given role. */
  async function colleague(email: string, role: Role): Promise<GraphqlClient> {
    return (await joinByInvitation(kring, admin, { organisationId, email, role }, email.split('@')[0])).client;
  }

  const stored = async () => (await kring.sql<{ n: number }>(`SELECT count(*)::int AS n FROM custom_method`))[0].n;

  beforeAll(async () => {
    kring = await startTestKring();
    ({ admin, organisationId } = await setupFirstOrganisation(kring));
    moderator = await colleague('sanne@hoeve.test', 'moderator');
    careWorker = await colleague('bram@hoeve.test', 'care_worker');
  });
  afterAll(() => kring.close());

  it('shows every member the seven shipped methods in the order of the guide', async () => {
    const { methods } = await careWorker.ok(LIST, { organisationId });
    expect(methods.map((m: { id: string }) => m.id)).toEqual(SHIPPED_METHODS.map((m) => m.id));
    expect(methods).toHaveLength(7);
    expect(methods.every((m: { custom: boolean; version: number }) => !m.custom && m.version === 1)).toBe(true);
    expect(methods.find((m: { id: string }) => m.id === 'incident_method')).toMatchObject({
      source: 'practice',
      name: { nl: 'Incidentmethode' },
    });

    const { method } = await careWorker.ok(GET, { organisationId, methodId: 'presence_case_reflection' });
    expect(method).toMatchObject({ custom: false, archived: false, source: 'sources', savedBy: null, basedOn: null });
    expect(method.phases[0].participantPrompt.nl).toBe(SHIPPED_METHODS[0].phases[0].participantPrompt.nl);
    expect(method.durationMinutes).toBe(SHIPPED_METHODS[0].phases.reduce((sum, p) => sum + p.defaultMinutes, 0));
    expect((await careWorker.ok(VERSIONS, { organisationId, methodId: 'presence_case_reflection' })).methodVersions).toEqual([]);
  });

  it('copy, edit and save makes version 2 while version 1 stays resolvable', async () => {
    const copied: MethodData = (await moderator.ok(COPY, { organisationId, methodId: 'incident_method', newName: 'Onze incidentmethode' }))
      .copyMethod;
    expect(copied).toMatchObject({
      id: 'org-onze-incidentmethode',
      version: 1,
      custom: true,
      source: 'practice',
      name: { nl: 'Onze incidentmethode', en: 'Onze incidentmethode' },
      basedOn: { id: 'incident_method', version: 1 },
      savedBy: { name: 'sanne' },
    });
    expect(copied.phases.map((p) => p.id)).toEqual(SHIPPED_METHODS[2].phases.map((p) => p.id));

    // Edit: a shorter incident, no grouping, and an English name.
    const input = saveInput(organisationId, copied, {});
    input.name = { nl: 'Onze incidentmethode', en: 'Our incident method' };
    input.phases[0] = {
      ...input.phases[0],
      defaultMinutes: 3,
      participantPrompt: { nl: 'Vertel in drie zinnen wat er gebeurde.', en: 'Tell in three sentences what happened.' },
    };
    input.phases = input.phases.filter((p) => p.kind !== 'group');
    const saved: MethodData = (await moderator.ok(SAVE, { input })).saveCustomMethod;
    expect(saved).toMatchObject({
      id: copied.id,
      version: 2,
      name: { en: 'Our incident method' },
      basedOn: { id: 'incident_method', version: 1 },
    });
    expect(saved.phases.map((p) => p.kind)).not.toContain('group');
    const grouping = copied.phases.find((p) => p.kind === 'group')!;
    expect(saved.durationMinutes).toBe(copied.durationMinutes - 2 - grouping.defaultMinutes);

    const v1: MethodData = (await careWorker.ok(GET, { organisationId, methodId: copied.id, version: 1 })).method;
    expect(v1).toEqual(copied);
    expect((await careWorker.ok(GET, { organisationId, methodId: copied.id })).method.version).toBe(2);
    expect((await careWorker.ok(VERSIONS, { organisationId, methodId: copied.id })).methodVersions).toEqual([
      { version: 2, savedBy: { name: 'sanne' } },
      { version: 1, savedBy: { name: 'sanne' } },
    ]);

    // The contract live sessions rely on: a snapshot of any version, latest by default.
    const service = kring.app.get(MethodsService);
    expect((await service.resolve(organisationId, copied.id, 1)).phases[0].defaultMinutes).toBe(5);
    expect(await service.resolve(organisationId, copied.id)).toMatchObject({
      version: 2,
      phases: expect.arrayContaining([expect.objectContaining({ defaultMinutes: 3 })]),
    });
    expect(await service.resolve(organisationId, 'incident_method')).toBe(SHIPPED_METHODS[2]);
    await expect(service.resolve(organisationId, copied.id, 3)).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    await expect(service.resolve(organisationId, 'incident_method', 2)).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });

    // The library shows the latest version only.
    const { methods } = await careWorker.ok(LIST, { organisationId });
    expect(methods.filter((m: { custom: boolean }) => m.custom)).toEqual([
      { id: copied.id, version: 2, source: 'practice', custom: true, name: { nl: 'Onze incidentmethode' } },
    ]);
  });

  it('refuses a save that started from an older version, keeping what is stored', async () => {
    const copy: MethodData = (await admin.ok(COPY, { organisationId, methodId: 'dilemma_method', newName: 'Moreel beraad' })).copyMethod;
    await admin.ok(SAVE, { input: saveInput(organisationId, copy) });
    const before = await stored();
    const stale = await moderator.request(SAVE, { input: saveInput(organisationId, copy) });
    expect(stale.errors?.[0]).toMatchObject({ extensions: { code: 'METHOD_VERSION_CONFLICT' } });
    expect(stale.errors?.[0].message).toMatch(/intussen opgeslagen \(nu versie 2\)/);
    expect(await stored()).toBe(before);
  });

  it('builds a method from the phase blocks, with a readable id that never repeats', async () => {
    const { phaseKinds } = await moderator.ok(PHASE_BLOCKS);
    expect(phaseKinds.map((k: { kind: string }) => k.kind)).toEqual(PHASE_KINDS);
    const block = (kind: PhaseKind) => phaseKinds.find((k: { kind: string }) => k.kind === kind)!;
    const phase = (kind: PhaseKind) => ({
      id: kind,
      kind,
      title: { nl: block(kind).label.nl, en: block(kind).label.nl },
      participantPrompt: block(kind).defaultPrompt,
      moderatorGuidance: block(kind).defaultModeratorGuidance,
      defaultMinutes: block(kind).defaultMinutes,
    });
    const input: SaveCustomMethodInput = {
      organisationId,
      name: { nl: 'Korte terugblik', en: 'Short look back' },
      summary: { nl: 'Vertellen, stemmen, oogsten.', en: 'Tell, vote, harvest.' },
      phases: [phase('tell'), phase('contribute'), phase('vote'), phase('harvest')],
    };
    const first: MethodData = (await moderator.ok(SAVE, { input })).saveCustomMethod;
    expect(first).toMatchObject({ id: 'org-korte-terugblik', version: 1, basedOn: null, source: 'practice', durationMinutes: 40 });
    const second: MethodData = (await moderator.ok(SAVE, { input })).saveCustomMethod;
    expect(second).toMatchObject({ id: 'org-korte-terugblik-2', version: 1 });
  });

  it('refuses an invalid method with readable messages and stores nothing', async () => {
    const before = await stored();
    const tell: MethodPhaseInput = {
      id: 'a',
      kind: 'tell',
      title: { nl: 'Verhaal', en: 'Story' },
      participantPrompt: { nl: 'Vertel', en: 'Tell' },
      moderatorGuidance: { nl: '', en: '' },
      defaultMinutes: 10,
    };
    const broken: SaveCustomMethodInput = {
      organisationId,
      name: { nl: 'Kapot', en: 'Broken' },
      summary: { nl: '', en: '' },
      phases: [
        tell,
        { ...tell, participantPrompt: { nl: ' ', en: 'Tell' }, defaultMinutes: 0 },
        { ...tell, id: 'c', lensItemIds: ['geen_lens'] },
      ],
    };
    const result = await moderator.request(SAVE, { input: broken });
    expect(result.errors?.[0].extensions?.code).toBe('INVALID_METHOD');
    expect(result.errors?.[0].message).toBe(
      'De werkvorm kan zo nog niet worden opgeslagen. Fase 2: het id "a" komt vaker voor. ' +
        'Fase 2: de tijd moet een heel aantal minuten zijn, van 1 tot en met 120. ' +
        'Fase 2: de vraag aan de deelnemers is leeg (Nederlands en Engels nodig). ' +
        'Fase 3: onbekend lens-onderdeel "geen_lens".',
    );
    const empty = await moderator.request(SAVE, { input: { ...broken, name: { nl: 'Leeg', en: '' }, phases: [] } });
    expect(empty.errors?.[0].message).toBe(
      'De werkvorm kan zo nog niet worden opgeslagen. Geef de werkvorm een naam in het Nederlands en het Engels. De werkvorm heeft nog geen fasen.',
    );
    const tooLong = await moderator.request(SAVE, {
      input: { ...broken, phases: [{ ...tell, participantPrompt: { nl: 'x'.repeat(2001), en: 'x' } }] },
    });
    expect(tooLong.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', fields: { nl: 'Nederlandse tekst mag hoogstens 2000 tekens lang zijn' } },
    });
    const tooMany = await moderator.request(SAVE, {
      input: { ...broken, phases: Array.from({ length: 21 }, (_, i) => ({ ...tell, id: `p${i}`, defaultMinutes: 1 })) },
    });
    expect(tooMany.errors?.[0].message).toMatch(/de werkvorm heeft 21 fasen; het maximum is 20\./i);
    expect(await stored()).toBe(before);
  });

  it("offers each phase's behaviour, keeps what the builder sets in a custom method, and refuses what does not fit", async () => {
    const get = async (methodId: string, version?: number) =>
      (await careWorker.ok(GET_BEHAVIOUR, { organisationId, methodId, version })).method;
    // Also inputs the schema refuses on purpose (a harvest flow it does not know): sent as they are.
    const save = (input: unknown) => moderator.request(SAVE_BEHAVIOUR, { input: input as SaveCustomMethodInput });
    const saved = async (input: unknown) => (await save(input)).data!.saveCustomMethod;

    // Every field of the domain's PhaseBehaviour is in the schema, for every shipped phase, as declared.
    for (const shipped of SHIPPED_METHODS) {
      const method = await get(shipped.id);
      method.phases.forEach((phase: { behaviour: object }, i: number) => expect(phase.behaviour).toEqual(shipped.phases[i].behaviour));
    }

    const copied = (await moderator.ok(COPY, { organisationId, methodId: 'incident_method', newName: 'Incident met praktijk' })).copyMethod;
    const v1 = await get(copied.id);
    expect(v1.phases.find((p) => p.id === 'what_would_you_do')?.behaviour.privateUntilReveal).toBe(true);

    // The builder sends every phase's behaviour: the lessons become practices, the comparison's votes open.
    const input = { ...saveInput(organisationId, { ...copied, phases: v1.phases }), phases: v1.phases };
    const at = (id: string) => input.phases.findIndex((p: { id: string }) => p.id === id);
    input.phases[at('lessons')] = {
      ...input.phases[at('lessons')],
      behaviour: { ...v1.phases[at('lessons')].behaviour, harvestFlow: 'practices' },
    };
    input.phases[at('compare')] = {
      ...input.phases[at('compare')],
      behaviour: { ...v1.phases[at('compare')].behaviour, votesHiddenUntilClose: false },
    };
    const v2 = await saved(input);
    expect(v2.version).toBe(2);
    expect(v2.phases[at('lessons')].behaviour.harvestFlow).toBe('practices');
    expect(v2.phases[at('compare')].behaviour).toEqual({
      privateUntilReveal: false,
      votesHiddenUntilClose: false,
      valueTagging: true,
      harvestFlow: 'none',
      worksWith: ['what_would_you_do'],
    });
    // The live room reads the stored definition: it carries the same behaviour.
    const stored = await kring.app.get(MethodsService).resolve(organisationId, copied.id, 2);
    expect(stored.phases.find((p) => p.id === 'lessons')?.behaviour?.harvestFlow).toBe('practices');

    // A client that leaves the field out does not erase it: each phase keeps what its previous version had.
    const withoutBehaviour = {
      ...input,
      baseVersion: 2,
      phases: input.phases.map(({ behaviour: _omitted, ...phase }: Record<string, unknown>) => phase),
    };
    const v3 = await saved(withoutBehaviour);
    expect(v3.phases.map((p: { behaviour: object }) => p.behaviour)).toEqual(v2.phases.map((p: { behaviour: object }) => p.behaviour));

    // The domain's rules, in its words: only earlier phases, and only switches the phase kind acts on.
    const wrong = {
      ...input,
      baseVersion: 3,
      phases: input.phases.map((p: { id: string; behaviour: Record<string, unknown> }) =>
        p.id === 'compare'
          ? { ...p, behaviour: { ...p.behaviour, worksWith: ['lessons'] } }
          : p.id === 'incident'
            ? { ...p, behaviour: { ...p.behaviour, votesHiddenUntilClose: true } }
            : p,
      ),
    };
    const refused = await save(wrong);
    expect(refused.errors?.[0].extensions?.code).toBe('INVALID_METHOD');
    expect(refused.errors?.[0].message).toBe(
      'De werkvorm kan zo nog niet worden opgeslagen. ' +
        'Fase 1: "Stemmen verborgen tot de fase sluit" past niet bij deze soort fase; in deze fase wordt niet gestemd. ' +
        'Fase 5: kan alleen verder werken met een eerdere fase, niet met "lessons".',
    );
    const badFlow = await save({
      ...wrong,
      phases: input.phases.map((p: { id: string; behaviour: Record<string, unknown> }) => ({
        ...p,
        behaviour: { ...p.behaviour, harvestFlow: 'score' },
      })),
    });
    expect(badFlow.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await get(copied.id)).version).toBe(3);
  });

  it('lets care workers read but not copy, save or archive, and keeps shipped methods read-only', async () => {
    const before = await stored();
    const { methods } = await careWorker.ok(LIST, { organisationId });
    const own = methods.find((m: { custom: boolean }) => m.custom);
    const copy = await careWorker.request(COPY, { organisationId, methodId: 'incident_method', newName: 'Stiekem' });
    const save = await careWorker.request(SAVE, {
      input: { organisationId, name: { nl: 'Stiekem', en: 'Sneaky' }, summary: { nl: '', en: '' }, phases: [] },
    });
    const archive = await careWorker.request(ARCHIVE, { organisationId, methodId: own!.id });
    for (const refused of [copy, save, archive]) expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const shipped = (await moderator.ok(GET, { organisationId, methodId: 'incident_method' })).method;
    const overwrite = await moderator.request(SAVE, { input: saveInput(organisationId, shipped) });
    expect(overwrite.errors?.[0]).toMatchObject({
      extensions: { code: 'SHIPPED_METHOD_READ_ONLY' },
      message: expect.stringMatching(/Maak er een kopie van/),
    });
    expect((await moderator.request(ARCHIVE, { organisationId, methodId: 'incident_method' })).errors?.[0].extensions?.code).toBe(
      'SHIPPED_METHOD_READ_ONLY',
    );
    expect((await moderator.request(GET, { organisationId, methodId: 'org-bestaat-niet' })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await stored()).toBe(before);
  });

  it('archives an own method: gone from the library, still resolvable, no longer editable', async () => {
    const copy: MethodData = (await moderator.ok(COPY, { organisationId, methodId: 'images_of_quality', newName: 'Beelden van ons huis' }))
      .copyMethod;
    expect(await moderator.ok(ARCHIVE, { organisationId, methodId: copy.id })).toEqual({ archiveCustomMethod: true });
    const { methods } = await moderator.ok(LIST, { organisationId });
    expect(methods.map((m: { id: string }) => m.id)).not.toContain(copy.id);
    expect((await moderator.ok(GET, { organisationId, methodId: copy.id })).method).toMatchObject({ id: copy.id, archived: true });
    expect(await kring.app.get(MethodsService).resolve(organisationId, copy.id)).toMatchObject({ id: copy.id, version: 1 });
    const edit = await moderator.request(SAVE, { input: saveInput(organisationId, copy) });
    expect(edit.errors?.[0].extensions?.code).toBe('METHOD_ARCHIVED');
    // A copy is the way to carry on with it.
    expect((await moderator.ok(COPY, { organisationId, methodId: copy.id, newName: 'Beelden, opnieuw' })).copyMethod).toMatchObject({
      basedOn: { id: copy.id, version: 1 },
    });
  });

  it("keeps an organisation's own methods invisible and unresolvable to another organisation", async () => {
    const other = await secondOrganisation(kring);
    const { methods } = await other.admin.ok(LIST, { organisationId: other.organisationId });
    expect(methods.map((m: { id: string }) => m.id)).toEqual(SHIPPED_METHODS.map((m) => m.id));

    const ours = 'org-onze-incidentmethode';
    for (const [query, variables] of [
      [GET, { organisationId: other.organisationId, methodId: ours }],
      [GET, { organisationId, methodId: ours }],
      [VERSIONS, { organisationId: other.organisationId, methodId: ours }],
      [COPY, { organisationId: other.organisationId, methodId: ours, newName: 'Overgenomen' }],
      [ARCHIVE, { organisationId: other.organisationId, methodId: ours }],
      [ARCHIVE, { organisationId, methodId: ours }],
    ] as [string, Record<string, unknown>][]) {
      const result = await other.admin.request(query, variables);
      expect({ query: query.slice(0, 12), code: result.errors?.[0].extensions?.code }).toEqual({
        query: query.slice(0, 12),
        code: 'NOT_FOUND',
      });
    }
    await expect(kring.app.get(MethodsService).resolve(other.organisationId, ours)).rejects.toMatchObject({
      extensions: { code: 'NOT_FOUND' },
    });
    expect(await kring.sql(`SELECT archived_at FROM custom_method WHERE method_id = $1 AND archived_at IS NOT NULL`, [ours])).toEqual([]);

    // The same name gives the same readable id in each organisation, without clashing.
    const theirs = (
      await other.admin.ok(COPY, { organisationId: other.organisationId, methodId: 'incident_method', newName: 'Onze incidentmethode' })
    ).copyMethod;
    expect(theirs).toMatchObject({ id: ours, version: 1 });
    expect((await moderator.ok(GET, { organisationId, methodId: ours })).method.version).toBe(2);
  });
});
