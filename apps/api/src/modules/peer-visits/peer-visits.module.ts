import { Module } from '@nestjs/common';
import { LearningNetworksModule } from '../learning-networks';
import { CheckinHarvestResolver } from './checkin-harvest.resolver';
import { CheckinService } from './checkin.service';
import { MirrorConversationService } from './mirror-conversation.service';
import { MirrorReportService } from './mirror-report.service';
import { MirrorResolver } from './mirror.resolver';
import { NetworkHarvestService } from './network-harvest.service';
import { NotebookResolver } from './notebook.resolver';
import { NotebookService } from './notebook.service';
import { VisitsResolver } from './visits.resolver';
import { VisitFilesController } from './visit-files.controller';
import { VisitsService } from './visits.service';

/** Peer-review visits (collegiale visitatie): agreement, notebook, mirror conversation, mirror report, check-in, network harvest. */
@Module({
  imports: [LearningNetworksModule],
  controllers: [VisitFilesController],
  providers: [
    VisitsService,
    VisitsResolver,
    NotebookService,
    NotebookResolver,
    MirrorConversationService,
    MirrorReportService,
    MirrorResolver,
    CheckinService,
    NetworkHarvestService,
    CheckinHarvestResolver,
  ],
  // The demo writes its visits through the same services as the screens.
  exports: [VisitsService, NotebookService, MirrorReportService, CheckinService],
})
export class PeerVisitsModule {}
