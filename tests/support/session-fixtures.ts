import {
  LiveCommand,
  LiveCommandAck,
  LiveEvent,
  LiveJoinAck,
  LivePresence,
  LiveSync,
  LiveTyping,
  LiveTypingAck,
  receiveLiveEvent,
  RoomVersionBeacon,
  syncFromSnapshot,
} from '@kring/domain';
import { randomUUID } from 'node:crypto';
import { Socket } from 'socket.io-client';
import { CREATE_TEAM, joinByInvitation, setupFirstOrganisation } from './fixtures';
import type { Role } from './documents.generated';
import { GraphqlClient } from './graphql-client';
import { TestKring } from './kring-test-app';
import { connectSocket } from './socket-client';

export interface Member {
  client: GraphqlClient;
  personId: string;
}

/** A care farm with a team: Ingrid (administrator), Sanne (moderator), Bram and Fatima (care workers). */
export async function teamWithPeople(kring: TestKring) {
  const { admin, organisationId, personId } = await setupFirstOrganisation(kring);
  const team = (await admin.ok(CREATE_TEAM, { organisationId, name: 'Team wonen' })).createTeam;
  const join = (name: string, role: Role, language = 'nl'): Promise<Member> =>
    joinByInvitation(kring, admin, { organisationId, email: `${name.toLowerCase()}@hoeve.test`, role, teamId: team.id }, name, language);
  return {
    organisationId,
    teamId: team.id as string,
    ingrid: { client: admin, personId } as Member,
    sanne: await join('Sanne', 'moderator'),
    bram: await join('Bram', 'care_worker'),
    fatima: await join('Fatima', 'care_worker', 'en'),
  };
}

/** Joost, a care worker of another team of the same organisation ("Team dagbesteding"): a colleague, but not of Team wonen. */
export async function otherTeamColleague(kring: TestKring, org: Awaited<ReturnType<typeof teamWithPeople>>) {
  const { organisationId } = org;
  const team = (await org.ingrid.client.ok(CREATE_TEAM, { organisationId, name: 'Team dagbesteding' })).createTeam;
  const joost = await joinByInvitation(
    kring,
    org.ingrid.client,
    { organisationId, email: 'joost@hoeve.test', role: 'care_worker', teamId: team.id },
    'Joost',
  );
  return { ...joost, teamId: team.id as string };
}

const CREATE_CASE = `mutation C($input: CreateCaseInput!) { createCase(input: $input) { id } }`;

/**
 * A case in Team wonen written by `author`: its title and the text of its first chapter ("Het begin"); `extra`
 * adds input fields (a display pseudonym, acknowledgeWarnings for a text the identifying-details guard flags).
 * Returns the case's id.
 */
export async function teamCase(
  org: Awaited<ReturnType<typeof teamWithPeople>>,
  author: Member,
  title: string,
  body: string,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const input = { organisationId: org.organisationId, teamId: org.teamId, title, firstChapter: { title: 'Het begin', body }, ...extra };
  return (await author.client.ok(CREATE_CASE, { input })).createCase.id;
}

export const SESSION_SUMMARY = `id question status scheduledAt durationMinutes place voteBudget oneScreen viewerRole viewerCanEditPlan calendarPath
  method { id version name { nl } phases { id kind } } team { id name } caseRef { id pseudonym } lensIds moderator { id name }
  participants { role person { id name } }`;

export const PLAN_SESSION = `mutation Plan($input: PlanSessionInput!) { planSession(input: $input) { ${SESSION_SUMMARY} } }`;

/** Sanne changes the plan of a session she leads (allowed while it is live): these participants, and what `input` adds. */
export async function replanSession(
  org: Awaited<ReturnType<typeof teamWithPeople>>,
  sessionId: string,
  participantIds: readonly string[],
  input: Record<string, unknown> = {},
) {
  await org.sanne.client.ok(`mutation U($input: UpdateSessionInput!) { updateSession(input: $input) { id } }`, {
    input: {
      sessionId,
      question: 'Wat deden we toen meneer K. ’s nachts naar buiten wilde?',
      scheduledAt: new Date().toISOString(),
      moderatorId: org.sanne.personId,
      participantIds: [...participantIds],
      lensIds: [],
      ...input,
    },
  });
}

/** Plans an incident-method session led by Sanne with Bram and Fatima (tomorrow evening). */
export async function planIncidentSession(org: Awaited<ReturnType<typeof teamWithPeople>>, input: Record<string, unknown> = {}) {
  const result = await org.sanne.client.ok(PLAN_SESSION, {
    input: {
      organisationId: org.organisationId,
      teamId: org.teamId,
      question: 'Wat deden we toen meneer K. ’s nachts naar buiten wilde?',
      methodId: 'incident_method',
      scheduledAt: new Date(Date.now() + 24 * 3600_000).toISOString(),
      place: 'Woonkamer De Hoeve',
      moderatorId: org.sanne.personId,
      participantIds: [org.bram.personId, org.fatima.personId],
      lensIds: ['presence'],
      ...input,
    },
  });
  return result.planSession;
}

/**
 * One screen in the live room: a socket of a logged-in person, with every
 * event it received (in arrival order) and its own view built with the shared
 * reducer, as the web app does.
 */
export class LiveScreen {
  readonly events: LiveEvent[] = [];
  /** The version this screen's view stood at after each event it received (buffered early events do not move it). */
  readonly shownVersions: number[] = [];
  readonly presence: LivePresence[] = [];
  /** "typing…" the server passed on to this screen (session:typing). */
  readonly typing: LiveTyping[] = [];
  /** The room version beacons this screen received (session:version). */
  readonly beacons: RoomVersionBeacon[] = [];
  sync: LiveSync | null = null;
  private early: LiveEvent[] = [];

  private constructor(readonly socket: Socket) {
    socket.on('session:event', (event: LiveEvent) => {
      this.events.push(event);
      if (this.sync) {
        this.sync = receiveLiveEvent(this.sync, event);
        this.shownVersions.push(this.sync.state.version);
      } else this.early.push(event);
    });
    socket.on('session:presence', (presence: LivePresence) => this.presence.push(presence));
    socket.on('session:typing', (typing: LiveTyping) => this.typing.push(typing));
    socket.on('session:version', (beacon: RoomVersionBeacon) => this.beacons.push(beacon));
  }

  static async open(url: string, member: Member): Promise<LiveScreen> {
    return new LiveScreen(await connectSocket(url, member.client));
  }

  get state() {
    if (!this.sync) throw new Error('not joined');
    return this.sync.state;
  }

  async join(sessionId: string): Promise<LiveJoinAck> {
    const ack: LiveJoinAck = await this.socket.timeout(10_000).emitWithAck('session:join', { sessionId });
    if (ack.ok) {
      this.sync = syncFromSnapshot(ack.state, this.early);
      this.early = [];
    }
    return ack;
  }

  /** Sends a command (a fresh clientKey unless given) and returns the ack. */
  send(sessionId: string, command: LiveCommand, clientKey: string = randomUUID()): Promise<LiveCommandAck> {
    return this.socket.timeout(10_000).emitWithAck('session:command', { sessionId, clientKey, command });
  }

  /** Like send, but fails the test with the server's message when refused. */
  async ok(sessionId: string, command: LiveCommand, clientKey?: string): Promise<Extract<LiveCommandAck, { ok: true }>> {
    const ack = await this.send(sessionId, command, clientKey);
    if (!ack.ok) throw new Error(`${command.type} refused: ${ack.error.code} ${ack.error.message}`);
    return ack;
  }

  /** Says this screen's person is typing in `phaseId` (presence: no clientKey, nothing stored). */
  typingIn(sessionId: string, phaseId: string, anonymous = false): Promise<LiveTypingAck> {
    return this.socket.timeout(10_000).emitWithAck('session:typing', { sessionId, phaseId, anonymous });
  }

  /** Resolves once this screen's view has reached `version`. */
  async reach(version: number, timeoutMs = 10_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (!this.sync || this.sync.state.version < version) {
      if (Date.now() > until) throw new Error(`screen stuck at version ${this.sync?.state.version}, waiting for ${version}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  async waitFor<T>(check: () => T | undefined | false, timeoutMs = 10_000): Promise<T> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const value = check();
      if (value) return value;
      if (Date.now() > until) throw new Error('timed out waiting');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  close(): void {
    this.socket.close();
  }
}
