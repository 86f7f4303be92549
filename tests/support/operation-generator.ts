import { CORE_VALUE_IDS, LENSES, MIRROR_THEMES } from '@kring/domain';
import {
  getNamedType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';

/**
 * The rows the generated calls aim at: by argument name (`organisationId`,
 * `teamId`, …), and per operation where one name means different rows
 * (`case(id)`, `organisation(id)`). There is no fallback: an ID argument
 * without a real row fails the generation, so every call hits a row.
 */
export interface TargetIds {
  ids: Record<string, string>;
  byOperation?: Record<string, Record<string, string>>;
}

/**
 * IDs the client itself makes up (offline notes and their edits): there is no row to aim at, any fresh UUID will do.
 * The escalation prompt a "Toch bewaren" answers is alike: the server records the keep on it only when it is the
 * caller's own open prompt on that surface, and on a prompt of its own otherwise, so no id makes the call reach a row.
 */
export const CLIENT_CHOSEN_IDS: Record<string, string> = {
  clientId: '7c1d5e1c-4d0b-4c55-9d6e-1f7c2a9b3e01',
  editId: '7c1d5e1c-4d0b-4c55-9d6e-1f7c2a9b3e02',
  priorEditIds: '7c1d5e1c-4d0b-4c55-9d6e-1f7c2a9b3e03',
  escalationPromptId: '7c1d5e1c-4d0b-4c55-9d6e-1f7c2a9b3e04',
};

export interface GeneratedOperation {
  kind: 'query' | 'mutation';
  name: string;
  document: string;
  variables: Record<string, unknown>;
  /** For a mixed call: the one ID (a variable path) that points at the other party's row. */
  foreignPath?: string;
}

/** A day `days` from today (UTC), as the API reads days: far enough from today that the Dutch date agrees. */
const dayFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

const STRING_SAMPLES: Record<string, string> = {
  email: 'iemand@example.test',
  adminEmail: 'iemand@example.test',
  password: 'een-veilig-wachtwoord',
  token: 'een-geraden-token',
  // Days as the API reads them, so a call is refused for its ids and not for a malformed date, or one in the past where
  // a day has to come (a look-back): relative to today, so they never expire.
  from: dayFromToday(-365),
  until: dayFromToday(30),
  givenOn: dayFromToday(-3),
  withdrawnOn: dayFromToday(-2),
  lookBackOn: dayFromToday(60),
  nextLookBackOn: dayFromToday(60),
  visitDate: dayFromToday(30),
  storytellerEmail: 'verteller@example.test',
  // Ids from the domain's catalogues, which the inputs accept only from there: the call must get past validation to its rows.
  valueIds: CORE_VALUE_IDS[0],
  lensIds: LENSES[0].id,
  mirrorThemeIds: MIRROR_THEMES[0].id,
  methodId: 'incident_method',
};

/** Numbers with a floor above 1, so a call is refused for its ids and not for its size. */
const INT_SAMPLES: Record<string, number> = { quarterCount: 8, durationMinutes: 60 };

/**
 * Optional fields that stand in for an ID when there is no row to point at
 * (a storyteller without an account): an input gets one or the other, so
 * they are left out when their ID is there, and the call reaches its rows.
 */
const INSTEAD_OF_ID: Record<string, string> = { storytellerName: 'storytellerPersonId', storytellerEmail: 'storytellerPersonId' };

/** Picks the row for an ID at `path` (e.g. `input.teamId`) named `name`. */
type Pick = (name: string, path: string) => string;

function pickFrom(target: TargetIds, operation: string): Pick {
  return (name) => {
    const id = target.byOperation?.[operation]?.[name] ?? target.ids[name] ?? CLIENT_CHOSEN_IDS[name];
    if (!id) throw new Error(`${operation}: no row for the ID argument "${name}" — add one to the fixture`);
    return id;
  };
}

/** A plausible, valid value for an input type, so calls reach the policy layer rather than fail validation. */
function sample(type: GraphQLInputType, name: string, path: string, pick: Pick): unknown {
  if (isNonNullType(type)) return sample(type.ofType, name, path, pick);
  if (isListType(type)) return [sample(type.ofType, name, path, pick)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    const fields = type.getFields();
    return Object.fromEntries(
      Object.values(fields).map((field) => {
        if (field.name in INSTEAD_OF_ID && INSTEAD_OF_ID[field.name] in fields) return [field.name, null];
        // A choice beside an ID takes the value that uses it ("team" beside teamId), or the ID would be ignored and prove nothing.
        const named = getNamedType(field.type);
        const user = isEnumType(named) ? named.getValues().find((v) => `${v.value}Id` in fields) : undefined;
        return [field.name, user ? user.value : sample(field.type, field.name, `${path}.${field.name}`, pick)];
      }),
    );
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return pick(name, path);
      case 'Boolean':
        return true;
      case 'Int':
      case 'Float':
        return INT_SAMPLES[name] ?? 1;
      case 'DateTime':
        return new Date().toISOString();
      default:
        return STRING_SAMPLES[name] ?? 'Proef';
    }
  }
  throw new Error(`No sample for ${String(type)}`);
}

/** The paths of every ID in an operation's arguments that points at a row (not the client-chosen ones). */
function rowIdPaths(field: GraphQLField<unknown, unknown>): string[] {
  const paths: string[] = [];
  const walk = (type: GraphQLInputType, name: string, path: string) => {
    const named = getNamedType(type);
    if (isInputObjectType(named)) for (const f of Object.values(named.getFields())) walk(f.type, f.name, `${path}.${f.name}`);
    else if (named.name === 'ID' && !(name in CLIENT_CHOSEN_IDS)) paths.push(path);
  };
  for (const arg of field.args) walk(arg.type, arg.name, arg.name);
  return paths;
}

/** Every scalar field of the result, and `__typename` for nested objects: enough to see a leak. */
function selection(field: GraphQLField<unknown, unknown>): string {
  const type = getNamedType(field.type);
  if (!isObjectType(type)) return '';
  const fields = Object.values(type.getFields()).map((f) => (isObjectType(getNamedType(f.type)) ? `${f.name} { __typename }` : f.name));
  return `{ ${fields.join(' ')} }`;
}

function operation(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  pick: Pick,
  foreignPath?: string,
): GeneratedOperation {
  const args = field.args as readonly GraphQLArgument[];
  const declarations = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const call = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return {
    kind,
    name: field.name,
    document: `${kind} Generated${declarations ? `(${declarations})` : ''} { ${field.name}${call ? `(${call})` : ''} ${selection(field)} }`,
    variables: Object.fromEntries(args.map((a) => [a.name, sample(a.type, a.name, a.name, pick)])),
    ...(foreignPath ? { foreignPath } : {}),
  };
}

function fields(schema: GraphQLSchema): { kind: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> }[] {
  return [
    ...Object.values(schema.getQueryType()?.getFields() ?? {}).map((field) => ({ kind: 'query' as const, field })),
    ...Object.values(schema.getMutationType()?.getFields() ?? {}).map((field) => ({ kind: 'mutation' as const, field })),
  ];
}

/** Every query and mutation name in the schema: what the matrix must have exercised, exactly. */
export function schemaOperationNames(schema: GraphQLSchema): string[] {
  return fields(schema).map(({ field }) => field.name);
}

/** One call per query and mutation in the schema, every ID at a real row of `target`: new operations are covered without anyone listing them. */
export function generateOperations(schema: GraphQLSchema, target: TargetIds): GeneratedOperation[] {
  return fields(schema).map(({ kind, field }) => operation(kind, field, pickFrom(target, field.name)));
}

/**
 * What an attacker tries with an operation that takes several IDs: their own
 * rows everywhere, and one of `foreign`'s rows in one place — one call per
 * ID, so each check on each argument is tried on its own.
 */
export function generateMixedOperations(schema: GraphQLSchema, own: TargetIds, foreign: TargetIds): GeneratedOperation[] {
  return fields(schema).flatMap(({ kind, field }) => {
    const paths = rowIdPaths(field);
    if (paths.length < 2) return [];
    const mine = pickFrom(own, field.name);
    const theirs = pickFrom(foreign, field.name);
    return paths.map((foreignPath) =>
      operation(kind, field, (name, path) => (path === foreignPath ? theirs(name, path) : mine(name, path)), foreignPath),
    );
  });
}
