import { connectSocket } from '../support/socket-client';
import { setupFirstOrganisation } from '../support/fixtures';
import { startTestKring, TestKring } from '../support/kring-test-app';

describe('socket.io at /socket.io', () => {
  let kring: TestKring;
  beforeAll(async () => {
    kring = await startTestKring();
  });
  afterAll(() => kring.close());

  it('refuses a connection without a session', async () => {
    await expect(connectSocket(kring.url)).rejects.toThrow('UNAUTHENTICATED');
  });

  it('accepts a logged-in person', async () => {
    const { admin } = await setupFirstOrganisation(kring);
    const socket = await connectSocket(kring.url, admin);
    expect(socket.connected).toBe(true);
    socket.close();
  });
});
