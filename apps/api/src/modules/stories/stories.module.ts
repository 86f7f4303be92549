import { Module } from '@nestjs/common';
import { CasesModule } from '../cases';
import { MemberCheckService } from './member-check.service';
import { StoriesResolver } from './stories.resolver';
import { StoriesService } from './stories.service';

/** Stories (verhalen) with the member check; the guard comes from the cases module, personal links from the engine (throttle/token-links). */
@Module({
  imports: [CasesModule],
  providers: [StoriesService, MemberCheckService, StoriesResolver],
  exports: [StoriesService, MemberCheckService],
})
export class StoriesModule {}
