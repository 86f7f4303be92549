import { io, Socket } from 'socket.io-client';
import type { AccessRule } from '../../apps/api/src/engine/policy/access.decorator';
import type { HttpRoute, SocketHandler } from './access-surface';
import type { EveryRow } from './every-row-fixture';

/** The argument a rule reads and the table the policy guard looks its id up in (the guard's own defaults). */
export function ruleTarget(rule: AccessRule | undefined): { arg: string; table: keyof EveryRow['tables'] } | undefined {
  if (rule?.kind === 'organisation') return { arg: rule.tenant.arg, table: rule.tenant.table ?? 'organisation' };
  if (rule?.kind === 'network') return { arg: rule.network.arg, table: rule.network.table ?? 'learning_network' };
  return undefined;
}

/** The real row of `rows` the rule's argument must point at; no fallback, so every call hits a row. */
function rowFor(entrance: { handler: string; rule: AccessRule | undefined }, rows: EveryRow): { arg: string; id: string } | undefined {
  const target = ruleTarget(entrance.rule);
  if (!target) return undefined;
  const id = rows.tables[target.table];
  if (!id) throw new Error(`${entrance.handler}: the fixture has no ${target.table} row for its @Access rule`);
  return { arg: target.arg, id };
}

/**
 * The URL of a route with its ID parameter at a real row of `rows`; other
 * parameters (a file name) come from `samples`, keyed by "Class.method" and
 * parameter name. A sample also names the row where a route needs one in a
 * particular state (a conversation whose letter was sent), always a row of
 * the same organisation. A parameter without either fails the test by name.
 */
export function routeUrl(route: HttpRoute, rows: EveryRow, samples: Record<string, Record<string, string>>): string {
  const row = rowFor(route, rows);
  return route.path.replace(/:(\w+)/g, (_, param: string) => {
    const value = samples[route.handler]?.[param] ?? (row?.arg === param ? row.id : undefined);
    if (value === undefined) throw new Error(`${route.handler}: no sample for :${param}; add one to the route samples`);
    return encodeURIComponent(value);
  });
}

/** The message a handler gets: the rule's argument at a real row of `rows`, plus what the event needs besides (`extra`). */
export function socketBody(handler: SocketHandler, rows: EveryRow, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const row = rowFor(handler, rows);
  const body: Record<string, unknown> = structuredClone(extra);
  if (!row) return body;
  const keys = row.arg.split('.');
  let at = body;
  for (const key of keys.slice(0, -1)) at = (at[key] ??= {}) as Record<string, unknown>;
  at[keys[keys.length - 1]] = row.id;
  return body;
}

export interface HttpAnswer {
  status: number;
  body: string;
}

export async function httpGet(baseUrl: string, path: string, cookie?: string): Promise<HttpAnswer> {
  const response = await fetch(`${baseUrl}${path}`, { headers: cookie ? { cookie } : {}, redirect: 'manual' });
  return { status: response.status, body: await response.text() };
}

/** What came back for one socket message: the ack, or why there was none. */
export type SocketAnswer = { ack: unknown } | { refusedHandshake: string } | { noAnswer: true };

/**
 * Opens a socket with `cookie` (none: logged out), sends one message and
 * waits for its ack. A refused handshake is an answer too: the message was
 * queued and never left the client.
 */
export function sendOnce(
  baseUrl: string,
  cookie: string | undefined,
  event: string,
  body: unknown,
  timeoutMs = 3_000,
): Promise<SocketAnswer> {
  const socket = open(baseUrl, cookie);
  return new Promise<SocketAnswer>((resolve) => {
    const timer = setTimeout(() => resolve({ noAnswer: true }), timeoutMs);
    socket.once('connect_error', (error) => {
      clearTimeout(timer);
      resolve({ refusedHandshake: error.message });
    });
    socket.emit(event, body, (ack: unknown) => {
      clearTimeout(timer);
      resolve({ ack });
    });
  }).finally(() => socket.close());
}

/** One connection for many messages (`ask`), as a screen keeps it open. */
export async function openSocket(
  baseUrl: string,
  cookie: string,
): Promise<{ socket: Socket; ask: (event: string, body: unknown) => Promise<unknown> }> {
  const socket = open(baseUrl, cookie);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return { socket, ask: (event, body) => socket.timeout(3_000).emitWithAck(event, body) };
}

function open(baseUrl: string, cookie: string | undefined): Socket {
  return io(baseUrl, {
    path: '/socket.io',
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    extraHeaders: cookie ? { cookie } : {},
  });
}
