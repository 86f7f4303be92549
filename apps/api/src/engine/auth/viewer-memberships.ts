import { Viewer, ViewerMembership } from './viewer';

/**
 * The teams a viewer belongs to in one organisation, once each. A membership
 * without a team (an administrator, a care entrepreneur) adds none: whether a
 * role reads every team is the caller's rule, not this one.
 */
export function teamIdsIn(viewer: Pick<Viewer, 'memberships'>, organisationId: string): string[] {
  return [...new Set(viewer.memberships.flatMap((m) => (m.organisationId === organisationId && m.teamId ? [m.teamId] : [])))];
}

/** The organisations a viewer is a member of, once each; a network coordinator's membership has no organisation. */
export function organisationIdsOf(viewer: Pick<Viewer, 'memberships'>): string[] {
  return [...new Set(viewer.memberships.flatMap((m) => (m.organisationId ? [m.organisationId] : [])))];
}

/**
 * Whether every membership of `before` is still in `after`, unchanged (same organisation or network, team and role):
 * the person only gained access since, so whatever was let in on `before` still stands.
 */
export function keepsEveryMembership(before: Pick<Viewer, 'memberships'>, after: Pick<Viewer, 'memberships'>): boolean {
  const same = (a: ViewerMembership, b: ViewerMembership) =>
    a.id === b.id && a.role === b.role && a.organisationId === b.organisationId && a.networkId === b.networkId && a.teamId === b.teamId;
  return before.memberships.every((held) => after.memberships.some((now) => same(held, now)));
}
