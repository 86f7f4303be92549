import { ContentFinding, EscalationPromptInfo } from '@kring/domain';
import { UserError } from '../graphql/user-error';

/** A finding as the screens get it: where (`field`), what (`kind`, `label` in the viewer's language) and the exact stretch. */
export interface FieldFinding extends ContentFinding {
  label: string;
  /** Its id (findingId), to confirm it by: the save sent again with it in acknowledgedFindings. */
  id: string;
  /** IDENTIFYING_DETAILS: whether the author's answers covered it (the refusal is about those that were not). */
  acknowledged?: boolean;
}

/**
 * IDENTIFYING_DETAILS with every finding in `extensions.findings`, so the
 * form can highlight them; the author then edits or confirms: with
 * acknowledgeWarnings for what the screen could mark itself, and with the
 * ids of the others in acknowledgedFindings, since "Ik heb dit
 * gecontroleerd" never covers what the author was not shown. Nothing of the
 * save was stored.
 */
export class IdentifyingDetailsError extends UserError {
  constructor(readonly findings: FieldFinding[]) {
    super('IDENTIFYING_DETAILS', { count: findings.length });
    Object.assign(this.extensions, { findings });
  }
}

/** BSN_REFUSED: a valid BSN is never stored, whatever the author confirms. All findings come along to highlight. */
export class BsnRefusedError extends UserError {
  constructor(readonly findings: FieldFinding[]) {
    super('BSN_REFUSED', { count: findings.filter((f) => f.kind === 'bsn').length });
    Object.assign(this.extensions, { findings });
  }
}

/**
 * ESCALATION_PROMPT: the text looks like a complaint, calamity, abuse or a
 * data breach. Nothing of the save was stored; the screen shows the
 * organisation's procedure and asks "Tekst weghalen" or "Toch bewaren"
 * (the same save again with keepFlaggedText).
 */
export class EscalationPromptError extends UserError {
  constructor(readonly details: EscalationPromptInfo) {
    super('ESCALATION_PROMPT', { signals: details.signalsText });
    Object.assign(this.extensions, { escalation: details });
  }
}
