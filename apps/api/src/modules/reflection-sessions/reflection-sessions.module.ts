import { Module } from '@nestjs/common';
import { CasesModule } from '../cases';
import { MethodsModule } from '../methods';
import { HarvestResolver } from './harvest/harvest.resolver';
import { HarvestService } from './harvest/harvest.service';
import { SessionFilesController } from './http/session-files.controller';
import { JoinCodeResolver } from './join/join-code.resolver';
import { LiveBroadcaster } from './live/live-broadcaster';
import { LiveCommandsService } from './live/live-commands.service';
import { LiveSessionGateway } from './live/live-session.gateway';
import { LiveStateService } from './live/live-state.service';
import { LiveTypingRelay } from './live/live-typing';
import { PlanningResolver } from './planning/planning.resolver';
import { PlanningService } from './planning/planning.service';
import { ReportResolver } from './report/report.resolver';
import { ReportService } from './report/report.service';
import { SessionAccess } from './session-access';

/** Reflection sessions: planning, the live room over socket.io, harvest and report. */
@Module({
  imports: [MethodsModule, CasesModule],
  controllers: [SessionFilesController],
  providers: [
    SessionAccess,
    PlanningService,
    PlanningResolver,
    LiveBroadcaster,
    LiveStateService,
    LiveCommandsService,
    LiveSessionGateway,
    LiveTypingRelay,
    HarvestService,
    HarvestResolver,
    ReportService,
    ReportResolver,
    JoinCodeResolver,
  ],
  exports: [PlanningService, HarvestService, LiveCommandsService],
})
export class ReflectionSessionsModule {}
