import type { CasePartsFragment } from '../graphql/generated';

export type CaseData = CasePartsFragment;

/** Each section of the case page changes one part of the case and then asks for it anew. */
export interface CaseSectionProps {
  caseData: CaseData;
  onChanged: () => void;
}
