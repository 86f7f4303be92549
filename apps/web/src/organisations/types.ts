import type { OrganisationQuery } from '../graphql/generated';

export type OrganisationData = OrganisationQuery['organisation'];

/** Each section changes one part of the organisation and then asks for it anew. */
export interface SectionProps {
  organisation: OrganisationData;
  onChanged: () => void;
}
