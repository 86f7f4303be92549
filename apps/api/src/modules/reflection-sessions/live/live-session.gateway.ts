import {
  LIVE_SOCKET_EVENTS,
  LiveCommand,
  LiveCommandAck,
  LiveEvent,
  LiveEventBody,
  LiveJoinAck,
  LiveJoinRequest,
  LiveLeaveAck,
  LiveTypingAck,
} from '@kring/domain';
import { UseFilters, UseGuards } from '@nestjs/common';
import { Ack, ConnectedSocket, MessageBody, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import type { Socket } from 'socket.io';
import { TenantAccess, Viewer } from '../../../engine/auth/viewer';
import { LiveCommandPipeline } from '../../../engine/live/command-pipeline';
import { LiveRoomGateway } from '../../../engine/live/live-room.gateway';
import { LiveRooms } from '../../../engine/live/live-rooms';
import { Access } from '../../../engine/policy/access.decorator';
import { CurrentAccess, CurrentViewer } from '../../../engine/policy/current.decorators';
import { PolicyGuard } from '../../../engine/policy/policy.guard';
import { RecheckedInCommand, SocketAccess } from '../../../engine/policy/socket-access';
import { LiveErrorFilter } from '../../../engine/realtime/live-error.filter';
import { SessionAccess } from '../session-access';
import { viewerRoom } from './live-broadcaster';
import { LiveCommandsService } from './live-commands.service';
import { LiveStateService } from './live-state.service';
import { LiveTypingRelay } from './live-typing';

const ROOM = { arg: 'sessionId', table: 'reflection_session' } as const;

/**
 * The live room (protocol: libs/domain/src/live-session/socket.ts), on the
 * live-room kit. The policy guard is bound here explicitly, because global
 * guards do not reliably cover gateways: every handler has an @Access rule
 * and is refused without a membership of the session's organisation. Finer
 * checks (invited to this session, moderator-only commands) follow in the
 * room's configuration (LiveCommandsService).
 */
@WebSocketGateway()
@UseGuards(PolicyGuard)
@UseFilters(LiveErrorFilter)
export class LiveSessionGateway extends LiveRoomGateway<
  LiveCommand,
  unknown,
  LiveEventBody,
  LiveEvent,
  Extract<LiveCommandAck, { ok: true }>
> {
  constructor(
    private readonly access: SessionAccess,
    private readonly state: LiveStateService,
    private readonly typist: LiveTypingRelay,
    rooms: LiveRooms,
    pipeline: LiveCommandPipeline,
    commands: LiveCommandsService,
    sockets: SocketAccess,
  ) {
    super(rooms, pipeline, commands, sockets);
  }

  @SubscribeMessage(LIVE_SOCKET_EVENTS.join)
  @Access.organisation(ROOM)
  async join(
    @ConnectedSocket() socket: Socket,
    @MessageBody() body: LiveJoinRequest,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<LiveJoinAck> {
    await this.access.participant(body.sessionId, access, viewer);
    // Also the person's own corner of the room, for what only they may see yet (sessionDeliveries); leaving takes both.
    const own = [viewerRoom(body.sessionId, viewer.personId)];
    return { ok: true, state: await this.enter(socket, body.sessionId, own, () => this.state.snapshot(body.sessionId, viewer.personId)) };
  }

  @SubscribeMessage(LIVE_SOCKET_EVENTS.leave)
  @Access.organisation(ROOM)
  leave(@ConnectedSocket() socket: Socket, @MessageBody() body: LiveJoinRequest): LiveLeaveAck {
    return this.exit(socket, body.sessionId);
  }

  @SubscribeMessage(LIVE_SOCKET_EVENTS.command)
  @Access.organisation(ROOM)
  @RecheckedInCommand()
  async onCommand(
    @ConnectedSocket() socket: Socket,
    @MessageBody() body: unknown,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
    @Ack() ack: ((ack: LiveCommandAck) => void) | undefined,
  ): Promise<void> {
    await this.command(socket, viewer, access, body, ack);
  }

  /** "typing…": presence, passed on and never stored (LiveTypingRelay checks the person, the phase and the pace). */
  @SubscribeMessage(LIVE_SOCKET_EVENTS.typing)
  @Access.organisation(ROOM)
  typing(@MessageBody() body: unknown, @CurrentViewer() viewer: Viewer, @CurrentAccess() access: TenantAccess): Promise<LiveTypingAck> {
    return this.typist.relay(body, viewer, access);
  }
}
