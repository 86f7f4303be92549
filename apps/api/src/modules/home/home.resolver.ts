import { Query, Resolver } from '@nestjs/graphql';
import { Viewer } from '../../engine/auth/viewer';
import { Access } from '../../engine/policy/access.decorator';
import { CurrentViewer } from '../../engine/policy/current.decorators';
import { HomeNextStepDto } from './dtos/next-step.dto';
import { HomeNextStepsService } from './home-next-steps.service';

@Resolver()
export class HomeResolver {
  constructor(private readonly service: HomeNextStepsService) {}

  /** Authenticated only: the service asks each of the viewer's own organisations with the roles they hold there. */
  @Query(() => [HomeNextStepDto], {
    description: 'For the home page: what is next for the viewer, across their own organisations, in the order to show.',
  })
  @Access.authenticated()
  homeNextSteps(@CurrentViewer() viewer: Viewer): Promise<HomeNextStepDto[]> {
    return this.service.nextSteps(viewer);
  }
}
