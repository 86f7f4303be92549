import type { LiveSessionState } from '@kring/domain';
import { LiveScreen } from './session-fixtures';
import { Team, teamTest, TeamTest } from './team-test';

/** The dots an entry has in a phase, as a screen's state holds them (its own by name, the others' also as counts). */
export const dots = (state: LiveSessionState, phaseId: string, entryId: string) =>
  state.votes.filter((v) => v.phaseId === phaseId && v.entryId === entryId).reduce((n, v) => n + v.count, 0);

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

/**
 * Walks the moderator's room phase by phase (each `goToPhase` from the current phase to the next one, as the
 * moderator's console does) until `target` is the current phase; every screen reaches each move before the next.
 */
export async function toPhase(moderator: LiveScreen, sessionId: string, target: string, others: LiveScreen[] = []) {
  for (;;) {
    const current = moderator.state.phases[moderator.state.currentPhaseIndex].id;
    if (current === target) return;
    const next = moderator.state.phases[moderator.state.currentPhaseIndex + 1].id;
    const moved = await moderator.ok(sessionId, { type: 'goToPhase', phaseId: current, toPhaseId: next });
    for (const screen of [moderator, ...others]) await screen.reach(moved.version);
  }
}

export interface LiveRoomTest extends TeamTest {
  /** A live screen for a member of the team (on another server's url, if given); closed after the test. */
  open(member: Team['sanne'], url?: string): Promise<LiveScreen>;
  /** A screen opened some other way (a person outside the team), closed after the test like the others. */
  track(screen: LiveScreen): LiveScreen;
  /** Closes every screen now (before its server stops), instead of after the test. */
  closeScreens(): void;
}

/**
 * The set-up every live-room spec shares, registered in the describe block that calls it: one app with a team
 * (teamTest), and the screens a test opens, closed after each test. Read `kring` and `org` in a test or
 * in a beforeAll registered after this call.
 */
export function liveRoomTest(): LiveRoomTest {
  const screens: LiveScreen[] = [];
  const room: LiveRoomTest = Object.assign(teamTest(), {
    open: async (member: Team['sanne'], url = room.kring.url) => {
      return room.track(await LiveScreen.open(url, member));
    },
    track: (screen: LiveScreen) => {
      screens.push(screen);
      return screen;
    },
    closeScreens: () => screens.splice(0).forEach((s) => s.close()),
  });
  afterEach(() => room.closeScreens());
  return room;
}
