import { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode, GraphQLError, GraphQLScalarType, Kind, visit } from 'graphql';
import { UserError } from './user-error';

/**
 * Text no one can type and nothing can store: the NUL character (PostgreSQL
 * refuses it) and halves of a UTF-16 surrogate pair without their other half
 * (not Unicode at all). Refused at the edge, for every argument and field,
 * with the field named, before any resolver or the database sees them.
 */
// eslint-disable-next-line no-control-regex -- finding the NUL character is the point
const UNTYPABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The path (`input.body`, `names.2`) of the first string in `value` with untypable characters, or null. */
export function untypableAt(value: unknown, path: string[] = []): string[] | null {
  if (typeof value === 'string') return UNTYPABLE.test(value) ? path : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = untypableAt(item, [...path, String(index)]);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = untypableAt(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

/** String literals written into the operation itself (`createTeam(name: "…")`), with the argument or field they belong to. */
function untypableLiteral(document: DocumentNode): string | null {
  let found: string | null = null;
  visit(document, {
    Argument: (node) => {
      if (!found && node.value.kind === Kind.STRING && UNTYPABLE.test(node.value.value)) found = node.name.value;
    },
    ObjectField: (node) => {
      if (!found && node.value.kind === Kind.STRING && UNTYPABLE.test(node.value.value)) found = node.name.value;
    },
  });
  return found;
}

/** The field a path names for the user: the last name in it (`input.answers.0.body` → `body`). */
function fieldOf(path: string[]): string {
  return [...path].reverse().find((part) => !/^\d+$/.test(part)) ?? 'input';
}

export function edgeValuesPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const inVariables = untypableAt(request.variables ?? {});
          const field = inVariables ? fieldOf(inVariables) : untypableLiteral(document);
          if (field) throw new UserError('BAD_USER_INPUT', {}, [{ field, rule: 'characters' }], 400);
        },
      };
    },
  };
}

/** `2026-12-03T09:54:33Z`, `…33.123+01:00`: a full moment with its offset. */
const ISO_MOMENT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** A moment that exists: 30 February or 25:00 is refused, not rolled over into March or the next day. */
export function parseMoment(value: unknown): Date {
  const match = typeof value === 'string' ? ISO_MOMENT.exec(value) : null;
  if (match) {
    const [, year, month, day, hour, minute, second = 0] = match.map((part) => (part === undefined ? undefined : Number(part))) as number[];
    const calendar = new Date(Date.UTC(year, month - 1, day));
    const exists = calendar.getUTCMonth() === month - 1 && calendar.getUTCDate() === day && hour < 24 && minute < 60 && second < 60;
    const moment = new Date(value as string);
    if (exists && !Number.isNaN(moment.getTime())) return moment;
  }
  throw new GraphQLError('DateTime: not a moment that exists, written as ISO 8601 with its offset');
}

/**
 * The schema's DateTime, strict: Nest's own turns anything into a Date, so
 * `"2025-02-30T10:00:00Z"` became 2 March and `{}` an Invalid Date that
 * reached the database. Same name and description, so the schema is unchanged.
 */
export const StrictDateTime = new GraphQLScalarType({
  name: 'DateTime',
  description: 'A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format.',
  parseValue: parseMoment,
  parseLiteral: (ast) => parseMoment(ast.kind === Kind.STRING ? ast.value : null),
  serialize: (value) => (value instanceof Date ? value.toISOString() : null),
});
