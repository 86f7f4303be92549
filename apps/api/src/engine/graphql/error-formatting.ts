import { errorMessage, fieldMessage, Language } from '@kring/domain';
import { Logger } from '@nestjs/common';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLFormattedError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { FieldProblem, UserError } from './user-error';

const logger = new Logger('GraphQL');

/** Errors graphql-js and Apollo raise for requests that could not be read or are not valid. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** PostgreSQL: a value of the wrong form (e.g. a malformed uuid) is the caller's mistake. */
const INVALID_TEXT_REPRESENTATION = '22P02';
/**
 * PostgreSQL's other "data exceptions" (class 22: a number out of range, a
 * date that does not exist, a NUL byte): values the edge should have refused
 * (edge-values.ts, input-fields.ts). Still the sender's mistake if one slips
 * through, never INTERNAL.
 */
const DATA_EXCEPTION = /^22/;

/**
 * graphql-js refused a variable's value (wrong type, unknown enum, missing
 * field): it names the variable and, inside an input, the path, e.g.
 * `Variable "$input" got invalid value "x" at "input.answers[0].body"; …`.
 * The user gets the field and a rule, never the echoed value (it may be a password).
 */
function coercionProblem(message: string): FieldProblem {
  const path =
    /at "([^"]+)"/.exec(message)?.[1] ??
    /Field "(\w+)" (?:of required type|is not defined)/.exec(message)?.[1] ??
    /Variable "\$(\w+)"/.exec(message)?.[1] ??
    'input';
  const field = path
    .split('.')
    .pop()!
    .replace(/\[\d+\]$/, '');
  const rule = /was not provided|must not be null/.test(message) ? 'required' : /DateTime:/.test(message) ? 'date' : 'invalid';
  return { field, rule };
}

/**
 * First pass on every error (Apollo `formatError`): keep user errors, name
 * request errors, and hide everything else behind INTERNAL after logging it.
 * No stack trace or internal message ever leaves the server.
 */
export function formatGraphqlError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { locations: formatted.locations, path: formatted.path };
  if (original instanceof UserError) {
    return { ...base, message: original.message, extensions: original.extensions };
  }
  const code = String(formatted.extensions?.code ?? '');
  // graphql-js writes "more that" (sic); both spellings, should it be corrected.
  const tokens = /more tha[nt] (\d+) tokens/.exec(formatted.message);
  if (code === 'GRAPHQL_PARSE_FAILED' && tokens) {
    return { ...base, message: 'QUERY_TOO_COMPLEX', extensions: { code: 'QUERY_TOO_COMPLEX', params: { max: Number(tokens[1]) } } };
  }
  if (REQUEST_ERROR_CODES.has(code)) {
    return { ...base, message: 'MALFORMED_REQUEST', extensions: { code: 'MALFORMED_REQUEST', detail: formatted.message } };
  }
  if (code === 'BAD_USER_INPUT') {
    return { ...base, message: 'BAD_USER_INPUT', extensions: { code: 'BAD_USER_INPUT', fields: [coercionProblem(formatted.message)] } };
  }
  const databaseCode = original instanceof QueryFailedError ? String((original.driverError as { code?: string })?.code ?? '') : '';
  if (databaseCode === INVALID_TEXT_REPRESENTATION) return { ...base, message: 'NOT_FOUND', extensions: { code: 'NOT_FOUND' } };
  if (DATA_EXCEPTION.test(databaseCode)) {
    return { ...base, message: 'BAD_USER_INPUT', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input', rule: 'invalid' }] } };
  }
  logger.error({ err: original, path: formatted.path }, 'Unexpected error while handling a GraphQL request');
  return { ...base, message: 'INTERNAL', extensions: { code: 'INTERNAL' } };
}

/**
 * Second pass, when the language is known: writes the message and the
 * per-field messages in the user's language and drops the raw parameters.
 */
export function localiseGraphqlError(error: GraphQLFormattedError, language: Language): GraphQLFormattedError {
  const extensions = error.extensions ?? {};
  const code = String(extensions.code ?? 'INTERNAL');
  const problems = (extensions.fields as FieldProblem[] | undefined) ?? [];
  const params = { ...(extensions.params as Record<string, string | number> | undefined) };
  if (code === 'BAD_USER_INPUT') {
    const fields = Object.fromEntries(problems.map((p) => [p.field, fieldMessage(p, language)]));
    if (!params.details) params.details = Object.values(fields).join('; ');
    return localised(error, code, errorMessage(code, language, params), fields);
  }
  // A refusal with its own code says what is wrong with the field it names ("Typ de naam precies zoals hij hier
  // staat …"): that stands next to the field, not the generic "… is ongeldig".
  const message = errorMessage(code, language, params);
  return localised(
    error,
    code,
    message,
    Object.fromEntries(problems.map((p) => [p.field, p.rule === 'invalid' ? message : fieldMessage(p, language)])),
  );
}

/** The error with its message and per-field messages written out, its raw parameters and problems dropped. */
function localised(error: GraphQLFormattedError, code: string, message: string, fields: Record<string, string>): GraphQLFormattedError {
  const { params: _params, fields: _fields, ...rest } = error.extensions ?? {};
  return { ...error, message, extensions: Object.keys(fields).length ? { ...rest, code, fields } : { ...rest, code } };
}
