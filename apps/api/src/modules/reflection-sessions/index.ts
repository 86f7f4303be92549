/** The public surface of reflection-sessions: what other features may import. */
export { PracticeDto } from './dtos/session.dto';
export { PracticeStatusEnum } from './dtos/session.enums';
export { checkLookBackToCome } from './harvest/look-back-date';
export { loadPractices } from './harvest/practice-rows';
export { PlanningService } from './planning/planning.service';
export { HarvestService } from './harvest/harvest.service';
export { LiveCommandsService } from './live/live-commands.service';
export { ReflectionSessionsModule } from './reflection-sessions.module';
