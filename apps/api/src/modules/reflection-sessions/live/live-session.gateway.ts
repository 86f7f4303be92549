import { LIVE_SOCKET_EVENTS, LiveCommandAck, LiveJoinAck, LiveJoinRequest, LiveLeaveAck, sessionRoom } from '@kring/domain';
import { UseFilters, UseGuards } from '@nestjs/common';
import {
  Ack,
  ConnectedSocket,
  MessageBody,
  OnGatewayDisconnect,
  OnGatewayInit,
  SubscribeMessage,
  WebSocketGateway,
} from '@nestjs/websockets';
import type { Server, Socket } from 'socket.io';
import { TenantAccess, Viewer } from '../../../engine/auth/viewer';
import { Access } from '../../../engine/policy/access.decorator';
import { CurrentAccess, CurrentViewer } from '../../../engine/policy/current.decorators';
import { PolicyGuard } from '../../../engine/policy/policy.guard';
import { SessionAccess } from '../session-access';
import { LiveBroadcaster } from './live-broadcaster';
import { LiveCommandsService } from './live-commands.service';
import { LiveStateService } from './live-state.service';
import { LiveErrorFilter } from '../../../engine/realtime/live-error.filter';

/** The sessions a socket has joined, so a disconnect can update their presence. */
interface LiveSocketData {
  liveSessions?: Set<string>;
}

const ROOM = { arg: 'sessionId', table: 'reflection_session' } as const;

/**
 * The live room (protocol: libs/domain/src/live-session/socket.ts). The
 * policy guard is bound here explicitly, because global guards do not reliably
 * cover gateways: every handler has an @Access rule and is refused without a
 * membership of the session's organisation. Finer checks (invited to this
 * session, moderator-only commands) follow in the services.
 */
@WebSocketGateway()
@UseGuards(PolicyGuard)
@UseFilters(LiveErrorFilter)
export class LiveSessionGateway implements OnGatewayInit, OnGatewayDisconnect {
  constructor(
    private readonly access: SessionAccess,
    private readonly state: LiveStateService,
    private readonly commands: LiveCommandsService,
    private readonly broadcaster: LiveBroadcaster,
  ) {}

  afterInit(server: Server): void {
    this.broadcaster.attach(server);
  }

  /**
   * Joins the room first, then reads the snapshot: every change committed
   * after the snapshot arrives as an event, none falls in between.
   */
  @SubscribeMessage(LIVE_SOCKET_EVENTS.join)
  @Access.organisation(ROOM)
  async join(
    @ConnectedSocket() socket: Socket,
    @MessageBody() body: LiveJoinRequest,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<LiveJoinAck> {
    await this.access.participant(body.sessionId, access, viewer);
    await socket.join(sessionRoom(body.sessionId));
    const data = socket.data as LiveSocketData;
    (data.liveSessions ??= new Set()).add(body.sessionId);
    const state = await this.state.snapshot(body.sessionId, viewer.personId);
    // After the ack has gone out, so the joiner already has the state the presence applies to.
    setImmediate(() => void this.broadcaster.presence(body.sessionId));
    return { ok: true, state };
  }

  @SubscribeMessage(LIVE_SOCKET_EVENTS.leave)
  @Access.organisation(ROOM)
  async leave(@ConnectedSocket() socket: Socket, @MessageBody() body: LiveJoinRequest): Promise<LiveLeaveAck> {
    await socket.leave(sessionRoom(body.sessionId));
    (socket.data as LiveSocketData).liveSessions?.delete(body.sessionId);
    void this.broadcaster.presence(body.sessionId);
    return { ok: true };
  }

  /** Stored first, then acked, then broadcast: an ack means the change survives anything. */
  @SubscribeMessage(LIVE_SOCKET_EVENTS.command)
  @Access.organisation(ROOM)
  async command(
    @MessageBody() body: unknown,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
    @Ack() ack: ((ack: LiveCommandAck) => void) | undefined,
  ): Promise<void> {
    const result = await this.commands.execute(viewer, access, body);
    ack?.(result.ack);
    this.broadcaster.publish(result.event);
  }

  handleDisconnect(socket: Socket): void {
    for (const sessionId of (socket.data as LiveSocketData).liveSessions ?? []) void this.broadcaster.presence(sessionId);
  }
}
