import { SubscribeMessage } from '@nestjs/websockets';
import { EventEmitter } from 'node:events';
import { TenantAccess, Viewer } from '../auth/viewer';
import { ViewerService } from '../auth/viewer.service';
import { Access } from '../policy/access.decorator';
import { KringSocket, RecheckedInCommand, SocketAccess, SocketState } from '../policy/socket-access';
import { TenantLookupService } from '../policy/tenant-lookup.service';
import { DirectSocketEvents } from './direct-socket-events';

const HOEVE = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const LINDEHOF = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const sanne: Viewer = {
  personId: 'sanne',
  preferredLanguage: 'nl',
  memberships: [{ id: 'm', role: 'care_worker', organisationId: HOEVE, networkId: null, teamId: null }],
};

/** Gateways as a room declares them; `calls` records what the handler was given. */
class Room {
  readonly calls: { body: unknown; access: TenantAccess }[] = [];

  @SubscribeMessage('room:command')
  @Access.organisation({ arg: 'roomId', table: 'reflection_session' })
  @RecheckedInCommand()
  async command(_socket: KringSocket, body: unknown, _viewer: Viewer, access: TenantAccess, ack: ((answer: unknown) => void) | undefined) {
    this.calls.push({ body, access });
    ack?.({ ok: true });
  }

  @SubscribeMessage('room:unchecked')
  @Access.organisation({ arg: 'roomId', table: 'reflection_session' })
  async unchecked() {}

  @SubscribeMessage('room:moderators')
  @Access.organisation({ arg: 'roomId', table: 'reflection_session' }, ['moderator'])
  @RecheckedInCommand()
  async moderators() {}
}

/** Sessions of De Hoeve start with "hoeve", of De Lindehof with "lindehof"; the socket's viewer is Sanne (De Hoeve). */
function setUp() {
  const tenants = {
    organisationOf: async (_table: string, id: unknown) =>
      String(id).startsWith('hoeve') ? HOEVE : String(id).startsWith('lindehof') ? LINDEHOF : null,
  } as unknown as TenantLookupService;
  const direct = new DirectSocketEvents(new SocketAccess({} as ViewerService, tenants));
  const room = new Room();
  direct.register(room, room.command);
  const socket = Object.assign(new EventEmitter(), { data: { viewer: sanne } satisfies SocketState }) as unknown as KringSocket;
  const send = (event: string, body: unknown) =>
    new Promise<unknown>((resolve) => (socket as unknown as EventEmitter).emit(event, body, resolve));
  return { direct, room, socket, send };
}

describe('DirectSocketEvents: a socket event answered without Nest, under the same rule', () => {
  it('binds only registered events, and runs the handler with the access the rule decided', async () => {
    const { direct, room, socket, send } = setUp();
    expect(direct.bind(socket, 'room:join')).toBe(false);
    expect(direct.bind(socket, 'room:command')).toBe(true);
    expect(await send('room:command', { roomId: 'hoeve-1' })).toEqual({ ok: true });
    expect(room.calls).toEqual([{ body: { roomId: 'hoeve-1' }, access: { organisationId: HOEVE, roles: ['care_worker'] } }]);
  });

  it("refuses another organisation's room and an unknown one alike, as the live error filter answers, without running the handler", async () => {
    const { direct, room, socket, send } = setUp();
    direct.bind(socket, 'room:command');
    const notFound: unknown = expect.objectContaining({ code: 'NOT_FOUND' });
    for (const roomId of ['lindehof-1', 'nowhere']) {
      expect(await send('room:command', { roomId })).toEqual({ ok: false, error: notFound });
    }
    expect(room.calls).toEqual([]);
  });

  it('will not register a handler whose own statement does not re-check the right, or one with roles', () => {
    const { direct, room } = setUp();
    expect(() => direct.register(room, room.unchecked)).toThrow(/needs @SubscribeMessage, @Access and @RecheckedInCommand/);
    expect(() => direct.register(room, room.moderators)).toThrow(/organisation rule without roles/);
  });
});
