import { Args, Query, Resolver } from '@nestjs/graphql';
import { NetworkAccess, TenantAccess, Viewer } from '../../engine/auth/viewer';
import { Access } from '../../engine/policy/access.decorator';
import { CurrentAccess, CurrentNetworkAccess, CurrentViewer } from '../../engine/policy/current.decorators';
import { NetworkValuePatternsArgs, ValuePatternsArgs } from './dtos/patterns.args';
import { ValuePatternsDto } from './dtos/patterns.dto';
import { PatternsService } from './patterns.service';

@Resolver()
export class PatternsResolver {
  constructor(private readonly patterns: PatternsService) {}

  @Query(() => ValuePatternsDto, { description: 'Patterns of a team (for those who follow it) or of the whole organisation.' })
  @Access.organisation({ arg: 'organisationId' })
  valuePatterns(
    @Args() args: ValuePatternsArgs,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<ValuePatternsDto> {
    return this.patterns.forOrganisation(viewer, access, args.teamId ?? null, args.quarterCount);
  }

  @Query(() => ValuePatternsDto, {
    description: 'The learning network’s patterns as one whole; quarters with fewer than five organisations are suppressed.',
  })
  @Access.network({ arg: 'networkId' })
  networkValuePatterns(@Args() args: NetworkValuePatternsArgs, @CurrentNetworkAccess() access: NetworkAccess): Promise<ValuePatternsDto> {
    return this.patterns.forNetwork(access, args.quarterCount);
  }
}
