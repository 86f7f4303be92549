import { OnGatewayConnection, OnGatewayDisconnect, OnGatewayInit, WebSocketGateway } from '@nestjs/websockets';
import type { Server } from 'socket.io';
import { LiveRooms } from '../live/live-rooms';
import { KringSocket } from '../policy/socket-access';
import { LiveConnections, loginRoom, personRoom } from './live-connections';

/**
 * The live connection. Each person's sockets share a private room, so any
 * API process can reach all of someone's devices, and each login's sockets
 * one more, so a logout ends exactly those; the live rooms (engine/live) add
 * their own rooms and handlers (each with an @Access rule).
 */
@WebSocketGateway()
export class LiveGateway implements OnGatewayInit, OnGatewayConnection, OnGatewayDisconnect {
  constructor(
    private readonly connections: LiveConnections,
    private readonly rooms: LiveRooms,
  ) {}

  afterInit(server: Server): void {
    this.connections.attach(server);
    this.rooms.attach(server);
  }

  handleConnection(socket: KringSocket): void {
    const { viewer } = socket.data;
    if (!viewer) return;
    void socket.join(viewer.login ? [personRoom(viewer.personId), loginRoom(viewer.login.id)] : personRoom(viewer.personId));
  }

  /** A closed socket leaves its live rooms: their presence is updated and this process stops beaconing them for it. */
  handleDisconnect(socket: KringSocket): void {
    this.rooms.disconnected(socket);
  }
}
