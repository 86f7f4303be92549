import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { INTERNAL_ERROR, type EscalationPromptInfo } from '@kring/domain';
import i18n, { currentLanguage } from '../i18n';

/** What the content guard found in a refused save: the field path ("body", "chapters.2.text"), the kind and the exact stretch. */
export interface FieldFinding {
  field: string;
  kind: string;
  start: number;
  end: number;
  match: string;
  label: string;
  /** Whether the text's declaration gives the person a pseudonym: the guard's advice names it only then. */
  pseudonym: boolean;
  /** Its id (findingId): the save sent again with it in acknowledgedFindings confirms what only the server found. */
  id: string;
  /** IDENTIFYING_DETAILS: whether the answers sent already covered it (the refusal is about the others). */
  acknowledged?: boolean;
}

const GRAPHQL_ENDPOINT = '/graphql';

/** A refusal or failure, with a message that can be shown to the user as is. */
export class GraphqlError extends Error {
  constructor(
    message: string,
    /** The server's `extensions.code`, or NETWORK when it could not be reached. */
    readonly code: string,
    /** Validation messages per input field, keyed by the field's name. */
    readonly fields: Readonly<Record<string, string>> = {},
    /** The content guard's findings (BSN_REFUSED, IDENTIFYING_DETAILS), to highlight in the text as typed. */
    readonly findings: readonly FieldFinding[] = [],
  ) {
    super(message);
    this.name = 'GraphqlError';
  }

  /** Set by useMutation when the content guard refused: the submitted texts by the findings' field paths, to highlight them. */
  sentTexts?: Readonly<Record<string, string>>;
  /**
   * Set by useMutation on IDENTIFYING_DETAILS: sends the same save again with acknowledgeWarnings ("Ik heb dit
   * gecontroleerd") and the ids of the findings shown (acknowledgedFindings), which covers what only the server found.
   */
  confirm?: () => Promise<void>;
  /** ESCALATION_PROMPT: the organisation's procedure and the prompt to answer (nothing of the save was stored). */
  escalation?: EscalationPromptInfo;
  /** Set by useMutation on ESCALATION_PROMPT: "Toch bewaren" sends the same save again with keepFlaggedText. */
  keep?: () => Promise<void>;
  /** Set by useMutation on ESCALATION_PROMPT: "Tekst weghalen" records the choice; the form clears the flagged text. */
  remove?: () => Promise<void>;
}

interface ServerError {
  message?: unknown;
  extensions?: { code?: unknown; fields?: unknown; findings?: unknown; escalation?: unknown };
}

function isFinding(value: unknown): value is FieldFinding {
  const f = value as Partial<FieldFinding> | null;
  return (
    !!f &&
    typeof f.field === 'string' &&
    typeof f.kind === 'string' &&
    typeof f.start === 'number' &&
    typeof f.end === 'number' &&
    typeof f.match === 'string' &&
    typeof f.label === 'string' &&
    typeof f.pseudonym === 'boolean' &&
    typeof f.id === 'string'
  );
}

function findingsOf(error: ServerError | undefined): FieldFinding[] {
  const reported = error?.extensions?.findings;
  return Array.isArray(reported) ? reported.filter(isFinding) : [];
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
  return new GraphqlError(INTERNAL_ERROR[currentLanguage()], 'INTERNAL');
}

/** Maps the `errors` of a GraphQL response to one error for the UI. */
function toGraphqlError(errors: ServerError[]): GraphqlError {
  const [first] = errors;
  if (typeof first?.message !== 'string') return internalError();
  const code = typeof first.extensions?.code === 'string' ? first.extensions.code : 'INTERNAL';
  const error = new GraphqlError(first.message, code, fieldErrors(errors), findingsOf(first));
  const escalation = first.extensions?.escalation as EscalationPromptInfo | undefined;
  if (code === 'ESCALATION_PROMPT' && escalation && typeof escalation.promptId === 'string') error.escalation = escalation;
  return error;
}

/** Anything thrown while talking to the server, as a GraphqlError. */
export function asGraphqlError(error: unknown): GraphqlError {
  return error instanceof GraphqlError ? error : internalError();
}

/** A generated operation (src/graphql/documents/, one module per feature folder): its text, typed with its result and variables. */
export type Operation<R, V> = DocumentTypeDecoration<R, V> & { toString(): string };

/** Operations without variables are called without a second argument. */
export type VariablesArg<V> = Record<string, never> extends V ? [variables?: V] : [variables: V];

/** Queries under way, by language, document and variables (sharedRequest). */
const underWay = new Map<string, Promise<unknown>>();

/**
 * A query's answer, shared by every component that asks the same (language,
 * document, variables) while it is under way: a live room with a content
 * check on each group's box asks for the guard's names once, not once per
 * box. Only while under way; an answer is never kept, so what mounts later
 * asks afresh (and a refetch after a change does not use this at all).
 */
export function sharedRequest<R, V>(document: Operation<R, V>, ...args: VariablesArg<V>): Promise<R> {
  const key = `${currentLanguage()}\n${document.toString()}\n${JSON.stringify(args[0] ?? {})}`;
  const running = underWay.get(key) as Promise<R> | undefined;
  if (running) return running;
  const started = request(document, ...args).finally(() => underWay.delete(key));
  underWay.set(key, started);
  return started;
}

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
