/**
 * What a page of an organisation's own work says to someone without an organisation: a network coordinator is told
 * why it is empty for them, anyone else is pointed to their invitation.
 */
export function noOrganisationText(memberships: readonly { network?: unknown }[]): 'home.networkOnly' | 'home.noMemberships' {
  return memberships.some((m) => m.network) ? 'home.networkOnly' : 'home.noMemberships';
}
