/** What a statement needs to be a quote, in the order the moderator can see it. */
interface QuoteCandidate {
  readonly pseudonym?: string | null;
  readonly quotable: boolean;
  readonly mayBeQuoted: boolean;
}

export type QuoteObstacle = 'notLinked' | 'notMarked' | 'noConsent';

/**
 * Why a captured statement cannot be a quote, the first reason that holds (null: it can): linked to no relative (so
 * no one's consent can be known), not marked quotable while it was captured, or that relative's consent does not
 * (or no longer) allow it. One reason, not all three at once, so the moderator knows what would have made it one.
 */
export function quoteObstacle(candidate: QuoteCandidate): QuoteObstacle | null {
  if (!candidate.pseudonym) return 'notLinked';
  if (!candidate.quotable) return 'notMarked';
  if (!candidate.mayBeQuoted) return 'noConsent';
  return null;
}
