/** The public surface of learning-networks: what other features may import. */
export { ObservationLensDto } from './dtos/lens.dto';
export { VisitProposalDto } from './dtos/matching.dto';
export { LearningNetworksModule } from './learning-networks.module';
export { MatchingService } from './matching.service';
export { NetworkLensService } from './network-lens.service';
export { currentLens, lensDto } from './network-lens-rows';
export { isNetworkMember } from './network-membership';
export { insertVisit, visitHistory } from './visit-rows';
