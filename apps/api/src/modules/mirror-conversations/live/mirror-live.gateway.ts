import { MIRROR_SOCKET_EVENTS, MIRROR_VIEWS, MirrorCommandAck, MirrorJoinAck, MirrorJoinRequest, mirrorRoom } from '@kring/domain';
import { UseFilters, UseGuards } from '@nestjs/common';
import { Ack, ConnectedSocket, MessageBody, OnGatewayInit, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import type { Server, Socket } from 'socket.io';
import { TenantAccess, Viewer } from '../../../engine/auth/viewer';
import { UserError } from '../../../engine/graphql/user-error';
import { Access } from '../../../engine/policy/access.decorator';
import { CurrentAccess, CurrentViewer } from '../../../engine/policy/current.decorators';
import { PolicyGuard } from '../../../engine/policy/policy.guard';
import { MirrorBroadcaster } from './mirror-broadcaster';
import { MirrorCommandsService } from './mirror-commands.service';
import { MirrorStateService } from './mirror-state.service';
import { LiveErrorFilter } from '../../../engine/realtime/live-error.filter';

const ROOM = { arg: 'conversationId', table: 'mirror_conversation' } as const;

/**
 * The live mirror conversation (protocol: libs/domain/src/mirror-conversations/live.ts).
 * The policy guard is bound here explicitly, as global guards do not reliably
 * cover gateways: every handler has an @Access rule and is refused without a
 * membership of the conversation's organisation. Who is in the room and who
 * may do what is checked in the services. Refusals come back as an ack with
 * a localised message (LiveErrorFilter), never as a silent drop.
 */
@WebSocketGateway()
@UseGuards(PolicyGuard)
@UseFilters(LiveErrorFilter)
export class MirrorLiveGateway implements OnGatewayInit {
  constructor(
    private readonly state: MirrorStateService,
    private readonly commands: MirrorCommandsService,
    private readonly broadcaster: MirrorBroadcaster,
  ) {}

  afterInit(server: Server): void {
    this.broadcaster.attach(server);
  }

  /** Joins the room first, then reads the snapshot, so no change falls in between. Joining again fetches a fresh snapshot. */
  @SubscribeMessage(MIRROR_SOCKET_EVENTS.join)
  @Access.organisation(ROOM)
  async join(
    @ConnectedSocket() socket: Socket,
    @MessageBody() body: MirrorJoinRequest,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<MirrorJoinAck> {
    if (!MIRROR_VIEWS.includes(body.view)) throw new UserError('SESSION_INVALID_COMMAND', { details: 'view' });
    const row = await this.state.admitted(body.conversationId, body.view, access, viewer);
    await socket.join(mirrorRoom(row.id));
    return { ok: true, state: await this.state.snapshot(row, body.view, viewer) };
  }

  @SubscribeMessage(MIRROR_SOCKET_EVENTS.leave)
  @Access.organisation(ROOM)
  async leave(@ConnectedSocket() socket: Socket, @MessageBody() body: MirrorJoinRequest): Promise<{ ok: true }> {
    await socket.leave(mirrorRoom(body.conversationId));
    return { ok: true };
  }

  /** Stored first, then acked, then announced: an ack means the change survives anything. */
  @SubscribeMessage(MIRROR_SOCKET_EVENTS.command)
  @Access.organisation(ROOM)
  async command(
    @MessageBody() body: unknown,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
    @Ack() ack: ((ack: MirrorCommandAck) => void) | undefined,
  ): Promise<void> {
    const result = await this.commands.execute(viewer, access, body);
    ack?.(result.ack);
    this.broadcaster.changed(result.change);
  }
}
