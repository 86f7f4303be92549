import {
  applyLiveEvent,
  LIVE_ROOM_TIMING,
  LIVE_SOCKET_EVENTS,
  RECONNECT_AFTER_SERVER_CLOSE_MS,
  SERVER_CLOSED_SOCKET,
  TYPING_TIMING,
  type LiveCommand,
  type LiveCommandAck,
  type LiveCommandMessage,
  type LiveEvent,
  type LiveEventBody,
  type LiveJoinAck,
  type LiveSessionState,
} from '@kring/domain';
import { Drafts } from '../../ui/live-room/drafts';
import {
  anonymousKey,
  composerOf,
  DRAFT_SLOTS,
  LiveRoomClient,
  type DraftKey,
  type LiveSocket,
  type NetworkSignal,
} from './live-room-client';
import { ANNA, liveEntry, liveState, SANNE, SESSION } from './live-state.fixture';
import { Outbox } from '../../ui/live-room/outbox';

const PHASE = 'what_would_you_do';

/**
 * A stand-in for the API's live room: keeps the state with the shared reducer,
 * applies each (person, clientKey) once and answers a replay with the first
 * result, the way the server promises to.
 */
class FakeRoom {
  /** The room as Anna, the only one joining here, is shown it. */
  state: LiveSessionState = liveState();
  readonly receipts = new Map<string, { version: number; createdId: string | null }>();
  readonly sockets = new Set<FakeSocket>();
  /** Answers a join with this refusal instead of the state. */
  refuseJoin?: LiveJoinAck;
  /** Answers commands with this refusal. */
  refuseCommands?: LiveCommandAck;
  private entryCount = 0;

  join(): LiveJoinAck {
    return this.refuseJoin ?? { ok: true, state: { ...this.state, serverNow: new Date().toISOString() } };
  }

  command(message: LiveCommandMessage): LiveCommandAck {
    if (this.refuseCommands) return this.refuseCommands;
    const receipt = this.receipts.get(message.clientKey);
    if (receipt) return { ok: true, ...receipt, replayed: true };
    const { command } = message;
    let createdId: string | null = null;
    if (command.type === 'contribute') {
      createdId = `00000000-0000-4000-8000-${String(++this.entryCount).padStart(12, '0')}`;
      const anonymous = !!command.anonymous;
      const entry = liveEntry(createdId, PHASE, {
        body: command.body,
        anonymous,
        authorId: anonymous ? null : ANNA,
        clientKey: message.clientKey,
      });
      this.broadcast({ type: 'entryAdded', entry });
    } else if (command.type === 'markReady') {
      this.broadcast({ type: 'readyChanged', personId: ANNA, ready: command.ready });
    }
    this.receipts.set(message.clientKey, { version: this.state.version, createdId });
    return { ok: true, version: this.state.version, replayed: false, createdId };
  }

  /** Stores the change and sends it to every connected screen, except one that `misses` it. */
  broadcast(body: LiveEventBody, misses?: FakeSocket): void {
    const event = { ...body, sessionId: SESSION, version: this.state.version + 1, at: new Date().toISOString() } as LiveEvent;
    this.state = applyLiveEvent(this.state, event);
    for (const socket of this.sockets) if (socket.connected && socket !== misses) socket.fire(LIVE_SOCKET_EVENTS.event, event);
  }
}

/** A socket.io client socket on a wire the test controls: acks can be held back, the line cut. */
class FakeSocket implements LiveSocket {
  connected = false;
  active = true;
  /** While true, the server still processes commands but their acks never arrive. */
  loseAcks = false;
  readonly emitted: { event: string; payload: unknown }[] = [];
  private readonly handlers = new Map<string, ((...args: never[]) => void)[]>();
  private pending: ((error: Error | null, response?: unknown) => void)[] = [];

  constructor(private readonly room: FakeRoom) {
    room.sockets.add(this);
  }

  on(event: string, listener: (...args: never[]) => void) {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), listener]);
  }
  off() {
    this.handlers.clear();
  }
  connect() {
    if (this.connected) return;
    this.connected = true;
    this.fire('connect');
  }
  disconnect() {
    if (!this.connected) return;
    this.connected = false;
    // socket.io fails every ack that waits with a timeout when the connection closes.
    const pending = this.pending;
    this.pending = [];
    pending.forEach((ack) => ack(new Error('socket has been disconnected')));
    this.fire('disconnect');
  }
  timeout() {
    return {
      emit: (event: string, payload: unknown, ack: (error: Error | null, response: never) => void) => {
        this.emitted.push({ event, payload });
        const answer =
          event === LIVE_SOCKET_EVENTS.join
            ? this.room.join()
            : event === LIVE_SOCKET_EVENTS.typing
              ? { ok: true, relayed: true }
              : this.room.command(payload as LiveCommandMessage);
        const reply = (error: Error | null, response?: unknown) => ack(error, response as never);
        if (this.loseAcks) this.pending.push(reply);
        else queueMicrotask(() => reply(null, answer));
      },
    };
  }
  fire(event: string, ...args: unknown[]) {
    for (const handler of this.handlers.get(event) ?? []) (handler as (...a: unknown[]) => void)(...args);
  }
  commandsSent() {
    return this.emitted.filter((e) => e.event === LIVE_SOCKET_EVENTS.command).map((e) => e.payload as LiveCommandMessage);
  }
}

class FakeNetwork implements NetworkSignal {
  online = true;
  private listeners = new Set<(online: boolean) => void>();
  isOnline() {
    return this.online;
  }
  subscribe(listener: (online: boolean) => void) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  set(online: boolean) {
    this.online = online;
    this.listeners.forEach((l) => l(online));
  }
}

function setup({ online = true, retryAfterMs = undefined as number | undefined } = {}) {
  const room = new FakeRoom();
  const socket = new FakeSocket(room);
  const network = new FakeNetwork();
  network.online = online;
  let key = 0;
  const outbox = new Outbox<LiveCommand>(undefined, 'outbox', () => `key-${++key}`);
  const drafts = new Drafts<DraftKey>(undefined, 'draft.');
  const client = new LiveRoomClient({ sessionId: SESSION, socket, outbox, drafts, network, language: () => 'nl', retryAfterMs });
  client.start();
  return { room, socket, network, outbox, drafts, client };
}

/** Lets queued acks and the client's follow-ups run. */
const settle = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

const contribute = (body: string, anonymous = false) => ({ type: 'contribute' as const, phaseId: PHASE, body, anonymous });
const bodies = (state?: LiveSessionState) => state?.entries.map((e) => e.body);

describe('the live room client', () => {
  it('joins when connected and shows the room as the server has it', async () => {
    const { client, socket } = setup();
    expect(client.getView().connection).toBe('connecting');
    await settle();
    expect(socket.emitted[0]).toEqual({ event: LIVE_SOCKET_EVENTS.join, payload: { sessionId: SESSION } });
    const view = client.getView();
    expect(view.connection).toBe('online');
    expect(view.state?.currentPhaseIndex).toBe(3);
    expect(Math.abs(view.clockOffsetMs)).toBeLessThan(1000);
  });

  it('keeps what is typed offline in the outbox, shows it as unsent, and sends it once back online', async () => {
    const { client, socket, network, room } = setup({ online: false });
    expect(client.getView().connection).toBe('offline');

    client.send(contribute('Ik zou eerst naast hem gaan zitten.'));
    await settle();
    expect(client.getView().unsent.map((i) => i.command)).toEqual([contribute('Ik zou eerst naast hem gaan zitten.')]);
    expect(socket.commandsSent()).toEqual([]);

    network.set(true);
    await settle();
    expect(client.getView().unsent).toEqual([]);
    expect(bodies(room.state)).toEqual(['Ik zou eerst naast hem gaan zitten.']);
    expect(bodies(client.getView().state)).toEqual(['Ik zou eerst naast hem gaan zitten.']);
  });

  it('sends an unacknowledged command again after reconnecting, and it is applied exactly once', async () => {
    const { client, socket, room } = setup();
    await settle();

    // The server stores it, but the line drops before the ack comes back.
    socket.loseAcks = true;
    client.send(contribute('Eerst de deur dicht, dan praten.'));
    await settle();
    expect(room.state.entries).toHaveLength(1);
    socket.disconnect();
    await settle();
    expect(client.getView().connection).toBe('offline');
    expect(client.getView().unsent).toHaveLength(1);

    socket.loseAcks = false;
    socket.connect();
    await settle();
    const sent = socket.commandsSent();
    expect(sent.map((m) => m.clientKey)).toEqual(['key-1', 'key-1']);
    expect(room.receipts.size).toBe(1);
    expect(bodies(room.state)).toEqual(['Eerst de deur dicht, dan praten.']);
    expect(bodies(client.getView().state)).toEqual(['Eerst de deur dicht, dan praten.']);
    expect(client.getView().unsent).toEqual([]);
  });

  it('sends the outbox in the order it was made, one at a time', async () => {
    const { client, socket, network } = setup({ online: false });
    client.send(contribute('een'));
    client.send({ type: 'markReady', phaseId: PHASE, ready: true });
    client.send(contribute('twee'));
    network.set(true);
    await settle();
    expect(socket.commandsSent().map((m) => m.command.type)).toEqual(['contribute', 'markReady', 'contribute']);
    expect(bodies(client.getView().state)).toEqual(['een', 'twee']);
    expect(client.getView().state?.participants.find((p) => p.personId === ANNA)?.ready).toBe(true);
  });

  it('goes offline when the browser says so, even if the socket looks open', async () => {
    const { client, socket, network } = setup();
    await settle();
    network.set(false);
    expect(socket.connected).toBe(false);
    expect(client.getView().connection).toBe('offline');
    network.set(true);
    await settle();
    expect(client.getView().connection).toBe('online');
  });

  it('recognises its own anonymous entry by the ack, though the entry carries no author', async () => {
    const { client } = setup();
    await settle();
    client.send(contribute('Niemand hoeft te weten dat ik dit schreef.', true));
    await settle();
    const state = client.getView().state!;
    expect(state.entries[0].authorId).toBeNull();
    expect(state.viewer.ownEntryIds).toEqual([state.entries[0].id]);
  });

  it('takes a refused command out of the outbox, says why, and puts the text back in its box', async () => {
    const { client, room, drafts } = setup();
    await settle();
    room.refuseCommands = { ok: false, error: { code: 'SESSION_PHASE_MOVED', message: 'De sessie is inmiddels in een andere fase.' } };
    drafts.set('contribution', 'nog bezig');
    client.send(contribute('Wat ik al had geschreven.'));
    await settle();
    const view = client.getView();
    expect(view.unsent).toEqual([]);
    expect(view.notices).toEqual([
      {
        id: 1,
        code: 'SESSION_PHASE_MOVED',
        message: 'De sessie is inmiddels in een andere fase.',
        text: 'Wat ik al had geschreven.',
        restored: { slot: 'contribution', onScreen: true },
      },
    ]);
    expect(drafts.get('contribution')).toBe('nog bezig\n\nWat ik al had geschreven.');
    client.dismissNotice(1);
    expect(client.getView().notices).toEqual([]);
  });

  it('brings a refused anonymous text back as anonymous, so it does not go again under its writer’s name', async () => {
    const { client, room, drafts } = setup();
    await settle();
    room.refuseCommands = { ok: false, error: { code: 'SESSION_PHASE_MOVED', message: 'De sessie is inmiddels in een andere fase.' } };
    client.send(contribute('Alleen ik wist dit.', true));
    await settle();
    expect(drafts.get('contribution')).toBe('Alleen ik wist dit.');
    expect(drafts.get(anonymousKey('contribution'))).toBe('1');
    // A refused text with a name keeps the box's own choice (here a question's, in a phase that shows its box).
    room.broadcast({ type: 'phaseChanged', phaseIndex: 1, timer: room.state.timer, closed: null });
    await settle();
    drafts.set(anonymousKey('question'), '');
    client.send({ type: 'ask', phaseId: PHASE, body: 'Wie was erbij?', anonymous: false });
    await settle();
    expect(drafts.get('question')).toBe('Wie was erbij?');
    expect(drafts.get(anonymousKey('question'))).toBe('');
  });

  it('shows the text of a refused change to an entry without putting it in a box it did not come from', async () => {
    const { client, room, drafts } = setup();
    await settle();
    room.refuseCommands = { ok: false, error: { code: 'NOT_FOUND', message: 'Deze bijdrage is er niet meer.' } };
    drafts.set('contribution', 'nog bezig');
    client.send({ type: 'editEntry', phaseId: 'story', entryId: 'e1', body: 'Mijn verbeterde zin.' });
    await settle();
    expect(client.getView().notices).toMatchObject([{ text: 'Mijn verbeterde zin.', restored: undefined }]);
    expect(drafts.get('contribution')).toBe('nog bezig');
  });

  it('puts a question refused after the room moved on to contributions in the box the room shows now, and says which', async () => {
    // Bram asks offline in "Feitenvragen"; before he is back, the moderator has moved on to "Wat zou jij doen?".
    const { client, room, network, drafts } = setup({ online: false });
    const question = 'Was de voordeur op slot?';
    client.send({ type: 'ask', phaseId: 'facts', body: question, anonymous: true });
    room.refuseCommands = { ok: false, error: { code: 'SESSION_PHASE_MOVED', message: 'De sessie is inmiddels in een andere fase.' } };
    drafts.set('contribution', 'nog bezig');
    network.set(true);
    await settle();
    expect(client.getView().notices).toMatchObject([{ text: question, restored: { slot: 'contribution', onScreen: true } }]);
    expect(drafts.get('contribution')).toBe(`nog bezig\n\n${question}`);
    expect(drafts.get(anonymousKey('contribution'))).toBe('1');
    // Not in the question's own box, which the room does not show now.
    expect(drafts.get('question')).toBe('');
  });

  it('keeps a refused question with its own box when the room shows no box now, and says the box is not there', async () => {
    const { client, room, network, drafts } = setup({ online: false });
    room.state = liveState({ currentPhaseIndex: 4 });
    client.send({ type: 'ask', phaseId: 'facts', body: 'Wie had dienst?', anonymous: false });
    room.refuseCommands = { ok: false, error: { code: 'SESSION_PHASE_MOVED', message: 'De sessie is inmiddels in een andere fase.' } };
    network.set(true);
    await settle();
    expect(client.getView().notices).toMatchObject([{ text: 'Wie had dienst?', restored: { slot: 'question', onScreen: false } }]);
    expect(drafts.get('question')).toBe('Wie had dienst?');
  });

  it('brings a refused group name back with its notice, for its box to take back, and puts it in no composer', async () => {
    const { client, room, drafts } = setup();
    await settle();
    const findings = [
      {
        field: 'label',
        kind: 'name' as const,
        start: 11,
        end: 25,
        match: 'Gerrit Wolters',
        label: 'naam',
        pseudonym: false,
        id: 'name|gerrit wolters',
      },
    ];
    room.refuseCommands = { ok: false, error: { code: 'IDENTIFYING_DETAILS', message: 'Herkenbare gegevens (1).', findings } };
    const rename = { type: 'renameGroup' as const, phaseId: 'compare', groupId: 'g1', label: 'Zorgen van Gerrit Wolters' };
    client.send(rename);
    await settle();
    expect(client.getView().notices).toMatchObject([
      { code: 'IDENTIFYING_DETAILS', text: 'Zorgen van Gerrit Wolters', restored: undefined, findings, item: { command: rename } },
    ]);
    // A new group's name comes along too; a move into an existing group has no text.
    room.refuseCommands = { ok: false, error: { code: 'SESSION_PHASE_MOVED', message: 'De sessie is inmiddels in een andere fase.' } };
    client.send({ type: 'group', phaseId: 'compare', entryIds: ['e1'], label: 'Veiligheid' });
    client.send({ type: 'group', phaseId: 'compare', entryIds: ['e1'], groupId: 'g1' });
    await settle();
    expect(
      client
        .getView()
        .notices.slice(1)
        .map((n) => n.text),
    ).toEqual(['Veiligheid', undefined]);
    expect(DRAFT_SLOTS.map((slot) => drafts.get(slot))).toEqual(['', '', '']);
  });

  it('brings back what only the server found with the command, for its composer to mark and send again confirmed', async () => {
    const { client, room, drafts, socket } = setup();
    await settle();
    const findings = [
      {
        field: 'body',
        kind: 'name' as const,
        start: 0,
        end: 14,
        match: 'Gerrit Wolters',
        label: 'naam',
        pseudonym: true,
        id: 'name|gerrit wolters',
      },
    ];
    room.refuseCommands = { ok: false, error: { code: 'IDENTIFYING_DETAILS', message: 'Herkenbare gegevens (1).', findings } };
    client.send(contribute('Gerrit Wolters at bijna niets.'));
    await settle();
    const [notice] = client.getView().notices;
    expect(notice).toMatchObject({ code: 'IDENTIFYING_DETAILS', findings, item: { command: { body: 'Gerrit Wolters at bijna niets.' } } });
    // The text is back in its box, so nothing has to be typed again.
    expect(drafts.get('contribution')).toBe('Gerrit Wolters at bijna niets.');
    expect(composerOf(notice.item!.command, notice.item!.command.type === 'contribute' ? notice.item!.command.phaseId : '')).toBe(
      'contribution',
    );
    expect(composerOf(notice.item!.command, 'another-phase')).toBeUndefined();

    // Confirmed, the same command goes again with the ids of what the server showed: the confirmation alone would not do.
    room.refuseCommands = undefined;
    client.send(notice.item!.command, { acknowledgeWarnings: true, acknowledgedFindings: findings.map((f) => f.id) });
    await settle();
    expect(socket.commandsSent().at(-1)).toMatchObject({
      command: { body: 'Gerrit Wolters at bijna niets.' },
      acknowledgeWarnings: true,
      acknowledgedFindings: ['name|gerrit wolters'],
    });
    expect(client.getView().unsent).toEqual([]);
  });

  it('keeps a command the server failed on (INTERNAL) in the outbox, and sends it again once the server answers', async () => {
    const { client, room, drafts } = setup({ retryAfterMs: 5 });
    await settle();
    room.refuseCommands = { ok: false, error: { code: 'INTERNAL', message: 'Er ging iets mis.' } };
    client.send(contribute('Niet kwijtraken'));
    await settle();
    expect(client.getView().unsent.map((item) => item.command)).toEqual([contribute('Niet kwijtraken')]);
    expect(client.getView().notices).toEqual([]);
    expect(drafts.get('contribution')).toBe('');
    room.refuseCommands = undefined;
    await new Promise((resolve) => setTimeout(resolve, 20));
    await settle();
    expect(client.getView().unsent).toEqual([]);
    expect(bodies(client.getView().state)).toEqual(['Niet kwijtraken']);
  });

  it('connects again after the server closed the socket (login or access changed), so the server decides afresh', async () => {
    const { client, socket } = setup();
    await settle();
    socket.connected = false;
    socket.fire('disconnect', SERVER_CLOSED_SOCKET);
    expect(client.getView().connection).toBe('offline');
    await new Promise((resolve) => setTimeout(resolve, RECONNECT_AFTER_SERVER_CLOSE_MS + 20));
    await settle();
    expect(client.getView().connection).toBe('online');
    expect(socket.emitted.filter((e) => e.event === LIVE_SOCKET_EVENTS.join)).toHaveLength(2);
  });

  it('stays out when the server refuses the join, and says why', async () => {
    const room = new FakeRoom();
    room.refuseJoin = { ok: false, error: { code: 'SESSION_NOT_PARTICIPANT', message: 'Je doet niet mee aan deze sessie.' } };
    const socket = new FakeSocket(room);
    const client = new LiveRoomClient({
      sessionId: SESSION,
      socket,
      outbox: new Outbox<LiveCommand>(undefined, 'o', () => 'k'),
      drafts: new Drafts(undefined, 'd.'),
      language: () => 'nl',
    });
    client.start();
    await settle();
    expect(client.getView()).toMatchObject({ connection: 'refused', refusal: 'Je doet niet mee aan deze sessie.' });
    expect(socket.connected).toBe(false);
  });

  it('lets go of the room it showed when the server, asked again after closing the socket, refuses it (removed or erased)', async () => {
    const { client, socket, room } = setup();
    await settle();
    client.send(contribute('Al gezien'));
    await settle();
    expect(bodies(client.getView().state)).toEqual(['Al gezien']);
    // The person's access ended: the server closes the socket, and the join after it is refused.
    room.refuseJoin = { ok: false, error: { code: 'NOT_FOUND', message: 'Deze sessie bestaat niet of is niet voor jou.' } };
    socket.connected = false;
    socket.fire('disconnect', SERVER_CLOSED_SOCKET);
    await new Promise((resolve) => setTimeout(resolve, RECONNECT_AFTER_SERVER_CLOSE_MS + 20));
    await settle();
    expect(client.getView()).toMatchObject({ connection: 'refused', refusal: 'Deze sessie bestaat niet of is niet voor jou.' });
    expect(client.getView().state).toBeUndefined();
    // A later event of the room finds nothing to apply to.
    room.broadcast({ type: 'readyChanged', personId: ANNA, ready: true });
    expect(client.getView().state).toBeUndefined();
  });

  it('asks again once the planner takes this person off the running session, and ends the room when the server says no', async () => {
    const { client, socket, room } = setup();
    await settle();
    const joins = () => socket.emitted.filter((e) => e.event === LIVE_SOCKET_EVENTS.join).length;
    // Another change of the plan that keeps Anna in: nothing to ask.
    const details = { title: 'Nieuwe titel', voteBudget: 3, oneScreen: false, moderatorId: SANNE };
    room.broadcast({ type: 'detailsChanged', ...details, participants: room.state.participants });
    await settle();
    expect(joins()).toBe(1);
    room.refuseJoin = { ok: false, error: { code: 'SESSION_NOT_PARTICIPANT', message: 'Je doet niet mee aan deze sessie.' } };
    room.broadcast({ type: 'detailsChanged', ...details, participants: room.state.participants.filter((p) => p.personId !== ANNA) });
    await settle();
    expect(joins()).toBe(2);
    expect(client.getView()).toMatchObject({ connection: 'refused', refusal: 'Je doet niet mee aan deze sessie.' });
    expect(client.getView().state).toBeUndefined();
  });

  describe('when an event goes missing', () => {
    beforeEach(() => jest.useFakeTimers({ doNotFake: ['queueMicrotask'] }));
    afterEach(() => jest.useRealTimers());

    /** A joined client, the room's version at that moment, and how often the client has joined so far. */
    const joinedWithFakeTimers = async () => {
      const joined = setup();
      await settle();
      const joins = () => joined.socket.emitted.filter((e) => e.event === LIVE_SOCKET_EVENTS.join).length;
      return { ...joined, start: joined.room.state.version, joins };
    };

    it('waits for an event that was overtaken, and joins again when it does not come', async () => {
      const { client, room, socket, start, joins } = await joinedWithFakeTimers();
      // Two changes are stored, but this screen only receives the second one.
      room.broadcast({ type: 'readyChanged', personId: SANNE, ready: true }, socket);
      room.broadcast({ type: 'timerChanged', timer: { ...room.state.timer, running: true, startedAt: new Date().toISOString() } });
      expect(client.getView().state?.version).toBe(start);

      expect(joins()).toBe(1);
      // The longest wait: the gap timeout plus the largest jitter.
      jest.advanceTimersByTime(LIVE_ROOM_TIMING.gapTimeoutMs + LIVE_ROOM_TIMING.resyncJitterMs);
      await settle();
      expect(joins()).toBe(2);
      const state = client.getView().state!;
      expect(state.version).toBe(start + 2);
      expect(state.participants.find((p) => p.personId === SANNE)?.ready).toBe(true);
      expect(state.timer.running).toBe(true);
    });

    it('notices from the version beacon that the last event of a burst never came, and catches up', async () => {
      const { client, room, socket, start, joins } = await joinedWithFakeTimers();
      // The last change of a burst is stored, but its broadcast is lost (its API process died after the commit).
      room.broadcast({ type: 'readyChanged', personId: SANNE, ready: true }, socket);
      jest.advanceTimersByTime(LIVE_ROOM_TIMING.gapTimeoutMs + LIVE_ROOM_TIMING.resyncJitterMs);
      await settle();
      // No later event reveals the gap: without the beacon the screen would stay behind.
      expect(joins()).toBe(1);
      expect(client.getView().state?.version).toBe(start);

      socket.fire(LIVE_SOCKET_EVENTS.version, { roomId: SESSION, version: room.state.version });
      // Events still on their way get the gap timeout before a resync.
      jest.advanceTimersByTime(LIVE_ROOM_TIMING.gapTimeoutMs - 1);
      await settle();
      expect(joins()).toBe(1);
      jest.advanceTimersByTime(LIVE_ROOM_TIMING.resyncJitterMs + 1);
      await settle();
      expect(joins()).toBe(2);
      expect(client.getView().state?.version).toBe(start + 1);
      expect(client.getView().state?.participants.find((p) => p.personId === SANNE)?.ready).toBe(true);

      // A beacon of another room, or one that is not ahead, changes nothing.
      socket.fire(LIVE_SOCKET_EVENTS.version, { roomId: 'another-session', version: start + 50 });
      socket.fire(LIVE_SOCKET_EVENTS.version, { roomId: SESSION, version: start + 1 });
      jest.advanceTimersByTime(LIVE_ROOM_TIMING.gapTimeoutMs + LIVE_ROOM_TIMING.resyncJitterMs);
      await settle();
      expect(joins()).toBe(2);
    });

    it('asks again at once when the server took the screen out of the room, though it is not behind', async () => {
      const { room, socket, joins } = await joinedWithFakeTimers();
      // The person's place in the room changed and no word of it reached this screen's process: its beacon says so.
      socket.fire(LIVE_SOCKET_EVENTS.version, { roomId: SESSION, version: room.state.version, rejoin: true });
      await settle();
      expect(joins()).toBe(2);
      // Another room's word is not this screen's.
      socket.fire(LIVE_SOCKET_EVENTS.version, { roomId: 'another-session', version: room.state.version, rejoin: true });
      await settle();
      expect(joins()).toBe(2);
    });
  });

  describe('"typing…"', () => {
    beforeEach(() => jest.useFakeTimers({ doNotFake: ['queueMicrotask', 'nextTick'] }));
    afterEach(() => jest.useRealTimers());
    const typingSent = (socket: FakeSocket) => socket.emitted.filter((e) => e.event === LIVE_SOCKET_EVENTS.typing).map((e) => e.payload);

    it('tells the others at most once per few seconds, and only while in the room', async () => {
      const { client, socket, network } = setup({ online: false });
      client.typingIn(PHASE, false);
      expect(typingSent(socket)).toEqual([]);
      network.set(true);
      await settle();

      client.typingIn(PHASE, false);
      client.typingIn(PHASE, true);
      jest.advanceTimersByTime(TYPING_TIMING.sendEveryMs - 1);
      client.typingIn(PHASE, false);
      expect(typingSent(socket)).toEqual([{ sessionId: SESSION, phaseId: PHASE, anonymous: false }]);
      jest.advanceTimersByTime(1);
      client.typingIn(PHASE, true);
      expect(typingSent(socket)).toHaveLength(2);
      expect(typingSent(socket)[1]).toEqual({ sessionId: SESSION, phaseId: PHASE, anonymous: true });
      // Presence is now or never: nothing of it waits in the outbox.
      expect(client.getView().unsent).toEqual([]);
    });

    it('shows who the server says is typing until it runs out, a newer word keeping it longer', async () => {
      const { client, socket } = setup();
      await settle();
      socket.fire(LIVE_SOCKET_EVENTS.typing, { sessionId: SESSION, phaseId: PHASE, personId: SANNE });
      socket.fire(LIVE_SOCKET_EVENTS.typing, { sessionId: 'another-session', phaseId: PHASE, personId: ANNA });
      expect(client.getView().typing.map((t) => t.personId)).toEqual([SANNE]);

      jest.advanceTimersByTime(TYPING_TIMING.showForMs - 1_000);
      socket.fire(LIVE_SOCKET_EVENTS.typing, { sessionId: SESSION, phaseId: PHASE, personId: SANNE });
      socket.fire(LIVE_SOCKET_EVENTS.typing, { sessionId: SESSION, phaseId: PHASE, personId: null });
      jest.advanceTimersByTime(2_000);
      expect(client.getView().typing.map((t) => t.personId)).toEqual([SANNE, null]);
      // Nothing else happens in the room, and still the line clears.
      jest.advanceTimersByTime(TYPING_TIMING.showForMs);
      expect(client.getView().typing).toEqual([]);
    });
  });
});
