import { INCIDENT_METHOD } from '../methods/shipped/incident-method';
import { freshTimer } from './timer';
import { LiveEntry, LiveSessionState } from './types';

/**
 * A live session's snapshot for tests, the one copy the domain's and the web's
 * specs build on: an incidentmethode session in "Wat zou jij doen?", led by
 * Sanne and seen by Anna. A spec overrides only what it is about. Not part of
 * the library's index, and left out of its build (tsconfig.build.json).
 */
export const SESSION = '11111111-1111-4111-8111-111111111111';
export const ANNA = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
export const BRAM = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
export const SANNE = 'cccccccc-cccc-4ccc-8ccc-cccccccccccc';

/** The timer follows the phase a patch puts the session in, unless the patch sets it too. */
export function liveState(patch: Partial<LiveSessionState> = {}): LiveSessionState {
  const phases = patch.phases ?? INCIDENT_METHOD.phases;
  const currentPhaseIndex = patch.currentPhaseIndex ?? 3;
  return {
    sessionId: SESSION,
    version: 12,
    status: 'live',
    title: 'Meneer K. wilde om tien uur ’s avonds naar buiten',
    oneScreen: false,
    voteBudget: 3,
    moderatorId: SANNE,
    caseRef: null,
    lensIds: [],
    method: { id: INCIDENT_METHOD.id, version: 1, name: INCIDENT_METHOD.name, summary: INCIDENT_METHOD.summary },
    phases,
    currentPhaseIndex,
    revealedPhaseIds: [],
    closedPhaseIds: [],
    timer: freshTimer(phases[currentPhaseIndex]),
    serverNow: new Date().toISOString(),
    participants: [
      { personId: SANNE, displayName: 'Sanne', role: 'moderator', online: true, ready: false },
      { personId: ANNA, displayName: 'Anna', role: 'participant', online: true, ready: false },
    ],
    entries: [],
    groups: [],
    votes: [],
    tags: [],
    openPractices: [],
    harvest: { items: [], practices: [] },
    viewer: { personId: ANNA, isModerator: false, ownEntryIds: [] },
    ...patch,
  };
}

/** A contribution by Anna, written now. */
export function liveEntry(id: string, phaseId: string, patch: Partial<LiveEntry> = {}): LiveEntry {
  return {
    id,
    phaseId,
    kind: 'contribution',
    body: `bijdrage ${id}`,
    anonymous: false,
    authorId: ANNA,
    forRoom: false,
    clientKey: `key-${id}`,
    groupId: null,
    createdAt: new Date().toISOString(),
    editedAt: null,
    flagged: false,
    ...patch,
  };
}
