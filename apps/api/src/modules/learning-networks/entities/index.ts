import { MatchingRound } from './matching-round.entity';
import { NetworkInvitation } from './network-invitation.entity';
import { NetworkLensProposal } from './network-lens-proposal.entity';
import { NetworkLensVersion } from './network-lens-version.entity';
import { VisitProposalMember } from './visit-proposal-member.entity';
import { VisitProposal } from './visit-proposal.entity';

/** The module's tables, registered once in engine/database/entities.ts. */
export const LEARNING_NETWORK_ENTITIES = [NetworkInvitation, NetworkLensVersion, NetworkLensProposal, MatchingRound, VisitProposal, VisitProposalMember];
