import { MIRROR_SOCKET_EVENTS, MIRROR_VIEWS, MirrorCommand, MirrorCommandAck, MirrorJoinAck, MirrorJoinRequest } from '@kring/domain';
import { Inject } from '@nestjs/common';
import { WebSocketGateway } from '@nestjs/websockets';
import { TenantAccess, Viewer } from '../../../engine/auth/viewer';
import { UserError } from '../../../engine/graphql/user-error';
import { KringSocket } from '../../../engine/policy/socket-access';
import { RoomGateway } from '../../../engine/live/room-gateway';
import { MirrorCommandsService } from './mirror-commands.service';
import { audienceRooms } from './mirror-audience';
import { MirrorStateService, roleIn } from './mirror-state.service';

/**
 * The live mirror conversation (protocol: libs/domain/src/mirror-conversations/live.ts),
 * on the live-room kit (RoomGateway: the policy guard, the error filter, leave
 * and command). Who is in the room and who may do what is checked in the
 * room's configuration (MirrorCommandsService).
 */
@WebSocketGateway()
export class MirrorLiveGateway extends RoomGateway<
  MirrorCommand,
  unknown,
  unknown,
  unknown,
  Extract<MirrorCommandAck, { ok: true }>,
  MirrorJoinRequest,
  MirrorJoinAck
>({
  events: MIRROR_SOCKET_EVENTS,
  room: { arg: 'conversationId', table: 'mirror_conversation' },
  commands: MirrorCommandsService,
}) {
  @Inject(MirrorStateService) private readonly state!: MirrorStateService;

  /** Joining again fetches a fresh snapshot. */
  protected async joined(socket: KringSocket, body: MirrorJoinRequest, viewer: Viewer, access: TenantAccess): Promise<MirrorJoinAck> {
    if (!MIRROR_VIEWS.includes(body.view)) throw new UserError('SESSION_INVALID_COMMAND', { details: 'view' });
    // A screen that may no longer be here (taken off the listeners) leaves every audience of the room at once.
    const row = await this.state.admitted(body.conversationId, body.view, access, viewer).catch((error: unknown) => {
      this.exit(socket, body.conversationId);
      throw error;
    });
    // Joining again (a refresh, a resync) starts from no audience rooms: the role may have changed meanwhile.
    this.exit(socket, row.id);
    const role = roleIn(row, viewer);
    const rooms = audienceRooms(row.id, body.view, role, viewer.personId);
    return { ok: true, state: await this.enter(socket, row.id, role, rooms, () => this.state.snapshot(row, body.view, viewer)) };
  }
}
