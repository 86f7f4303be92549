import { Viewer } from '../auth/viewer';
import { ViewerService } from '../auth/viewer.service';
import { DEFAULT_SESSION_IDLE_MINUTES } from '../config/kring-config';
import { KringSocket, SocketAccess, socketRecheckMs, SocketState } from './socket-access';
import { TenantLookupService } from './tenant-lookup.service';

const viewer: Viewer = {
  personId: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
  preferredLanguage: 'nl',
  memberships: [],
  login: { id: 'login-1', accessVersion: '1' },
};

/** A socket checked `agoMs` ago, and a ViewerService that counts how often the login is read. */
function setUp(idleMinutes: number, agoMs: number) {
  const reads = { count: 0 };
  const viewers = {
    idleMinutes,
    current: async (v: Viewer) => {
      reads.count++;
      return v;
    },
  } as unknown as ViewerService;
  const state: SocketState = { viewer, checkedAt: Date.now() - agoMs };
  const socket = { data: state } as unknown as KringSocket;
  return { access: new SocketAccess(viewers, {} as TenantLookupService), socket, reads };
}

describe('socketRecheckMs: how long a live command may reuse its socket’s login check', () => {
  it('is a quarter of the idle timeout, at most five minutes', () => {
    expect(socketRecheckMs(DEFAULT_SESSION_IDLE_MINUTES)).toBe(5 * 60_000);
    expect(socketRecheckMs(8)).toBe(2 * 60_000);
    expect(socketRecheckMs(1)).toBe(15_000);
  });

  it('reuses a recent check for a command that verifies the login itself, and reads the login after the interval', async () => {
    const fresh = setUp(DEFAULT_SESSION_IDLE_MINUTES, 4 * 60_000);
    await fresh.access.viewer(fresh.socket, true);
    expect(fresh.reads.count).toBe(0);

    const stale = setUp(DEFAULT_SESSION_IDLE_MINUTES, 5 * 60_000 + 1_000);
    await stale.access.viewer(stale.socket, true);
    expect(stale.reads.count).toBe(1);
  });

  it('reads the login before an active person’s idle timeout could run out, however short it is configured', async () => {
    const short = setUp(1, 20_000);
    await short.access.viewer(short.socket, true);
    expect(short.reads.count).toBe(1);
  });

  it('always reads the login for a handler that does not verify it itself', async () => {
    const fresh = setUp(DEFAULT_SESSION_IDLE_MINUTES, 1_000);
    await fresh.access.viewer(fresh.socket, false);
    expect(fresh.reads.count).toBe(1);
  });
});
