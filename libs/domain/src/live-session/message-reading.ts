import { ErrorCode } from '../i18n/messages';
import { ACKNOWLEDGED_FINDINGS_FIELD, ACKNOWLEDGED_FINDINGS_LIMITS } from '../privacy/finding-id';

/**
 * Reading untrusted socket messages, shared by every live protocol (case
 * sessions, mirror conversations): helpers throw a Refusal, and the protocol's
 * parser turns it into `{ ok: false, problem }`.
 */

/** Why a command was refused: a code from the shared catalogue and its parameters. */
export interface LiveProblem {
  readonly code: ErrorCode;
  readonly params?: Record<string, string | number>;
}

export class Refusal extends Error {
  constructor(readonly problem: LiveProblem) {
    super(problem.code);
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function malformed(details: string): never {
  throw new Refusal({ code: 'SESSION_INVALID_COMMAND', params: { details } });
}

export function record(value: unknown, what: string): Record<string, unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) malformed(what);
  return value as Record<string, unknown>;
}

export function uuid(value: unknown, what: string): string {
  if (typeof value !== 'string' || !UUID.test(value)) malformed(what);
  return value.toLowerCase();
}

/**
 * The ids of the findings a live command's author confirmed after the server showed them (acknowledgedFindings,
 * findingId): absent, none; otherwise a bounded list of bounded strings, each once.
 */
export function findingIds(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  const { maxItems, maxLength } = ACKNOWLEDGED_FINDINGS_LIMITS;
  if (!Array.isArray(value) || value.length > maxItems || !value.every((id) => typeof id === 'string' && id.length <= maxLength))
    malformed(ACKNOWLEDGED_FINDINGS_FIELD);
  return [...new Set(value as string[])];
}
