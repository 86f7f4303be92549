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

/** Ids of rows the generated calls aim at, by argument name (`organisationId`, `teamId`, …). */
export type TargetIds = Record<string, string> & { default: string };

export interface GeneratedOperation {
  kind: 'query' | 'mutation';
  name: string;
  document: string;
  variables: Record<string, unknown>;
}

const STRING_SAMPLES: Record<string, string> = {
  email: 'iemand@example.test',
  adminEmail: 'iemand@example.test',
  password: 'een-veilig-wachtwoord',
  token: 'een-geraden-token',
};

/** A plausible, valid value for an input type, so calls reach the policy layer rather than fail validation. */
function sample(type: GraphQLInputType, name: string, ids: TargetIds): unknown {
  if (isNonNullType(type)) return sample(type.ofType, name, ids);
  if (isListType(type)) return [sample(type.ofType, name, ids)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(Object.values(type.getFields()).map((field) => [field.name, sample(field.type, field.name, ids)]));
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return ids[name] ?? ids.default;
      case 'Boolean':
        return true;
      case 'Int':
      case 'Float':
        return 1;
      case 'DateTime':
        return new Date().toISOString();
      default:
        return STRING_SAMPLES[name] ?? 'Proef';
    }
  }
  throw new Error(`No sample for ${String(type)}`);
}

/** Every scalar field of the result, and `__typename` for nested objects: enough to see a leak. */
function selection(field: GraphQLField<unknown, unknown>): string {
  const type = getNamedType(field.type);
  if (!isObjectType(type)) return '';
  const fields = Object.values(type.getFields()).map((f) => (isObjectType(getNamedType(f.type)) ? `${f.name} { __typename }` : f.name));
  return `{ ${fields.join(' ')} }`;
}

function operation(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, ids: TargetIds): GeneratedOperation {
  const args = field.args as readonly GraphQLArgument[];
  const declarations = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const call = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return {
    kind,
    name: field.name,
    document: `${kind} Generated${declarations ? `(${declarations})` : ''} { ${field.name}${call ? `(${call})` : ''} ${selection(field)} }`,
    variables: Object.fromEntries(args.map((a) => [a.name, sample(a.type, a.name, ids)])),
  };
}

/** One call per query and mutation in the schema: new operations are covered without anyone listing them. */
export function generateOperations(schema: GraphQLSchema, ids: TargetIds): GeneratedOperation[] {
  const queries = Object.values(schema.getQueryType()?.getFields() ?? {}).map((f) => operation('query', f, ids));
  const mutations = Object.values(schema.getMutationType()?.getFields() ?? {}).map((f) => operation('mutation', f, ids));
  return [...queries, ...mutations];
}
