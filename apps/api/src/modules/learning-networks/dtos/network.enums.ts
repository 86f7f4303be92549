import { registerEnumType } from '@nestjs/graphql';
import { enumOf } from '../../../engine/graphql/enums';

const LENS_PROPOSAL_STATUSES = ['open', 'adopted', 'declined'] as const;
const VISIT_PROPOSAL_STATUSES = ['proposed', 'accepted', 'declined', 'withdrawn'] as const;
const PROPOSAL_RESPONSES = ['accepted', 'declined'] as const;

export const LensProposalStatusEnum = enumOf(LENS_PROPOSAL_STATUSES);
export const VisitProposalStatusEnum = enumOf(VISIT_PROPOSAL_STATUSES);
export const ProposalResponseEnum = enumOf(PROPOSAL_RESPONSES);

registerEnumType(LensProposalStatusEnum, { name: 'LensProposalStatus' });
registerEnumType(VisitProposalStatusEnum, {
  name: 'VisitProposalStatus',
  description: 'withdrawn: an organisation left the network before everyone answered.',
});
registerEnumType(ProposalResponseEnum, { name: 'ProposalResponse' });
