import { OnGatewayConnection, WebSocketGateway } from '@nestjs/websockets';
import type { Socket } from 'socket.io';
import { SocketState } from '../policy/policy.guard';

/**
 * The live connection. Each person's sockets share a private room, so any
 * API process can reach all of someone's devices; feature gateways add their
 * own rooms and handlers (each with an @Access rule).
 */
@WebSocketGateway()
export class LiveGateway implements OnGatewayConnection {
  handleConnection(socket: Socket): void {
    const { viewer } = socket.data as SocketState;
    if (viewer) void socket.join(`person:${viewer.personId}`);
  }
}
