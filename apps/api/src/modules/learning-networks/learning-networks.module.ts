import { Module } from '@nestjs/common';
import { LearningNetworksResolver } from './learning-networks.resolver';
import { MatchingResolver } from './matching.resolver';
import { MatchingService } from './matching.service';
import { NetworkLensResolver } from './network-lens.resolver';
import { NetworkLensService } from './network-lens.service';
import { NetworkMembersService } from './network-members.service';

/** The learning network at work: member organisations, the shared observation lens, matching rounds. */
@Module({
  providers: [NetworkMembersService, LearningNetworksResolver, NetworkLensService, NetworkLensResolver, MatchingService, MatchingResolver],
  exports: [MatchingService, NetworkLensService],
})
export class LearningNetworksModule {}
