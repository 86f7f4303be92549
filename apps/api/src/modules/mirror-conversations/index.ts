/** The public surface of mirror-conversations: what other features may import. */
export { PdfFileDto } from './dtos/letter.dto';
export { ACTIVE_SCOPES } from './mirror-rows';
export { MirrorConversationsModule } from './mirror-conversations.module';
export { MirrorPlanningService } from './planning/mirror-planning.service';
