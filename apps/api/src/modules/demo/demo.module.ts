import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts';
import { CasesModule } from '../cases';
import { LearningNetworksModule } from '../learning-networks';
import { LibraryModule } from '../library';
import { MethodsModule } from '../methods';
import { MirrorConversationsModule } from '../mirror-conversations';
import { PeerVisitsModule } from '../peer-visits';
import { PracticesModule } from '../practices';
import { ReflectionSessionsModule } from '../reflection-sessions';
import { StoriesModule } from '../stories';
import { DemoNetworkService } from './demo-network.service';
import { DemoLibraryService } from './demo-library.service';
import { DemoMethodsService } from './demo-methods.service';
import { DemoMirrorService } from './demo-mirror.service';
import { DemoVisitsService } from './demo-visits.service';
import { DemoYearService } from './demo-year.service';

/** The demo network and its year of learning, written through the features' own services. */
@Module({
  imports: [
    AccountsModule,
    CasesModule,
    ReflectionSessionsModule,
    PracticesModule,
    StoriesModule,
    MirrorConversationsModule,
    LearningNetworksModule,
    PeerVisitsModule,
    LibraryModule,
    MethodsModule,
  ],
  providers: [DemoNetworkService, DemoYearService, DemoMirrorService, DemoVisitsService, DemoLibraryService, DemoMethodsService],
  exports: [DemoNetworkService, DemoYearService],
})
export class DemoModule {}
