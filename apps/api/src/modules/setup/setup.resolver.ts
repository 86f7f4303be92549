import { Context, Mutation, Query, Resolver, Args } from '@nestjs/graphql';
import { KringRequest } from '../../engine/auth/viewer';
import { Access } from '../../engine/policy/access.decorator';
import { AccountsService, ViewerDto } from '../accounts';
import { DemoResult, SetupOrganisationInput, SetupStatus } from './dtos/setup.dto';
import { SetupService } from './setup.service';

/** Public by nature, and harmless after first run: every mutation here refuses once anyone has an account. */
@Resolver()
export class SetupResolver {
  constructor(
    private readonly setup: SetupService,
    private readonly accounts: AccountsService,
  ) {}

  @Query(() => SetupStatus)
  @Access.public('tells the web app whether to show first-run setup; reveals nothing else')
  async setupStatus(): Promise<SetupStatus> {
    return { needsSetup: await this.setup.needsSetup() };
  }

  @Mutation(() => ViewerDto)
  @Access.public('refuses once anyone has an account')
  async setupOrganisation(@Args('input') input: SetupOrganisationInput, @Context('req') req: KringRequest): Promise<ViewerDto> {
    const personId = await this.setup.setupOrganisation(input);
    await this.accounts.startSession(personId, req);
    return this.accounts.viewer(personId);
  }

  @Mutation(() => DemoResult)
  @Access.public('refuses once anyone has an account')
  loadDemo(): Promise<DemoResult> {
    return this.setup.loadDemo();
  }
}
