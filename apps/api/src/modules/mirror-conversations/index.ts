/** The public surface of mirror-conversations: what other features may import. */
export { ACTIVE_SCOPES } from './mirror-rows';
export { MirrorConversationsModule } from './mirror-conversations.module';
export { MirrorPlanningService } from './planning/mirror-planning.service';
export { MirrorParticipantsService } from './participants/mirror-participants.service';
export { RelativePageService } from './relative/relative-page.service';
export { MirrorCommandsService } from './live/mirror-commands.service';
export { MirrorHarvestService } from './harvest/mirror-harvest.service';
export { MirrorLetterService } from './letter/mirror-letter.service';
