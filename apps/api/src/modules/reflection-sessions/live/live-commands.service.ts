import {
  LIVE_COMMAND_RULES,
  LIVE_COMMAND_TEXT_GUARDS,
  LIVE_SOCKET_EVENTS,
  LiveCommand,
  LiveCommandAck,
  LiveEvent,
  LiveEventBody,
  parseLiveCommandMessage,
  phaseActions,
  requiredAction,
} from '@kring/domain';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { TenantAccess, Viewer } from '../../../engine/auth/viewer';
import { UserError } from '../../../engine/graphql/user-error';
import {
  AppliedCommand,
  CommandReceiptResult,
  LiveCommandPipeline,
  ParsedRoomCommand,
  PipelineResult,
  RoomCommandContext,
  RoomCommands,
} from '../../../engine/live/command-pipeline';
import { Bumped } from '../../../engine/live/room-version';
import { SessionRow } from '../session-rows';
import { CommandContext, runCommand } from './command-handlers';
import { sessionDeliveries } from './live-broadcaster';
import { SESSION_ROOM } from './session-room';
import { sessionEvent } from './session-version';

type LockedSession = SessionRow & { viewer_role: string | null };
type CommandAcked = Extract<LiveCommandAck, { ok: true }>;

/** The ack for the sender, and the event for the room (null when nothing changed or on a replay). */
export type CommandResult = PipelineResult<LiveEvent, CommandAcked>;

/**
 * The case room's configuration of the live-room kit (engine/live): how its
 * messages read, which texts the guard checks (LIVE_COMMAND_TEXT_GUARDS), the
 * lock with the person's place in the session, the rules every command
 * shares (LIVE_COMMAND_RULES) before its handler (command-handlers.ts) runs,
 * and the event every screen receives.
 */
@Injectable()
export class LiveCommandsService implements RoomCommands<LiveCommand, LockedSession, LiveEventBody, LiveEvent, CommandAcked> {
  readonly kind = SESSION_ROOM;
  readonly eventName = LIVE_SOCKET_EVENTS.event;
  readonly textGuards = LIVE_COMMAND_TEXT_GUARDS;

  constructor(private readonly pipeline: LiveCommandPipeline) {}

  /** Runs one command through the kit's pipeline (the gateway does this too, and then acks and publishes). */
  execute(viewer: Viewer, access: TenantAccess, raw: unknown): Promise<CommandResult> {
    return this.pipeline.run(this, viewer, access, raw);
  }

  parse(raw: unknown): ParsedRoomCommand<LiveCommand> {
    const parsed = parseLiveCommandMessage(raw);
    if (!parsed.ok) return parsed;
    const { sessionId, clientKey, command, acknowledgeWarnings, keepFlaggedText } = parsed.message;
    return {
      ok: true,
      message: {
        roomId: sessionId,
        clientKey,
        command,
        acknowledgeWarnings: acknowledgeWarnings ?? false,
        keepFlaggedText: keepFlaggedText ?? false,
      },
    };
  }

  async lock(manager: EntityManager, sessionId: string, viewer: Viewer): Promise<LockedSession> {
    const [session]: LockedSession[] = await manager.query(
      `SELECT s.*, p.role AS viewer_role FROM reflection_session s
       LEFT JOIN session_participant p ON p.session_id = s.id AND p.person_id = $2
       WHERE s.id = $1 FOR UPDATE OF s`,
      [sessionId, viewer.personId],
    );
    if (!session) throw new UserError('NOT_FOUND');
    if (!session.viewer_role) throw new UserError('SESSION_NOT_PARTICIPANT');
    return session;
  }

  async apply({
    manager,
    room: session,
    viewer,
    clientKey,
    command,
    now,
    flagged,
  }: RoomCommandContext<LiveCommand, LockedSession>): Promise<AppliedCommand<LiveEventBody>> {
    const ctx: CommandContext = {
      manager,
      session,
      phase: session.method_snapshot.phases[session.current_phase_index],
      personId: viewer.personId,
      isModerator: session.moderator_id === viewer.personId,
      language: viewer.preferredLanguage,
      clientKey,
      now,
      flagged,
    };
    this.check(ctx, command, viewer);
    return runCommand(ctx, command);
  }

  event(sessionId: string, body: LiveEventBody, bumped: Bumped): LiveEvent {
    return sessionEvent(sessionId, body, bumped);
  }

  async ack(_manager: EntityManager, result: CommandReceiptResult): Promise<CommandAcked> {
    return { ok: true, version: result.version, replayed: result.replayed, createdId: result.createdId };
  }

  deliveries(_sessionId: string, event: LiveEvent, applied?: AppliedCommand<LiveEventBody>) {
    return sessionDeliveries(event, applied?.onlyFor);
  }

  /** The rules every command shares (LIVE_COMMAND_RULES), before its own handler runs. */
  private check(ctx: CommandContext, command: LiveCommand, viewer: Viewer): void {
    const rule = LIVE_COMMAND_RULES[command.type];
    if (rule.moderatorOnly && !ctx.isModerator) throw new UserError('SESSION_MODERATOR_ONLY');
    if (rule.whilePlanned) {
      if (ctx.session.status !== 'planned') throw new UserError('SESSION_NOT_PLANNED');
      return;
    }
    if (ctx.session.status !== 'live') throw new UserError('SESSION_NOT_LIVE');
    if (rule.phaseBound && 'phaseId' in command && command.phaseId !== ctx.phase.id) throw new UserError('SESSION_PHASE_MOVED');
    const action = requiredAction(command);
    // Named as the screen names it: the phase's own title ("Lessen"), not its kind ("Oogsten").
    if (action && !phaseActions(ctx.session.method_snapshot.phases, ctx.session.current_phase_index).includes(action)) {
      throw new UserError('SESSION_ACTION_NOT_IN_PHASE', { phase: ctx.phase.title[viewer.preferredLanguage] });
    }
  }
}
