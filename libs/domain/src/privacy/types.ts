/** Kinds of identifying detail the guard looks for (domain guide §8). */
export const IDENTIFYING_DETAIL_KINDS = ['name', 'bsn', 'date_of_birth', 'postcode_house_number', 'phone', 'email'] as const;
export type IdentifyingDetailKind = (typeof IDENTIFYING_DETAIL_KINDS)[number];

/** One finding: `text.slice(start, end) === match`. */
export interface IdentifyingDetail {
  readonly kind: IdentifyingDetailKind;
  readonly start: number;
  readonly end: number;
  readonly match: string;
}
