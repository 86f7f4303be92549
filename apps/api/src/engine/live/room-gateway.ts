import { Inject, OnModuleInit, Type, UseFilters, UseGuards } from '@nestjs/common';
import { Ack, ConnectedSocket, MessageBody, SubscribeMessage } from '@nestjs/websockets';
import { TenantAccess, Viewer } from '../auth/viewer';
import { Access } from '../policy/access.decorator';
import { CurrentAccess, CurrentViewer } from '../policy/current.decorators';
import { PolicyGuard } from '../policy/policy.guard';
import { KringSocket, RecheckedInCommand, SocketAccess } from '../policy/socket-access';
import { DirectSocketEvents } from '../realtime/direct-socket-events';
import { LiveErrorFilter } from '../realtime/live-error.filter';
import { LiveCommandPipeline, RoomCommands } from './command-pipeline';
import { LiveRoomGateway } from './live-room.gateway';
import { LiveRooms } from './live-rooms';

/** One room kind's gateway wiring: its socket events, where its messages name the room, and its commands. */
export interface RoomGatewayConfig<C extends { readonly type: string }, R, B, E, A> {
  readonly events: { readonly join: string; readonly leave: string; readonly command: string };
  /** The policy guard's rule: the message's room id (`arg`) and its table, whose organisation the socket must belong to. */
  readonly room: Parameters<typeof Access.organisation>[0] & { readonly arg: string };
  /** The room's configuration of the kit (a provider of the room's module). */
  readonly commands: Type<RoomCommands<C, R, B, E, A>>;
}

/**
 * The part of a live room's gateway that is the same for every room kind:
 * the kit's dependencies, the policy guard bound explicitly (global guards
 * do not reliably cover gateways) with the room's @Access rule on every
 * handler, the error filter that answers a refusal as an ack with a
 * localised message, and the leave and command handlers on the room's
 * events (the command bound directly, DirectSocketEvents). A room's gateway extends the class this returns, adds
 * @WebSocketGateway() and its join (`joined`, and whatever else only it has), and
 * takes its own services as properties (@Inject), so it needs no constructor.
 */
export function RoomGateway<C extends { readonly type: string }, R, B, E, A, J, JA>(config: RoomGatewayConfig<C, R, B, E, A>) {
  @UseGuards(PolicyGuard)
  @UseFilters(LiveErrorFilter)
  abstract class Gateway extends LiveRoomGateway<C, R, B, E, A> implements OnModuleInit {
    constructor(
      @Inject(LiveRooms) rooms: LiveRooms,
      @Inject(LiveCommandPipeline) pipeline: LiveCommandPipeline,
      @Inject(config.commands) commands: RoomCommands<C, R, B, E, A>,
      @Inject(SocketAccess) sockets: SocketAccess,
      @Inject(DirectSocketEvents) private readonly direct: DirectSocketEvents,
    ) {
      super(rooms, pipeline, commands, sockets);
    }

    /** The command, the room's hot event, is answered without Nest's per-message chain, under the same rule (DirectSocketEvents). */
    onModuleInit(): void {
      this.direct.register(this, this.onCommand);
    }

    @SubscribeMessage(config.events.join)
    @Access.organisation(config.room)
    join(
      @ConnectedSocket() socket: KringSocket,
      @MessageBody() body: J,
      @CurrentViewer() viewer: Viewer,
      @CurrentAccess() access: TenantAccess,
    ): Promise<JA> {
      // A screen refused (no longer in the room: its page asked again after being taken off) leaves what it was in.
      return this.joined(socket, body, viewer, access).catch((error: unknown) => {
        const roomId = (body as Readonly<Record<string, unknown>>)[config.room.arg];
        if (typeof roomId === 'string') this.exit(socket, roomId);
        throw error;
      });
    }

    /** The room's join: who may be here, which audience rooms the screen enters (enter) and its snapshot. */
    protected abstract joined(socket: KringSocket, body: J, viewer: Viewer, access: TenantAccess): Promise<JA>;

    @SubscribeMessage(config.events.leave)
    @Access.organisation(config.room)
    leave(@ConnectedSocket() socket: KringSocket, @MessageBody() body: Readonly<Record<string, string>>): { ok: true } {
      return this.exit(socket, body[config.room.arg]);
    }

    @SubscribeMessage(config.events.command)
    @Access.organisation(config.room)
    @RecheckedInCommand()
    async onCommand(
      @ConnectedSocket() socket: KringSocket,
      @MessageBody() body: unknown,
      @CurrentViewer() viewer: Viewer,
      @CurrentAccess() access: TenantAccess,
      @Ack() ack: ((ack: A) => void) | undefined,
    ): Promise<void> {
      await this.command(socket, viewer, access, body, ack);
    }
  }
  return Gateway;
}
