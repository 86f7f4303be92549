import type { ClientGroup, Financing, LocationKind, OrganisationKind } from '@kring/domain';
import type { LocationRow, OrganisationRow } from './tables.generated';

/*
 * The organisation profile's kinds as the domain names them. These columns
 * have no CHECK in the table, so the generated rows say `string`; every
 * writer takes them from inputs checked with OneOfField against the domain's
 * lists (setup, profile, locations) or from the demo's own constants.
 */

export type OrganisationProfileRow = Omit<OrganisationRow, 'kind' | 'client_groups' | 'financing'> & {
  kind: OrganisationKind;
  client_groups: ClientGroup[];
  financing: Financing[];
};

export type LocationProfileRow = Omit<LocationRow, 'kind'> & { kind: LocationKind };
