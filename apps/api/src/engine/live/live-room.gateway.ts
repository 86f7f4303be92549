import { TenantAccess, Viewer } from '../auth/viewer';
import { KringSocket, SocketAccess } from '../policy/socket-access';
import { AccessMovedError, LiveCommandPipeline, PipelineResult, RoomCommands } from './command-pipeline';
import { LiveRooms } from './live-rooms';

/**
 * The base of every live room's gateway: join, leave and command, the same
 * for each room kind. A room's gateway is a thin subclass whose handlers
 * carry the room's socket event names, its @Access rule (the policy guard),
 * @UseGuards(PolicyGuard) and @UseFilters(LiveErrorFilter), and call these.
 */
export abstract class LiveRoomGateway<C extends { readonly type: string }, R, B, E, A> {
  protected constructor(
    protected readonly rooms: LiveRooms,
    protected readonly pipeline: LiveCommandPipeline,
    protected readonly commands: RoomCommands<C, R, B, E, A>,
    protected readonly sockets: SocketAccess,
  ) {}

  /**
   * Joins the room first, then reads the snapshot: every change committed
   * after the snapshot arrives as an event, none falls in between. The join
   * never waits on another API process; presence follows once the ack is out.
   */
  protected async enter<S>(
    socket: KringSocket,
    roomId: string,
    place: string,
    extraRooms: readonly string[],
    snapshot: () => Promise<S>,
  ): Promise<S> {
    await this.rooms.enter(socket, this.commands.kind, roomId, place, extraRooms);
    const state = await snapshot();
    setImmediate(() => void this.rooms.presence(this.commands.kind, roomId));
    return state;
  }

  protected exit(socket: KringSocket, roomId: string): { ok: true } {
    this.rooms.leave(socket, this.commands.kind, roomId);
    return { ok: true };
  }

  /**
   * Stored first, then acked, then published: an ack means the change
   * survives anything. The command's handler carries @RecheckedInCommand():
   * the pipeline verifies the login and access version in its own
   * statement, and when they moved on the right is decided afresh here
   * (refused, or run again with the new right).
   */
  protected async command(
    socket: KringSocket,
    viewer: Viewer,
    access: TenantAccess,
    body: unknown,
    ack: ((ack: A) => void) | undefined,
  ): Promise<void> {
    let result: PipelineResult<E, A> | undefined;
    for (let attempt = 1; !result; attempt++) {
      try {
        result = await this.pipeline.run(this.commands, viewer, access, body);
      } catch (error) {
        // A second move while re-reading would be a change in the same instant: once more, then refuse.
        if (!(error instanceof AccessMovedError) || attempt >= 3) throw error;
        ({ viewer, access } = await this.sockets.reauthorise(socket, access.organisationId));
      }
    }
    ack?.(result.ack);
    this.rooms.deliver(this.commands.eventName, result.deliveries);
  }
}
