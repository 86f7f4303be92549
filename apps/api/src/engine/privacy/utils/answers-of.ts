import { ACKNOWLEDGED_FINDINGS_FIELD } from '@kring/domain';

/** The author's answers to identifying details, as they hold for the texts of one input (a save, a live command, a note). */
export interface TextAnswers {
  /** "Ik heb dit gecontroleerd" (acknowledgeWarnings): covers what the writer's own screen could mark before sending. */
  readonly warnings: boolean;
  /** acknowledgedFindings: what only the server could find, confirmed by id (findingId) after a refusal showed it. */
  readonly findings: ReadonlySet<string>;
}

/** The author's answers for each text of a save, by the text's field path (none: unanswered). */
export type Acknowledgement = (field: string) => TextAnswers | undefined;

/** The answers an input (or a live command's message) carries, as sent: only `true` is a confirmation, and only strings are ids. */
export function answersOf(input: {
  readonly acknowledgeWarnings?: unknown;
  readonly [ACKNOWLEDGED_FINDINGS_FIELD]?: unknown;
}): TextAnswers {
  const ids = input[ACKNOWLEDGED_FINDINGS_FIELD];
  return {
    warnings: input.acknowledgeWarnings === true,
    findings: new Set(Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : []),
  };
}
