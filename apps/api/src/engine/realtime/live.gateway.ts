import { OnGatewayConnection, OnGatewayInit, WebSocketGateway } from '@nestjs/websockets';
import type { Server, Socket } from 'socket.io';
import { SocketState } from '../policy/policy.guard';
import { LiveConnections, loginRoom, personRoom } from './live-connections';

/**
 * The live connection. Each person's sockets share a private room, so any
 * API process can reach all of someone's devices, and each login's sockets
 * one more, so a logout ends exactly those; feature gateways add their own
 * rooms and handlers (each with an @Access rule).
 */
@WebSocketGateway()
export class LiveGateway implements OnGatewayInit, OnGatewayConnection {
  constructor(private readonly connections: LiveConnections) {}

  afterInit(server: Server): void {
    this.connections.attach(server);
  }

  handleConnection(socket: Socket): void {
    const { viewer } = socket.data as SocketState;
    if (!viewer) return;
    void socket.join(viewer.login ? [personRoom(viewer.personId), loginRoom(viewer.login.id)] : personRoom(viewer.personId));
  }
}
