import type { ClientGroup, Financing, Language, LocationKind, OrganisationKind, Role } from '@kring/domain';
import type { InvitationRow, LocationRow, MembershipRow, OrganisationRow, PersonRow } from './tables.generated';

/*
 * The organisation profile's kinds, a person's language and a membership's or
 * invitation's role as the domain names them. These columns have no CHECK in
 * the table, so the generated rows say `string`; every writer takes them from
 * inputs checked with OneOfField or the GraphQL enums against the domain's
 * lists (setup, profile, locations, accounts, invitations) or from the demo's
 * own constants.
 */

export type OrganisationProfileRow = Omit<OrganisationRow, 'kind' | 'client_groups' | 'financing'> & {
  kind: OrganisationKind;
  client_groups: ClientGroup[];
  financing: Financing[];
};

export type LocationProfileRow = Omit<LocationRow, 'kind'> & { kind: LocationKind };

export type PersonProfileRow = Omit<PersonRow, 'preferred_language'> & { preferred_language: Language };

export type MembershipRoleRow = Omit<MembershipRow, 'role'> & { role: Role };

export type InvitationRoleRow = Omit<InvitationRow, 'role'> & { role: Role };
