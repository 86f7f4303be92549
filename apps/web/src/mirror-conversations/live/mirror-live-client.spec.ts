import type { MirrorCommand, MirrorCommandAck, MirrorEvent, MirrorJoinAck, MirrorLiveState } from '@kring/domain';
import { Outbox } from '../../ui/live-room/outbox';
import type { LiveSocket } from '../../ui/live-room/room-client';
import { MirrorLiveClient } from './mirror-live-client';

const CONVERSATION = '11111111-1111-4111-8111-111111111111';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  };
}

const state = (version: number): MirrorLiveState =>
  ({
    conversationId: CONVERSATION,
    version,
    status: 'live',
    theme: 'Thuis',
    currentQuestionId: null,
    closingRound: false,
    notes: [],
    clarifyingQuestions: [],
    statements: [],
  }) as unknown as MirrorLiveState;

/** Just enough of a socket.io client: handlers, and acks the test decides. */
class FakeSocket implements LiveSocket {
  connected = false;
  active = true;
  handlers = new Map<string, (...args: never[]) => void>();
  sent: { event: string; data: { clientKey?: string; command?: { type: string } } }[] = [];
  answer: (event: string, data: unknown) => unknown = (event) =>
    event === 'mirror:join' ? ({ ok: true, state: state(1) } satisfies MirrorJoinAck) : null;
  on(event: string, handler: (...args: never[]) => void) {
    this.handlers.set(event, handler);
    return this;
  }
  off() {
    return this;
  }
  connect() {
    return this;
  }
  disconnect() {
    this.connected = false;
    return this;
  }
  timeout() {
    return {
      emit: (event: string, data: FakeSocket['sent'][number]['data'], ack: (error: Error | null, response: never) => void) => {
        this.sent.push({ event, data });
        const answer = this.answer(event, data);
        queueMicrotask(() => ack(null, answer as never));
      },
    };
  }
  fire(event: string, payload?: unknown) {
    if (event === 'connect') this.connected = true;
    (this.handlers.get(event) as ((payload?: unknown) => void) | undefined)?.(payload);
  }
}

function client() {
  const socket = new FakeSocket();
  const storage = memoryStorage();
  let n = 0;
  const outbox = new Outbox<MirrorCommand>(storage, 'outbox', () => `key-${++n}`);
  const live = new MirrorLiveClient(CONVERSATION, 'console', socket, outbox);
  live.start();
  return { socket, storage, outbox, live };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const event = (version: number, body: Record<string, unknown>) =>
  ({ ...body, conversationId: CONVERSATION, version, at: new Date().toISOString() }) as MirrorEvent;

describe('the live mirror conversation on one screen', () => {
  it('keeps what is captured offline in the outbox and sends it, with the same key, once connected', async () => {
    const { socket, storage, live } = client();
    const offline = await live.send({ type: 'note', kind: 'note', body: 'Ze merkt alles op.', questionId: null });
    expect(offline).toEqual({ status: 'queued' });
    expect(live.getView().unsent).toHaveLength(1);
    expect(storage.getItem('outbox')).toContain('Ze merkt alles op.');

    socket.answer = (event) =>
      event === 'mirror:join'
        ? { ok: true, state: state(1) }
        : ({ ok: true, version: 2, replayed: false, createdId: 'n1' } satisfies MirrorCommandAck);
    socket.fire('connect');
    await settle();
    await settle();
    expect(live.getView()).toMatchObject({ connection: 'online', unsent: [] });
    expect(socket.sent.filter((s) => s.event === 'mirror:command').map((s) => s.data.clientKey)).toEqual(['key-1']);
    expect(storage.getItem('outbox')).toBeNull();
  });

  it('gives a refusal back with the text, an escalation prompt with its procedure, and sends the keep flag', async () => {
    const { socket, live } = client();
    socket.fire('connect');
    await settle();
    socket.answer = () => ({ ok: false, error: { code: 'MIRROR_TEXT_TOO_LONG', message: 'Te lang.' } }) satisfies MirrorCommandAck;
    expect(await live.send({ type: 'note', kind: 'question', body: 'Een vraag', questionId: null })).toEqual({
      status: 'refused',
      message: 'Te lang.',
      code: 'MIRROR_TEXT_TOO_LONG',
    });
    expect(live.getView().unsent).toEqual([]);

    // A possible complaint: refused with the organisation's procedure; sent again with the keep flag it is stored.
    const escalation = {
      promptId: 'p1',
      signals: ['complaint'],
      fields: ['body'],
      signalsText: 'een klacht',
      procedure: {
        officerName: 'Karin Smit',
        officerContact: 'klachten@lindehof.nl',
        incidentRoute: '',
        organisationName: 'De Lindehof',
        text: 'Klachten: Karin Smit.',
      },
    } as const;
    socket.answer = () =>
      ({ ok: false, error: { code: 'ESCALATION_PROMPT', message: 'Dit lijkt een klacht.', escalation } }) satisfies MirrorCommandAck;
    const body = {
      type: 'capture',
      questionId: null,
      participantId: null,
      body: 'Ik wil een klacht indienen.',
      themeIds: [],
      valueTags: [],
      quotable: false,
    } as const;
    expect(await live.send(body)).toEqual({ status: 'refused', message: 'Dit lijkt een klacht.', code: 'ESCALATION_PROMPT', escalation });
    socket.answer = () => ({ ok: true, version: 3, replayed: false, createdId: 's1' }) satisfies MirrorCommandAck;
    expect(await live.send(body, { keep: { promptId: escalation.promptId } })).toEqual({ status: 'stored', createdId: 's1' });
    // "Toch bewaren" names the prompt it answers.
    expect(socket.sent.filter((s) => s.event === 'mirror:command').at(-1)?.data).toMatchObject({
      keepFlaggedText: true,
      escalationPromptId: escalation.promptId,
    });
  });

  it('gives back what only the server found, for the form to mark, and sends again with the confirmation', async () => {
    const { socket, live } = client();
    socket.fire('connect');
    await settle();
    // A relative's name: the device does not know it, the server does.
    const findings = [
      { field: 'body', kind: 'name', start: 0, end: 11, match: 'Truus Klein', label: 'naam', pseudonym: true, id: 'name|truus klein' },
    ] as const;
    socket.answer = () =>
      ({ ok: false, error: { code: 'IDENTIFYING_DETAILS', message: 'Herkenbare gegevens (1).', findings } }) satisfies MirrorCommandAck;
    const note = { type: 'note', kind: 'note', body: 'Truus Klein vertelde over de nachten.', questionId: null } as const;
    expect(await live.send(note)).toEqual({
      status: 'refused',
      message: 'Herkenbare gegevens (1).',
      code: 'IDENTIFYING_DETAILS',
      findings,
    });
    socket.answer = () => ({ ok: true, version: 4, replayed: false, createdId: 'n1' }) satisfies MirrorCommandAck;
    // Confirmed with the ids of what the server showed: "Ik heb dit gecontroleerd" alone covers only what the device found.
    expect(await live.send(note, { acknowledgeWarnings: true, acknowledgedFindings: findings.map((f) => f.id) })).toEqual({
      status: 'stored',
      createdId: 'n1',
    });
    expect(socket.sent.filter((s) => s.event === 'mirror:command').at(-1)?.data).toMatchObject({
      acknowledgeWarnings: true,
      acknowledgedFindings: ['name|truus klein'],
    });
  });

  it('keeps a command the server failed on (INTERNAL) in the outbox instead of treating it as refused', async () => {
    const { socket, storage, live } = client();
    socket.fire('connect');
    await settle();
    socket.answer = () => ({ ok: false, error: { code: 'INTERNAL', message: 'Er ging iets mis.' } }) satisfies MirrorCommandAck;
    expect(await live.send({ type: 'note', kind: 'note', body: 'Bewaren', questionId: null })).toEqual({ status: 'queued' });
    expect(live.getView()).toMatchObject({
      unsent: [expect.objectContaining({ command: expect.objectContaining({ body: 'Bewaren' }) })],
      notices: [],
    });
    expect(storage.getItem('outbox')).toContain('Bewaren');
    live.stop();
  });

  it('applies each change as a delta, counts what it may not see, and fetches a snapshot only for a change outside the room', async () => {
    const { socket, live } = client();
    socket.fire('connect');
    await settle();
    socket.fire('mirror:event', event(2, { type: 'conversationChanged', status: 'live', currentQuestionId: 'q2', closingRound: false }));
    socket.fire('mirror:event', event(3, { type: 'unseen' }));
    expect(live.getView().state).toMatchObject({ version: 3, currentQuestionId: 'q2' });
    expect(socket.sent.filter((s) => s.event === 'mirror:join')).toHaveLength(1);

    socket.answer = () => ({ ok: true, state: { ...state(4), theme: 'Thuis en tuin' } }) satisfies MirrorJoinAck;
    socket.fire('mirror:event', event(4, { type: 'refresh' }));
    await settle();
    expect(socket.sent.filter((s) => s.event === 'mirror:join')).toHaveLength(2);
    expect(live.getView().state).toMatchObject({ version: 4, theme: 'Thuis en tuin' });
    // An old event changes nothing and fetches nothing.
    socket.fire('mirror:event', event(4, { type: 'refresh' }));
    await settle();
    expect(socket.sent.filter((s) => s.event === 'mirror:join')).toHaveLength(2);
  });

  it('stops at a refusal to join, and says why', async () => {
    const { socket, live } = client();
    socket.answer = () =>
      ({ ok: false, error: { code: 'MIRROR_NOT_IN_CONVERSATION', message: 'Geen luisteraar.' } }) satisfies MirrorJoinAck;
    socket.fire('connect');
    await settle();
    expect(live.getView()).toMatchObject({ connection: 'refused', refusal: 'Geen luisteraar.' });
  });
});
