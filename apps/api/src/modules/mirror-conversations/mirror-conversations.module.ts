import { Module } from '@nestjs/common';
import { MirrorHarvestResolver } from './harvest/mirror-harvest.resolver';
import { MirrorHarvestService } from './harvest/mirror-harvest.service';
import { LetterFilesController } from './letter/letter-files.controller';
import { MirrorLetterResolver } from './letter/mirror-letter.resolver';
import { MirrorLetterService } from './letter/mirror-letter.service';
import { MirrorBroadcaster } from './live/mirror-broadcaster';
import { MirrorCommandsService } from './live/mirror-commands.service';
import { MirrorLiveGateway } from './live/mirror-live.gateway';
import { MirrorStateService } from './live/mirror-state.service';
import { MirrorAccess } from './mirror-access';
import { MirrorParticipantsResolver } from './participants/mirror-participants.resolver';
import { MirrorParticipantsService } from './participants/mirror-participants.service';
import { MirrorPlanningResolver } from './planning/mirror-planning.resolver';
import { MirrorPlanningService } from './planning/mirror-planning.service';
import { ListenerReflectionResolver } from './reflection/listener-reflection.resolver';
import { ListenerReflectionService } from './reflection/listener-reflection.service';
import { RelativePageResolver } from './relative/relative-page.resolver';
import { RelativePageService } from './relative/relative-page.service';

/**
 * Mirror conversations with relatives (spiegelgesprekken): preparation,
 * personal links without accounts, consent, live capture, harvest, listener
 * reflection and the letter back.
 */
@Module({
  controllers: [LetterFilesController],
  providers: [
    MirrorAccess,
    MirrorBroadcaster,
    MirrorPlanningService,
    MirrorPlanningResolver,
    MirrorParticipantsService,
    MirrorParticipantsResolver,
    RelativePageService,
    RelativePageResolver,
    MirrorStateService,
    MirrorCommandsService,
    MirrorLiveGateway,
    MirrorHarvestService,
    MirrorHarvestResolver,
    MirrorLetterService,
    MirrorLetterResolver,
    ListenerReflectionService,
    ListenerReflectionResolver,
  ],
  // The demo writes its year through the same services as the screens.
  exports: [
    MirrorPlanningService,
    MirrorParticipantsService,
    RelativePageService,
    MirrorCommandsService,
    MirrorHarvestService,
    MirrorLetterService,
  ],
})
export class MirrorConversationsModule {}
