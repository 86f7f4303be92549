import type { LiveSessionState } from '@kring/domain';
import { startTestKring, TestKring } from './kring-test-app';
import { LiveScreen, teamWithPeople } from './session-fixtures';

type Team = Awaited<ReturnType<typeof teamWithPeople>>;

/** What every screen must agree on: the stored room, without the viewer's own part and presence. */
export function sharedRoom(state: LiveSessionState) {
  const { viewer: _viewer, serverNow: _now, participants, votes, ...rest } = state;
  // Dots are a set (one row per voter, entry and phase): a snapshot may list them in another order than events added them.
  const byKey = (v: (typeof votes)[number]) => `${v.phaseId}:${v.entryId}:${v.voterId}`;
  return {
    ...rest,
    votes: [...votes].sort((x, y) => byKey(x).localeCompare(byKey(y))),
    participants: participants.map(({ online: _online, ...p }) => p),
  };
}

export interface LiveRoomTest {
  kring: TestKring;
  org: Team;
  /** A live screen for a member of the team (on another server's url, if given); closed after the test. */
  open(member: Team['sanne'], url?: string): Promise<LiveScreen>;
  /** A screen opened some other way (a person outside the team), closed after the test like the others. */
  track(screen: LiveScreen): LiveScreen;
  /** Closes every screen now (before its server stops), instead of after the test. */
  closeScreens(): void;
}

/**
 * The set-up every live-room spec shares, registered in the describe block that calls it: one app with a team
 * (teamWithPeople), and the screens a test opens, closed after each test. Read `kring` and `org` in a test or
 * in a beforeAll registered after this call.
 */
export function liveRoomTest(): LiveRoomTest {
  const screens: LiveScreen[] = [];
  const room = {
    open: async (member: Team['sanne'], url = room.kring.url) => {
      return room.track(await LiveScreen.open(url, member));
    },
    track: (screen: LiveScreen) => {
      screens.push(screen);
      return screen;
    },
    closeScreens: () => screens.splice(0).forEach((s) => s.close()),
  } as LiveRoomTest;
  beforeAll(async () => {
    room.kring = await startTestKring();
    room.org = await teamWithPeople(room.kring);
  });
  afterEach(() => room.closeScreens());
  afterAll(() => room.kring.close());
  return room;
}
