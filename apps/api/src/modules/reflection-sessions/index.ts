/** The public surface of reflection-sessions: what other features may import. */
export { PracticeDto } from './dtos/session.dto';
export { PracticeStatusEnum } from './dtos/session.enums';
export { loadPractices } from './harvest/practice-rows';
export { PlanningService } from './planning/planning.service';
export { ReflectionSessionsModule } from './reflection-sessions.module';
