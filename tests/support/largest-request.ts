import { TypeMetadataStorage } from '@nestjs/graphql';
import { LIMITS } from '@kring/domain';
import { getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import {
  getNamedType,
  GraphQLField,
  GraphQLInputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';

/**
 * The largest body a legitimate client can send for each operation, worked out from the schema and the
 * validation decorators (engine/graphql/input-fields.ts): every text at its maximum length, every list at its
 * maximum size. A string or list without a bound is reported, not guessed: the body limit can only be set with
 * margin when every input has one.
 */

/** UTF-8 bytes one UTF-16 unit of text can take in JSON: 3 (é, ş, €, the halves of an emoji take 2 each). */
const BYTES_PER_CHAR = 3;
/** Quotes, a key, a colon and a comma around each value. */
const OVERHEAD = 8;
/** A UUID, an ISO date-time, a number, a boolean: short scalars with a fixed worst case. */
const SCALAR_BYTES: Record<string, number> = { ID: 38, DateTime: 32, Int: 12, Float: 24, Boolean: 5 };
/**
 * Plain arguments without a validation class, and the longest legitimate value: links carry a 32-byte random token
 * (base64url, 43 characters); requestPasswordReset checks its address against LIMITS.email itself.
 */
const PLAIN_ARGUMENTS: Record<string, number> = { token: 43, email: LIMITS.email };

export interface Unbounded {
  where: string;
  why: string;
}

export interface LargestRequest {
  operation: string;
  bytes: number;
}

/** A class that carries validation decorators (an input or args type). */
type DecoratedClass = abstract new (...args: never[]) => unknown;

type Bounds = { maxLength?: number; arrayMaxSize?: number; uuid?: boolean; date?: boolean; oneOf?: string[]; unique?: boolean };

const smaller = (a: number | undefined, b: number) => (a === undefined ? b : Math.min(a, b));

function boundsOf(target: DecoratedClass | undefined, property: string): Bounds {
  if (!target) return {};
  const metadata: ValidationMetadata[] = getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .filter((m) => m.propertyName === property);
  const bounds: Bounds = {};
  for (const m of metadata) {
    if (m.name === 'maxLength') bounds.maxLength = smaller(bounds.maxLength, m.constraints[0]);
    if (m.name === 'arrayMaxSize') bounds.arrayMaxSize = smaller(bounds.arrayMaxSize, m.constraints[0]);
    if (m.name === 'arrayUnique') bounds.unique = true;
    if (m.name === 'isUuid') bounds.uuid = true;
    if (m.name === 'matches' && String(m.constraints[0]).includes('\\d{4}-\\d{2}-\\d{2}')) bounds.date = true;
    if (m.name === 'isIn') bounds.oneOf = m.constraints[0];
  }
  // A list of distinct choices is no longer than the choices.
  if (bounds.unique && bounds.oneOf) bounds.arrayMaxSize = smaller(bounds.arrayMaxSize, bounds.oneOf.length);
  return bounds;
}

export function largestRequests(schema: GraphQLSchema): { requests: LargestRequest[]; unbounded: Unbounded[] } {
  const inputClasses = new Map(TypeMetadataStorage.getInputTypesMetadata().map((m) => [m.name, m.target as DecoratedClass]));
  const resolvers = [...TypeMetadataStorage.getQueriesMetadata(), ...TypeMetadataStorage.getMutationsMetadata()];
  const unbounded: Unbounded[] = [];

  /** Worst-case bytes of one value of `type`, held in `target.property` (undefined target: a plain argument). */
  const size = (type: GraphQLInputType, where: string, bounds: Bounds, seen: Set<string>): number => {
    if (isNonNullType(type)) return size(type.ofType, where, bounds, seen);
    if (isListType(type)) {
      if (bounds.arrayMaxSize === undefined) {
        unbounded.push({ where, why: 'list without @ArrayMaxSize' });
        return 0;
      }
      return 2 + bounds.arrayMaxSize * size(type.ofType, where, { ...bounds, arrayMaxSize: undefined }, seen);
    }
    if (isEnumType(type)) return OVERHEAD + Math.max(...type.getValues().map((v) => v.name.length));
    if (isInputObjectType(type)) {
      if (seen.has(type.name)) {
        unbounded.push({ where, why: `${type.name} contains itself` });
        return 0;
      }
      const target = inputClasses.get(type.name);
      return (
        2 +
        Object.values(type.getFields()).reduce(
          (sum, field) =>
            sum +
            OVERHEAD +
            field.name.length +
            size(field.type, `${type.name}.${field.name}`, boundsOf(target, field.name), new Set([...seen, type.name])),
          0,
        )
      );
    }
    if (isScalarType(type) && type.name === 'String') {
      if (bounds.oneOf) return OVERHEAD + Math.max(...bounds.oneOf.map((v) => v.length)) * BYTES_PER_CHAR;
      if (bounds.uuid) return SCALAR_BYTES.ID;
      if (bounds.date) return OVERHEAD + 10;
      if (bounds.maxLength === undefined) {
        unbounded.push({ where, why: 'text without a maximum length' });
        return 0;
      }
      return OVERHEAD + bounds.maxLength * BYTES_PER_CHAR;
    }
    if (isScalarType(type) && type.name in SCALAR_BYTES) return SCALAR_BYTES[type.name];
    unbounded.push({ where, why: `scalar ${getNamedType(type).name} without a known size` });
    return 0;
  };

  const argumentsSize = (kind: string, field: GraphQLField<unknown, unknown>): number => {
    const resolver = resolvers.find((r) => r.schemaName === field.name);
    const argsClasses = (resolver?.methodArgs ?? []).filter((a) => a.kind === 'args').map((a) => a.typeFn() as DecoratedClass);
    return field.args.reduce((sum, arg) => {
      const where = `${kind} ${field.name}(${arg.name})`;
      // The @ArgsType class that declares this argument, if any (plain @Args have none).
      const owner = argsClasses.find((c) =>
        getMetadataStorage()
          .getTargetValidationMetadatas(c, '', true, false)
          .some((m) => m.propertyName === arg.name),
      );
      const bounds = owner ? boundsOf(owner, arg.name) : arg.name in PLAIN_ARGUMENTS ? { maxLength: PLAIN_ARGUMENTS[arg.name] } : {};
      return sum + OVERHEAD + arg.name.length + size(arg.type, where, bounds, new Set());
    }, 0);
  };

  const requests: LargestRequest[] = [];
  for (const [kind, type] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      requests.push({ operation: `${kind} ${field.name}`, bytes: argumentsSize(kind, field) });
    }
  }
  return { requests: requests.sort((a, b) => b.bytes - a.bytes), unbounded };
}
