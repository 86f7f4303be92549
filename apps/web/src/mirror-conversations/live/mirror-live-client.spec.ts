import type { MirrorCommandAck, MirrorJoinAck, MirrorLiveState } from '@kring/domain';
import type { Socket } from 'socket.io-client';
import { MirrorLiveClient } from './mirror-live-client';
import { MirrorOutbox } from './mirror-outbox';

const CONVERSATION = '11111111-1111-4111-8111-111111111111';

function memoryStorage() {
  const items = new Map<string, string>();
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), removeItem: (k: string) => void items.delete(k) };
}

const state = (version: number) => ({ conversationId: CONVERSATION, version, status: 'live', theme: 'Thuis' }) as unknown as MirrorLiveState;

/** Just enough of a socket.io client: handlers, and acks the test decides. */
class FakeSocket {
  handlers = new Map<string, (payload?: unknown) => void>();
  sent: { event: string; data: { clientKey?: string; command?: { type: string } } }[] = [];
  answer: (event: string, data: unknown) => Promise<unknown> = async (event) => (event === 'mirror:join' ? ({ ok: true, state: state(1) } satisfies MirrorJoinAck) : null);
  on(event: string, handler: (payload?: unknown) => void) {
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
    return this;
  }
  timeout() {
    return {
      emitWithAck: (event: string, data: FakeSocket['sent'][number]['data']) => {
        this.sent.push({ event, data });
        return this.answer(event, data);
      },
    };
  }
  fire(event: string, payload?: unknown) {
    this.handlers.get(event)?.(payload);
  }
}

function client() {
  const socket = new FakeSocket();
  const storage = memoryStorage();
  let n = 0;
  const outbox = new MirrorOutbox(storage, 'outbox', () => `key-${++n}`);
  const live = new MirrorLiveClient(CONVERSATION, 'console', socket as unknown as Socket, outbox);
  live.start();
  return { socket, storage, outbox, live };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the live mirror conversation on one screen', () => {
  it('keeps what is captured offline in the outbox and sends it, with the same key, once connected', async () => {
    const { socket, storage, live } = client();
    const offline = await live.send({ type: 'note', kind: 'note', body: 'Ze merkt alles op.', questionId: null });
    expect(offline).toEqual({ status: 'queued' });
    expect(live.getView().unsent).toBe(1);
    expect(storage.getItem('outbox')).toContain('Ze merkt alles op.');

    socket.answer = async (event) =>
      event === 'mirror:join' ? { ok: true, state: state(1) } : ({ ok: true, version: 2, replayed: false, createdId: 'n1', escalation: null } satisfies MirrorCommandAck);
    socket.fire('connect');
    await settle();
    await settle();
    expect(live.getView()).toMatchObject({ connection: 'online', unsent: 0 });
    expect(socket.sent.filter((s) => s.event === 'mirror:command').map((s) => s.data.clientKey)).toEqual(['key-1']);
    expect(storage.getItem('outbox')).toBeNull();
  });

  it('gives a refusal back with the text, and shows an escalation prompt from the ack', async () => {
    const { socket, live } = client();
    socket.fire('connect');
    await settle();
    socket.answer = async () => ({ ok: false, error: { code: 'MIRROR_TEXT_TOO_LONG', message: 'Te lang.' } }) satisfies MirrorCommandAck;
    expect(await live.send({ type: 'note', kind: 'question', body: 'Een vraag', questionId: null })).toEqual({ status: 'refused', message: 'Te lang.' });
    expect(live.getView().unsent).toBe(0);

    socket.answer = async () => ({ ok: true, version: 3, replayed: false, createdId: 's1', escalation: { promptId: 'p1', signals: ['complaint'] } }) satisfies MirrorCommandAck;
    const body = { type: 'capture', questionId: null, participantId: null, body: 'Ik wil een klacht indienen.', themeIds: [], valueTags: [], quotable: false } as const;
    expect(await live.send(body)).toEqual({ status: 'stored', createdId: 's1' });
    expect(live.getView().escalation).toEqual({ promptId: 'p1', signals: ['complaint'] });
  });

  it('keeps a command the server failed on (INTERNAL) in the outbox instead of treating it as refused', async () => {
    const { socket, storage, live } = client();
    socket.fire('connect');
    await settle();
    socket.answer = async () => ({ ok: false, error: { code: 'INTERNAL', message: 'Er ging iets mis.' } }) satisfies MirrorCommandAck;
    expect(await live.send({ type: 'note', kind: 'note', body: 'Bewaren', questionId: null })).toEqual({ status: 'queued' });
    expect(live.getView()).toMatchObject({ unsent: 1, notices: [] });
    expect(storage.getItem('outbox')).toContain('Bewaren');
  });

  it('fetches its own snapshot again when the room announces a newer version, and stops at a refusal to join', async () => {
    const { socket, live } = client();
    socket.fire('connect');
    await settle();
    socket.answer = async () => ({ ok: true, state: state(5) }) satisfies MirrorJoinAck;
    socket.fire('mirror:changed', { conversationId: CONVERSATION, version: 5 });
    await settle();
    expect(live.getView().state?.version).toBe(5);
    socket.fire('mirror:changed', { conversationId: CONVERSATION, version: 4 });
    await settle();
    expect(socket.sent.filter((s) => s.event === 'mirror:join')).toHaveLength(2);

    socket.answer = async () => ({ ok: false, error: { code: 'MIRROR_NOT_IN_CONVERSATION', message: 'Geen luisteraar.' } }) satisfies MirrorJoinAck;
    socket.fire('connect');
    await settle();
    expect(live.getView()).toMatchObject({ connection: 'refused', refusal: 'Geen luisteraar.' });
  });
});
