import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts';
import { CasesModule } from '../cases';
import { PracticesModule } from '../practices';
import { ReflectionSessionsModule } from '../reflection-sessions';
import { StoriesModule } from '../stories';
import { DemoNetworkService } from './demo-network.service';
import { DemoYearService } from './demo-year.service';

/** The demo network and its year of learning, written through the features' own services. */
@Module({
  imports: [AccountsModule, CasesModule, ReflectionSessionsModule, PracticesModule, StoriesModule],
  providers: [DemoNetworkService, DemoYearService],
  exports: [DemoNetworkService, DemoYearService],
})
export class DemoModule {}
