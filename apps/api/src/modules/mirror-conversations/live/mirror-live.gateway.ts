import { MIRROR_SOCKET_EVENTS, MIRROR_VIEWS, MirrorCommand, MirrorCommandAck, MirrorJoinAck, MirrorJoinRequest } from '@kring/domain';
import { UseFilters, UseGuards } from '@nestjs/common';
import { Ack, ConnectedSocket, MessageBody, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import type { Socket } from 'socket.io';
import { TenantAccess, Viewer } from '../../../engine/auth/viewer';
import { UserError } from '../../../engine/graphql/user-error';
import { LiveCommandPipeline } from '../../../engine/live/command-pipeline';
import { LiveRoomGateway } from '../../../engine/live/live-room.gateway';
import { LiveRooms } from '../../../engine/live/live-rooms';
import { Access } from '../../../engine/policy/access.decorator';
import { CurrentAccess, CurrentViewer } from '../../../engine/policy/current.decorators';
import { PolicyGuard } from '../../../engine/policy/policy.guard';
import { RecheckedInCommand, SocketAccess } from '../../../engine/policy/socket-access';
import { LiveErrorFilter } from '../../../engine/realtime/live-error.filter';
import { MirrorCommandsService } from './mirror-commands.service';
import { audienceRooms } from './mirror-audience';
import { MirrorStateService, roleIn } from './mirror-state.service';

const ROOM = { arg: 'conversationId', table: 'mirror_conversation' } as const;

/**
 * The live mirror conversation (protocol: libs/domain/src/mirror-conversations/live.ts),
 * on the live-room kit. The policy guard is bound here explicitly, as global
 * guards do not reliably cover gateways: every handler has an @Access rule
 * and is refused without a membership of the conversation's organisation.
 * Who is in the room and who may do what is checked in the room's
 * configuration (MirrorCommandsService). Refusals come back as an ack with a
 * localised message (LiveErrorFilter), never as a silent drop.
 */
@WebSocketGateway()
@UseGuards(PolicyGuard)
@UseFilters(LiveErrorFilter)
export class MirrorLiveGateway extends LiveRoomGateway<MirrorCommand, unknown, unknown, unknown, Extract<MirrorCommandAck, { ok: true }>> {
  constructor(
    private readonly state: MirrorStateService,
    rooms: LiveRooms,
    pipeline: LiveCommandPipeline,
    commands: MirrorCommandsService,
    sockets: SocketAccess,
  ) {
    super(rooms, pipeline, commands, sockets);
  }

  /** Joining again fetches a fresh snapshot. */
  @SubscribeMessage(MIRROR_SOCKET_EVENTS.join)
  @Access.organisation(ROOM)
  async join(
    @ConnectedSocket() socket: Socket,
    @MessageBody() body: MirrorJoinRequest,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<MirrorJoinAck> {
    if (!MIRROR_VIEWS.includes(body.view)) throw new UserError('SESSION_INVALID_COMMAND', { details: 'view' });
    // A screen that may no longer be here (taken off the listeners) leaves every audience of the room at once.
    const row = await this.state.admitted(body.conversationId, body.view, access, viewer).catch((error: unknown) => {
      this.exit(socket, body.conversationId);
      throw error;
    });
    // Joining again (a refresh, a resync) starts from no audience rooms: the role may have changed meanwhile.
    this.exit(socket, row.id);
    const rooms = audienceRooms(row.id, body.view, roleIn(row, viewer), viewer.personId);
    return { ok: true, state: await this.enter(socket, row.id, rooms, () => this.state.snapshot(row, body.view, viewer)) };
  }

  @SubscribeMessage(MIRROR_SOCKET_EVENTS.leave)
  @Access.organisation(ROOM)
  leave(@ConnectedSocket() socket: Socket, @MessageBody() body: MirrorJoinRequest): { ok: true } {
    return this.exit(socket, body.conversationId);
  }

  @SubscribeMessage(MIRROR_SOCKET_EVENTS.command)
  @Access.organisation(ROOM)
  @RecheckedInCommand()
  async onCommand(
    @ConnectedSocket() socket: Socket,
    @MessageBody() body: unknown,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
    @Ack() ack: ((ack: MirrorCommandAck) => void) | undefined,
  ): Promise<void> {
    await this.command(socket, viewer, access, body, ack);
  }
}
