import { invitationStatus, type InvitationDates } from './invitation-status';

/**
 * Whether inviting this address again replaces an invitation still open to it: the server then revokes the older one
 * (one address, one working link), which the confirmation says, so nobody forwards the old mail. The address is
 * compared as the server stores it, trimmed and in small letters.
 */
export function replacesOpenInvitation(invitations: readonly (InvitationDates & { email: string })[], email: string, now: number): boolean {
  const address = email.trim().toLowerCase();
  return invitations.some((invitation) => invitation.email === address && invitationStatus(invitation, now).status === 'open');
}
