import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { NetworkAccess, Viewer } from '../../engine/auth/viewer';
import { Access } from '../../engine/policy/access.decorator';
import { CurrentNetworkAccess, CurrentViewer } from '../../engine/policy/current.decorators';
import { CheckinService } from './checkin.service';
import { EntrepreneurCheckinDto, SaveCheckinNoteInput } from './dtos/checkin.dto';
import { NetworkHarvestDto } from './dtos/harvest.dto';
import { NetworkHarvestService } from './network-harvest.service';

/** What entrepreneurs say to each other, and what the network learns from all visits together. */
@Resolver()
export class CheckinHarvestResolver {
  constructor(
    private readonly checkins: CheckinService,
    private readonly harvests: NetworkHarvestService,
  ) {}

  @Query(() => EntrepreneurCheckinDto)
  @Access.network({ arg: 'visitId', table: 'peer_visit' }, ['entrepreneur'])
  entrepreneurCheckin(
    @Args('visitId', { type: () => ID }) visitId: string,
    @CurrentNetworkAccess() access: NetworkAccess,
    @CurrentViewer() viewer: Viewer,
  ): Promise<EntrepreneurCheckinDto> {
    return this.checkins.checkin(access, viewer, visitId);
  }

  @Mutation(() => EntrepreneurCheckinDto)
  @Access.network({ arg: 'input.visitId', table: 'peer_visit' }, ['entrepreneur'])
  saveCheckinNote(
    @Args('input') input: SaveCheckinNoteInput,
    @CurrentNetworkAccess() access: NetworkAccess,
    @CurrentViewer() viewer: Viewer,
  ): Promise<EntrepreneurCheckinDto> {
    return this.checkins.save(access, viewer, input);
  }

  @Query(() => NetworkHarvestDto)
  @Access.network({ arg: 'networkId' }, ['network_coordinator'])
  networkHarvest(
    @Args('networkId', { type: () => ID }) _networkId: string,
    @CurrentNetworkAccess() access: NetworkAccess,
    @CurrentViewer() viewer: Viewer,
  ): Promise<NetworkHarvestDto> {
    return this.harvests.harvest(access, viewer);
  }
}
