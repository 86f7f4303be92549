import {
  buildSchema,
  getNamedType,
  GraphQLInputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import fs from 'node:fs';
import path from 'node:path';
import { GraphqlClient } from '../support/graphql-client';
import { CREATE_TEAM, LOGIN, PASSWORD, setupFirstOrganisation } from '../support/fixtures';
import { startTestKring, TestKring } from '../support/kring-test-app';
import { generateOperations, GeneratedOperation } from '../support/operation-generator';

/**
 * Schema-driven fuzzing (issue #10): every query and mutation with arguments
 * is sent with each argument and each input field replaced by a value of the
 * wrong type or an edge value (NUL byte, lone surrogate, impossible date,
 * huge number, unknown enum, object for text, …), as a logged-in
 * administrator so calls get past the policy layer. Whatever the answer, it
 * must never be HTTP 500 nor INTERNAL: a wrong value is the sender's mistake.
 * New operations and fields are fuzzed without anyone listing them.
 */
const schema: GraphQLSchema = buildSchema(fs.readFileSync(path.resolve(__dirname, '../../apps/api/schema.graphql'), 'utf8'));

const TEXT_EDGES = ['a\u0000b', 'a\ud800b', '2025-02-30', '9999-99-99T99:99:99Z', '', '   '];

/** Wrong or edge values for one input type. */
function badValues(type: GraphQLInputType): unknown[] {
  const named = getNamedType(type);
  const base: unknown[] = [null, { nested: true }];
  if (isListType(isNonNullType(type) ? type.ofType : type)) return [...base, 'geen lijst', [null], [{ x: 1 }]];
  if (isInputObjectType(named)) return [...base, 'geen object', [], {}];
  if (isEnumType(named)) return [...base, 'BESTAAT_NIET', 7];
  if (isScalarType(named)) {
    switch (named.name) {
      case 'Boolean':
        return [...base, 'x', 1];
      case 'Int':
      case 'Float':
        return [...base, 'x', 1.5, 2 ** 40, -1, true];
      case 'ID':
        return [...base, 'geen-uuid', 12, 'a\u0000b', '00000000-0000-0000-0000-000000000000'];
      case 'DateTime':
        return [...base, 'geen datum', '2025-02-30T10:00:00Z', 1e20, 'a\u0000b'];
      default:
        return [...base, 7, true, ...TEXT_EDGES];
    }
  }
  return base;
}

interface Variant {
  path: string;
  value: unknown;
  variables: Record<string, unknown>;
}

/** Every leaf and object of the variables, each replaced in turn by each bad value for its type. */
function variants(operation: GeneratedOperation): Variant[] {
  const field = (operation.kind === 'query' ? schema.getQueryType() : schema.getMutationType())!.getFields()[operation.name];
  const out: Variant[] = [];
  const visit = (type: GraphQLInputType, at: (string | number)[]) => {
    for (const value of badValues(type)) out.push({ path: at.join('.'), value, variables: replaced(operation.variables, at, value) });
    const inner = isNonNullType(type) ? type.ofType : type;
    if (isInputObjectType(inner)) for (const f of Object.values(inner.getFields())) visit(f.type, [...at, f.name]);
    if (isListType(inner)) visit(inner.ofType, [...at, 0]);
  };
  for (const arg of field.args) visit(arg.type, [arg.name]);
  return out;
}

function replaced(variables: Record<string, unknown>, at: (string | number)[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(variables);
  // Every step but the last lands on an object or array inside the variables (the path came from their type).
  type Container = Record<string | number, unknown>;
  let target = copy as Container;
  for (const key of at.slice(0, -1)) target = target[key] as Container;
  target[at[at.length - 1]] = value;
  return copy;
}

describe('fuzzing every operation with wrong and edge values', () => {
  let kring: TestKring;
  let admin: GraphqlClient;
  let operations: GeneratedOperation[];
  beforeAll(async () => {
    kring = await startTestKring();
    const a = await setupFirstOrganisation(kring);
    admin = a.admin;
    const team = (await admin.ok(CREATE_TEAM, { organisationId: a.organisationId, name: 'Team wonen' })).createTeam;
    // Real rows where the fixture has them; any other ID aims at the organisation (a refusal is fine here, a 500 is not).
    const ids = new Proxy<Record<string, string>>(
      { organisationId: a.organisationId, teamId: team.id },
      { get: (known, name: string) => known[name] ?? a.organisationId },
    );
    operations = generateOperations(schema, { ids }).filter((o) => Object.keys(o.variables).length > 0);
  });
  afterAll(() => kring.close());

  it('answers 0 HTTP 500 and 0 INTERNAL', async () => {
    const failures: string[] = [];
    let sent = 0;
    for (const operation of operations) {
      for (const variant of variants(operation)) {
        const response = await fetch(`${kring.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: admin.sessionCookie, 'accept-language': 'nl' },
          body: JSON.stringify({ query: operation.document, variables: variant.variables }),
        });
        sent += 1;
        const text = await response.text();
        let codes: string[];
        try {
          const answer = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
          codes = (answer.errors ?? []).map((e) => e.extensions?.code ?? 'NO CODE');
        } catch {
          codes = ['NOT JSON'];
        }
        if (response.status >= 500 || codes.includes('INTERNAL') || codes.includes('NOT JSON')) {
          failures.push(`${operation.name} ${variant.path}=${JSON.stringify(variant.value)}: HTTP ${response.status} ${codes.join(',')}`);
        }
        // A fuzzed mutation may have ended the administrator's login (or membership): log in again.
        if (codes.includes('UNAUTHENTICATED')) await admin.request(LOGIN, { email: 'ingrid@hoeve.test', password: PASSWORD });
      }
    }
    expect(sent).toBeGreaterThan(1000);
    expect(failures).toEqual([]);
  }, 900_000);
});
