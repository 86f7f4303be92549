/** The dates that tell what became of an invitation. */
export interface InvitationDates {
  acceptedAt?: string | null;
  revokedAt?: string | null;
  expiresAt: string;
}

/** What became of an invitation, and the date that goes with it. */
export function invitationStatus(
  invitation: InvitationDates,
  now: number,
): { status: 'open' | 'accepted' | 'revoked' | 'expired'; at?: string } {
  if (invitation.acceptedAt) return { status: 'accepted', at: invitation.acceptedAt };
  if (invitation.revokedAt) return { status: 'revoked' };
  if (Date.parse(invitation.expiresAt) < now) return { status: 'expired' };
  return { status: 'open', at: invitation.expiresAt };
}
