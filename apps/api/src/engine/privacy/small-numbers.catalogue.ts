import { TypeMetadataStorage } from '@nestjs/graphql';
import { getNamedType, GraphQLField, GraphQLSchema, GraphQLType, isInterfaceType, isListType, isNonNullType, isObjectType } from 'graphql';
import {
  explainedNumber,
  hiddenWhy,
  PartsGroup,
  partsDeclaration,
  SmallNumberDeclaration,
  smallNumberDeclaration,
  suppressValue,
  withGroupsApplied,
} from './small-numbers.decorators';

/**
 * Reads the small-number declarations of the built GraphQL schema: for every
 * Int and Float field of an object type (`QualityReport.sessionsHeld`,
 * `HarvestRow.counts`) and of the Query and Mutation roots, the declaration
 * on the class property or resolver method it was made from. The generated
 * test and scripts/list-text-guards.ts list them all; exports that print a
 * DTO apply the same declarations through suppressDeclaredNumbers.
 */

export interface NumberFieldEntry {
  /** `Type.field`, or `Query.field` for a root field. */
  readonly coordinate: string;
  /** `Int`, `[Int]`, `Float`… as the schema types it. */
  readonly type: string;
  readonly declaration: SmallNumberDeclaration | undefined;
}

const NUMBER_SCALARS = new Set(['Int', 'Float']);

const isNumber = (field: GraphQLField<unknown, unknown>) => NUMBER_SCALARS.has(getNamedType(field.type).name);

/** The classes behind object types and interfaces, and the resolvers behind root fields, read once from Nest's type metadata. */
class Declarations {
  private classes?: Map<string, { readonly prototype: object }>;

  target(typeName: string): { readonly prototype: object } | undefined {
    this.classes ??= new Map(
      [...TypeMetadataStorage.getObjectTypesMetadata(), ...TypeMetadataStorage.getInterfacesMetadata()].map((m) => [m.name, m.target]),
    );
    return this.classes.get(typeName);
  }

  field(typeName: string, field: string): SmallNumberDeclaration | undefined {
    const target = this.target(typeName);
    return target ? smallNumberDeclaration(target, field) : undefined;
  }

  parts(typeName: string, field: string): PartsGroup | undefined {
    const target = this.target(typeName);
    return target ? partsDeclaration(target, field) : undefined;
  }

  explains(typeName: string, field: string): string | undefined {
    const target = this.target(typeName);
    return target ? explainedNumber(target, field) : undefined;
  }

  root(root: 'Query' | 'Mutation', field: string): SmallNumberDeclaration | undefined {
    const resolvers = root === 'Query' ? TypeMetadataStorage.getQueriesMetadata() : TypeMetadataStorage.getMutationsMetadata();
    const resolver = resolvers.find((r) => r.schemaName === field);
    return resolver ? smallNumberDeclaration(resolver.target as { prototype: object }, resolver.methodName) : undefined;
  }
}

const declarations = new Declarations();

/** Every Int and Float output field of the schema with its declaration (undefined: none, which the test refuses). */
export function listNumberFields(schema: GraphQLSchema): NumberFieldEntry[] {
  const entries: NumberFieldEntry[] = [];
  const rootNames = new Map([
    [schema.getQueryType()?.name, 'Query'],
    [schema.getMutationType()?.name, 'Mutation'],
  ] as const);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(isObjectType(type) || isInterfaceType(type)) || type.name.startsWith('__')) continue;
    const root = rootNames.get(type.name);
    for (const field of Object.values(type.getFields())) {
      if (!isNumber(field)) continue;
      entries.push({
        coordinate: `${type.name}.${field.name}`,
        type: String(field.type),
        declaration: root ? declarations.root(root, field.name) : declarations.field(type.name, field.name),
      });
    }
  }
  return entries.sort((a, b) => a.coordinate.localeCompare(b.coordinate));
}

export interface PartsListEntry {
  /** `Type.field` of a list field. */
  readonly coordinate: string;
  /** The list's item type. */
  readonly itemType: string;
  /** Its group: the total it adds up to, or why it stands alone; undefined: none, which the test refuses. */
  readonly group: PartsGroup | undefined;
}

/**
 * Every list field whose items are suppressed counts or carry one (a
 * @SuppressedNumber field of the item type itself): where a total beside
 * them could give a hidden one away, so each declares its group or why it
 * stands alone.
 */
export function listPartsFields(schema: GraphQLSchema): PartsListEntry[] {
  const entries: PartsListEntry[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(isObjectType(type) || isInterfaceType(type)) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const unwrapped = isNonNullType(field.type) ? field.type.ofType : field.type;
      if (!isListType(unwrapped)) continue;
      const item = getNamedType(unwrapped);
      const countsItself = isNumber(field) && declarations.field(type.name, field.name)?.suppressed;
      const itemCarriesCount =
        (isObjectType(item) || isInterfaceType(item)) &&
        Object.values(item.getFields()).some((f) => isNumber(f) && declarations.field(item.name, f.name)?.suppressed);
      if (!countsItself && !itemCarriesCount) continue;
      entries.push({ coordinate: `${type.name}.${field.name}`, itemType: item.name, group: declarations.parts(type.name, field.name) });
    }
  }
  return entries.sort((a, b) => a.coordinate.localeCompare(b.coordinate));
}

/** Whether `Type.field` is declared `grouped` (it has a `<field>Hidden` that says why it is null). */
export function explainsWhyHidden(schema: GraphQLSchema, typeName: string, field: string): boolean {
  const type = schema.getType(typeName);
  if (!(type && (isObjectType(type) || isInterfaceType(type)))) return false;
  return Object.values(type.getFields()).some((f) => declarations.explains(typeName, f.name) === field);
}

/**
 * A copy of `value` (a DTO of the named object type, as a service returned
 * it) with every declared @SuppressedNumber under the minimum group size set
 * to null, in nested objects and lists too: what a PDF or Markdown export
 * prints is what GraphQL would have returned, groups included (a count
 * hidden to protect another is null, and its `<name>Hidden` says so).
 */
export function suppressDeclaredNumbers<T>(schema: GraphQLSchema, typeName: string, value: T): T {
  const type = schema.getType(typeName);
  if (!type) throw new Error(`No GraphQL type ${typeName}`);
  return walk(type, value) as T;
}

function walk(type: GraphQLType, value: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (isNonNullType(type)) return walk(type.ofType, value);
  if (isListType(type)) return Array.isArray(value) ? value.map((item) => walk(type.ofType, item)) : value;
  if (!(isObjectType(type) || isInterfaceType(type)) || typeof value !== 'object') return value;
  // Groups first (a part or total hidden to protect another count), then each number on its own, as in GraphQL.
  const target = declarations.target(type.name);
  const record = target ? withGroupsApplied(target.prototype, value) : (value as Record<string, unknown>);
  const copy: Record<string, unknown> = { ...record };
  for (const field of Object.values(type.getFields())) {
    const explained = declarations.explains(type.name, field.name);
    if (explained) {
      if (explained in record) copy[field.name] = hiddenWhy(record, explained);
      continue;
    }
    if (!(field.name in record)) continue;
    copy[field.name] = declarations.field(type.name, field.name)?.suppressed
      ? suppressValue(record[field.name])
      : walk(field.type, record[field.name]);
  }
  return copy;
}
