import {
  LIVE_SOCKET_EVENTS,
  LiveCommand,
  LiveCommandAck,
  LiveEvent,
  LiveEventBody,
  LiveJoinAck,
  LiveJoinRequest,
  LiveTypingAck,
} from '@kring/domain';
import { Inject } from '@nestjs/common';
import { MessageBody, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import { TenantAccess, Viewer } from '../../../engine/auth/viewer';
import { RoomGateway } from '../../../engine/live/room-gateway';
import { Access } from '../../../engine/policy/access.decorator';
import { CurrentAccess, CurrentViewer } from '../../../engine/policy/current.decorators';
import { KringSocket } from '../../../engine/policy/socket-access';
import { SessionAccess } from '../session-access';
import { viewerRoom } from './live-broadcaster';
import { LiveCommandsService } from './live-commands.service';
import { LiveStateService } from './live-state.service';
import { LiveTypingRelay } from './live-typing';
import { IN_SESSION } from './session-room';

const ROOM = { arg: 'sessionId', table: 'reflection_session' } as const;

/**
 * The live room (protocol: libs/domain/src/live-session/socket.ts), on the
 * live-room kit (RoomGateway: the policy guard, the error filter, leave and
 * command). Finer checks (invited to this session, moderator-only commands)
 * follow in the room's configuration (LiveCommandsService).
 */
@WebSocketGateway()
export class LiveSessionGateway extends RoomGateway<
  LiveCommand,
  unknown,
  LiveEventBody,
  LiveEvent,
  Extract<LiveCommandAck, { ok: true }>,
  LiveJoinRequest,
  LiveJoinAck
>({
  events: LIVE_SOCKET_EVENTS,
  room: ROOM,
  commands: LiveCommandsService,
}) {
  @Inject(SessionAccess) private readonly access!: SessionAccess;
  @Inject(LiveStateService) private readonly state!: LiveStateService;
  @Inject(LiveTypingRelay) private readonly typist!: LiveTypingRelay;

  protected async joined(socket: KringSocket, body: LiveJoinRequest, viewer: Viewer, access: TenantAccess): Promise<LiveJoinAck> {
    await this.access.participant(body.sessionId, access, viewer);
    // Also the person's own corner of the room, for what only they may see yet (sessionDeliveries); leaving takes both.
    const own = [viewerRoom(body.sessionId, viewer.personId)];
    const state = await this.enter(socket, body.sessionId, IN_SESSION, own, () => this.state.joinSnapshot(body.sessionId, viewer, access));
    return { ok: true, state };
  }

  /** "typing…": presence, passed on and never stored (LiveTypingRelay checks the person, the phase and the pace). */
  @SubscribeMessage(LIVE_SOCKET_EVENTS.typing)
  @Access.organisation(ROOM)
  typing(@MessageBody() body: unknown, @CurrentViewer() viewer: Viewer, @CurrentAccess() access: TenantAccess): Promise<LiveTypingAck> {
    return this.typist.relay(body, viewer, access);
  }
}
