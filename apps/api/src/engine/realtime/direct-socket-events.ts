import { Injectable } from '@nestjs/common';
import { MESSAGE_METADATA } from '@nestjs/websockets/constants';
import { TenantAccess, Viewer } from '../auth/viewer';
import { ACCESS_RULE, AccessRule } from '../policy/access.decorator';
import { assertRecheckable, KringSocket, RECHECKED_IN_COMMAND, SocketAccess } from '../policy/socket-access';
import { answerFailure } from './live-error.filter';

/** A direct handler's arguments, in the order its @SubscribeMessage method declares them. */
export type DirectHandler<A> = (
  socket: KringSocket,
  body: unknown,
  viewer: Viewer,
  access: TenantAccess,
  ack: ((answer: A) => void) | undefined,
) => Promise<void>;

type Bound = (socket: KringSocket, body: unknown, ack: ((answer: unknown) => void) | undefined) => Promise<void>;

/**
 * Socket events answered without Nest's per-message chain: the hot live
 * command costs a guard context, param factories, the filter's wrapper and an
 * rxjs pipeline per message (bench:live, docs/bench-live.md), where the work
 * that matters is one policy check that is almost always a cache hit. The
 * handler stays a @SubscribeMessage method with its @Access rule and
 * @RecheckedInCommand (so the generated authorisation test finds and attacks
 * its event like any other); KringIoAdapter binds it here instead of through
 * Nest, and here the same rule, read from the same metadata, is decided by
 * the same SocketAccess.authorise the policy guard uses, and a refusal is
 * answered as the live error filter answers it.
 */
@Injectable()
export class DirectSocketEvents {
  private readonly handlers = new Map<string, Bound>();

  constructor(private readonly sockets: SocketAccess) {}

  /**
   * Answers `method`'s event directly from now on. Only a RecheckedInCommand
   * handler with an organisation rule: the only kind whose check needs no
   * database read per message, so the only one worth it.
   */
  register<A>(gateway: object, method: DirectHandler<A>): void {
    const where = `${gateway.constructor.name}.${method.name}`;
    const event = Reflect.getMetadata(MESSAGE_METADATA, method) as string | undefined;
    const rule = (Reflect.getMetadata(ACCESS_RULE, method) ?? Reflect.getMetadata(ACCESS_RULE, gateway.constructor)) as
      AccessRule | undefined;
    if (!event || !rule || Reflect.getMetadata(RECHECKED_IN_COMMAND, method) !== true) {
      throw new Error(`${where}: a direct socket handler needs @SubscribeMessage, @Access and @RecheckedInCommand`);
    }
    assertRecheckable(rule, where);
    this.handlers.set(event, async (socket, body, ack) => {
      try {
        const { viewer, access } = await this.sockets.authorise(socket, rule, body, true);
        // An organisation rule admits only a viewer with access (or throws).
        await method.call(gateway, socket, body, viewer!, access!, ack);
      } catch (error) {
        answerFailure(socket, error, ack);
      }
    });
  }

  /** Listens for `event` on the socket when it is direct (true), as Nest would: the payload, then the ack if the screen sent one. */
  bind(socket: KringSocket, event: string): boolean {
    const handler = this.handlers.get(event);
    if (!handler) return false;
    socket.on(event, (...args: unknown[]) => {
      const ack = typeof args.at(-1) === 'function' ? (args.pop() as (answer: unknown) => void) : undefined;
      void handler(socket, args.length <= 1 ? args[0] : args, ack);
    });
    return true;
  }
}
