import type { ErrorCode } from '../i18n/messages';

/**
 * Nothing flagged reaches a harvest unseen (issue #9 item 3). A text its
 * author kept through an escalation prompt ("Toch bewaren") is stored flagged:
 * a case session's contribution (session_entry.flagged, carried into the
 * harvest draft it becomes) and a mirror conversation's statement
 * (mirror_statement.flagged). Such a text is taken into a harvest — a draft
 * taken over as an insight, advice or practice, a statement chosen as a
 * quote — only when the moderator says, on that very save, that they saw the
 * flag (the input field `flagSeen`, declared once by the API's FlagSeenField). One rule for every harvest; the server refuses
 * with `FLAGGED_HARVEST_CODE`, the web asks with the same sentence.
 */
/** The refusal's error code (its Dutch and English sentence live in ERROR_MESSAGES). */
export const FLAGGED_HARVEST_CODE = 'HARVEST_FLAG_NOT_SEEN' satisfies ErrorCode;

/** Whether a text may be taken into a harvest: unflagged, or flagged and the moderator confirmed the flag. */
export function mayHarvestFlagged(text: { flagged: boolean }, flagSeen: boolean | null | undefined): boolean {
  return !text.flagged || flagSeen === true;
}
