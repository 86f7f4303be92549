import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { errorMessage } from '@kring/domain';
import i18n, { currentLanguage } from '../i18n';

const GRAPHQL_ENDPOINT = '/graphql';

/** A refusal or failure, with a message that can be shown to the user as is. */
export class GraphqlError extends Error {
  constructor(
    message: string,
    /** The server's `extensions.code`, or NETWORK when it could not be reached. */
    readonly code: string,
    /** Validation messages per input field, keyed by the field's name. */
    readonly fields: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'GraphqlError';
  }
}

interface ServerError {
  message?: unknown;
  extensions?: { code?: unknown; fields?: unknown };
}

function fieldErrors(errors: ServerError[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const error of errors) {
    const reported = error.extensions?.fields;
    if (!reported || typeof reported !== 'object') continue;
    for (const [field, message] of Object.entries(reported)) {
      if (typeof message === 'string') fields[field] = message;
    }
  }
  return fields;
}

function internalError(): GraphqlError {
  return new GraphqlError(errorMessage('INTERNAL', currentLanguage()), 'INTERNAL');
}

/** Maps the `errors` of a GraphQL response to one error for the UI. */
function toGraphqlError(errors: ServerError[]): GraphqlError {
  const [first] = errors;
  if (typeof first?.message !== 'string') return internalError();
  const code = typeof first.extensions?.code === 'string' ? first.extensions.code : 'INTERNAL';
  return new GraphqlError(first.message, code, fieldErrors(errors));
}

/** Anything thrown while talking to the server, as a GraphqlError. */
export function asGraphqlError(error: unknown): GraphqlError {
  return error instanceof GraphqlError ? error : internalError();
}

/** A generated operation (src/graphql/generated.ts): its text, typed with its result and variables. */
export type Operation<R, V> = DocumentTypeDecoration<R, V> & { toString(): string };

/** Operations without variables are called without a second argument. */
export type VariablesArg<V> = Record<string, never> extends V ? [variables?: V] : [variables: V];

/**
 * Sends one operation. The session cookie goes along, and Accept-Language
 * makes the server answer (and refuse) in the UI language.
 */
export async function request<R, V>(document: Operation<R, V>, ...[variables]: VariablesArg<V>): Promise<R> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_ENDPOINT, {
      method: 'POST',
      credentials: 'include',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/graphql-response+json, application/json',
        'Accept-Language': currentLanguage(),
      },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  } catch {
    throw new GraphqlError(i18n.t('errors.network'), 'NETWORK');
  }

  let body: { data?: R | null; errors?: ServerError[] };
  try {
    body = await response.json();
  } catch {
    throw internalError();
  }
  if (Array.isArray(body.errors) && body.errors.length > 0) throw toGraphqlError(body.errors);
  if (body.data == null) throw internalError();
  return body.data;
}
