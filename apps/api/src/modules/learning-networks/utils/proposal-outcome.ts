import type { VisitProposalMemberRow } from '../../../engine/database/tables.generated';

/** What one organisation's answer does to a visit proposal. */
export type ProposalOutcome = 'declined' | 'accepted' | 'waiting';

/**
 * A decline ends the proposal at once (its organisations get a new one); an
 * acceptance decides it only when every other organisation of the group has
 * accepted already; otherwise the proposal waits for the others. `members` are
 * the answers as they stood before this one.
 */
export function proposalOutcome(
  members: readonly Pick<VisitProposalMemberRow, 'organisation_id' | 'response'>[],
  organisationId: string,
  accept: boolean,
): ProposalOutcome {
  if (!accept) return 'declined';
  return members.every((m) => m.organisation_id === organisationId || m.response === 'accepted') ? 'accepted' : 'waiting';
}
