import type { EscalationPromptInfo } from '../privacy/escalation';

/**
 * The content guard and the visit notebook (issue #9): a beeld is judged on
 * the device before it is kept, and again on the server at sync, which knows
 * more (the register's real names never leave it). The answers go per note —
 * "Ik heb dit gecontroleerd" and "Toch bewaren" hold for the note they were
 * given for, never for the batch — so a refusal at sync is about exactly the
 * notes it names: those stay in the notebook, unsent, with the findings shown,
 * and the others are sent again and leave the outbox.
 */
export interface NoteGuardAnswers {
  /** "Ik heb dit gecontroleerd": the author saw the names or dates in this note and keeps them. */
  readonly acknowledged: boolean;
  /**
   * The findings only the server could make (a name from the register) that it showed with this note at sync and the
   * author confirmed, by id (findingId: "name|…"); "Ik heb dit gecontroleerd" alone covers
   * only what the device marked.
   */
  readonly acknowledgedFindings?: readonly string[];
  /** "Toch bewaren": the note reads like a complaint or an incident and the author keeps it knowingly. */
  readonly keptFlagged: boolean;
  /** The server's prompt that keep answers, when the server asked (at sync); none when judged on the device. */
  readonly promptId?: string | null;
}

export const NO_GUARD_ANSWERS: NoteGuardAnswers = { acknowledged: false, keptFlagged: false };

/** A finding as the server reports it: where (a field path), what (`kind`, `label` in the author's language), the exact stretch. */
export interface ReportedFinding {
  readonly field: string;
  readonly kind: string;
  readonly start: number;
  readonly end: number;
  readonly match: string;
  readonly label: string;
  /** Whether the text's declaration gives the person a pseudonym (ContentFinding.pseudonym); a visit note has none. */
  readonly pseudonym: boolean;
  /** Its id (findingId): sent back in the note's acknowledgedFindings to confirm it. */
  readonly id: string;
  /** IDENTIFYING_DETAILS: whether the note's own answers covered it; the refusal is about the notes with findings they did not. */
  readonly acknowledged?: boolean;
}

/** A finding in the note's body. */
export type NoteFinding = ReportedFinding & { readonly field: 'body' };

/** Why the server refused a note's change at sync. */
export interface NoteRefusal {
  readonly code: 'BSN_REFUSED' | 'IDENTIFYING_DETAILS' | 'ESCALATION_PROMPT';
  /** The server's sentence in the author's language. */
  readonly message: string;
  readonly findings: readonly NoteFinding[];
  /** For ESCALATION_PROMPT: the organisation's own procedure and the prompt the keep answers. */
  readonly escalation: EscalationPromptInfo | null;
}

/** The guard's refusal of a whole sync call, as the GraphQL error carries it. */
export interface SyncRefusal {
  readonly code: string;
  readonly message: string;
  readonly findings: readonly ReportedFinding[];
  readonly escalation: EscalationPromptInfo | null;
}

/** "edits.3.body" → 3: the place of the note in the batch that a finding or escalation field names. */
function batchIndex(field: string): number | null {
  const match = /^edits\.(\d+)\.body$/.exec(field);
  return match ? Number(match[1]) : null;
}

/**
 * Which notes of a sent batch (in the order sent) a guard refusal is about,
 * each with its own refusal: for BSN_REFUSED the notes with a BSN; for
 * IDENTIFYING_DETAILS the notes with findings their own answers did not cover
 * (the server marks each finding: a note confirmed on the device may still
 * hold a name only the server knows); for ESCALATION_PROMPT the notes the
 * prompt names. An empty map: the refusal is not the guard's, or names no
 * note of the batch (the caller reports it as before).
 */
export function refusedNotesOfBatch(refusal: SyncRefusal, batch: readonly { readonly clientId: string }[]): Map<string, NoteRefusal> {
  const refused = new Map<string, NoteRefusal>();
  const findingsOf = (index: number): NoteFinding[] =>
    refusal.findings.filter((f) => batchIndex(f.field) === index).map((f) => ({ ...f, field: 'body' as const }));
  const refuse = (index: number, code: NoteRefusal['code'], escalation: EscalationPromptInfo | null = null) => {
    const note = batch[index];
    if (note) refused.set(note.clientId, { code, message: refusal.message, findings: findingsOf(index), escalation });
  };
  batch.forEach((note, index) => {
    const findings = findingsOf(index);
    if (refusal.code === 'BSN_REFUSED' && findings.some((f) => f.kind === 'bsn')) refuse(index, 'BSN_REFUSED');
    if (refusal.code === 'IDENTIFYING_DETAILS' && findings.some((f) => f.acknowledged !== true)) refuse(index, 'IDENTIFYING_DETAILS');
  });
  if (refusal.code === 'ESCALATION_PROMPT' && refusal.escalation) {
    for (const field of refusal.escalation.fields) {
      const index = batchIndex(field);
      if (index !== null) refuse(index, 'ESCALATION_PROMPT', { ...refusal.escalation, fields: ['body'] });
    }
  }
  return refused;
}
