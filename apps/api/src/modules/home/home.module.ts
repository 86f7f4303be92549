import { Module } from '@nestjs/common';
import { MirrorConversationsModule } from '../mirror-conversations';
import { NotificationsModule } from '../notifications';
import { OrganisationsModule } from '../organisations';
import { LearningNetworksModule } from '../learning-networks';
import { PracticesModule } from '../practices';
import { ReflectionSessionsModule } from '../reflection-sessions';
import { StoriesModule } from '../stories';
import { HomeNextStepsService } from './home-next-steps.service';
import { HomeResolver } from './home.resolver';

/** The home page's "what is next": reads only, through the features' own services. */
@Module({
  imports: [
    ReflectionSessionsModule,
    PracticesModule,
    MirrorConversationsModule,
    LearningNetworksModule,
    StoriesModule,
    NotificationsModule,
    OrganisationsModule,
  ],
  providers: [HomeNextStepsService, HomeResolver],
})
export class HomeModule {}
