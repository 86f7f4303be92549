import { Role } from '@kring/domain';
import { Injectable, SetMetadata } from '@nestjs/common';
import type { DefaultEventsMap, Socket } from 'socket.io';
import { NetworkAccess, TenantAccess, Viewer } from '../auth/viewer';
import { ViewerService } from '../auth/viewer.service';
import { UserError } from '../graphql/user-error';
import { AccessRule, TenantTable } from './access.decorator';
import { TenantLookupService } from './tenant-lookup.service';

/**
 * How long a socket may reuse its last login check for a handler whose own
 * statement verifies the login again (RecheckedInCommand; the statement
 * refuses a login that ended or an access version that moved on). After
 * this the guard reads the login once more, which marks it as seen (the idle
 * timeout counts from there): a quarter of the idle timeout, so an active
 * person's login never runs into it, and at most five minutes. It was 30 s:
 * with 1,000 busy screens that was 33 login reads and 17 writes of
 * `last_seen_at` per second, whatever the rate of commands.
 */
export function socketRecheckMs(idleMinutes: number): number {
  return Math.min(5 * 60_000, (idleMinutes * 60_000) / 4);
}

/** At most this many rooms' organisations are remembered per socket (a screen addresses a handful). */
const TENANTS_PER_SOCKET = 64;

export const RECHECKED_IN_COMMAND = 'kring:rechecked-in-command';

/**
 * The handler's own database statement verifies the socket's login and the
 * person's access version (ViewerService.stillOpen), and on a mismatch calls
 * SocketAccess.reauthorise before anything is stored. So the policy guard
 * may skip its own login read when the socket was checked recently. Only
 * with an organisation rule without roles (the guard refuses other pairings).
 */
export const RecheckedInCommand = () => SetMetadata(RECHECKED_IN_COMMAND, true);

/** Socket handlers keep the same state on `socket.data` that HTTP keeps on the request. */
export interface SocketState {
  viewer: Viewer | null;
  access?: TenantAccess;
  networkAccess?: NetworkAccess;
  /** When the login behind the socket was last read (Date.now()). */
  checkedAt?: number;
  /** The organisation of each tenant row the socket addressed ("table:id"); a row never changes organisation. */
  tenants?: Map<string, string>;
}

/** A socket of this server: its `data` is the SocketState, with the viewer the handshake found (KringIoAdapter). */
export type KringSocket = Socket<DefaultEventsMap, DefaultEventsMap, DefaultEventsMap, SocketState>;

/** The viewer's roles in an organisation, or the refusal: NOT_FOUND without a membership (ids reveal nothing), FORBIDDEN without the role. */
export function organisationAccess(viewer: Viewer, organisationId: string | null, roles?: readonly Role[]): TenantAccess {
  const held = viewer.memberships.filter((m) => organisationId && m.organisationId === organisationId).map((m) => m.role);
  if (!organisationId || held.length === 0) throw new UserError('NOT_FOUND');
  if (roles && !held.some((role) => roles.includes(role))) throw new UserError('FORBIDDEN');
  return { organisationId, roles: held };
}

/** The value at a dotted path ("input.sessionId") of a handler's arguments. */
export function valueAt(args: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), args);
}

/** A rule that is not a network rule: public, authenticated or organisation. */
export type TenantRule = Exclude<AccessRule, { kind: 'network' }>;

/**
 * The rule for one call: nothing to check for a public one, a viewer for an
 * authenticated one, and for an organisation rule the viewer's membership of
 * the organisation the arguments point at (`organisationOf` finds it).
 */
export async function tenantAccess(
  rule: TenantRule,
  viewer: Viewer | null,
  args: unknown,
  organisationOf: (table: TenantTable, id: unknown) => Promise<string | null>,
): Promise<TenantAccess | undefined> {
  if (rule.kind === 'public') return undefined;
  if (!viewer) throw new UserError('UNAUTHENTICATED');
  if (rule.kind === 'authenticated') return undefined;
  const organisationId = await organisationOf(rule.tenant.table ?? 'organisation', valueAt(args, rule.tenant.arg));
  return organisationAccess(viewer, organisationId, rule.roles);
}

/** RecheckedInCommand only pairs with an organisation rule without roles: the command's statement re-checks no role. */
export function assertRecheckable(rule: AccessRule, handler: string): asserts rule is Extract<AccessRule, { kind: 'organisation' }> {
  if (rule.kind !== 'organisation' || rule.roles) {
    throw new Error(`${handler}: RecheckedInCommand needs an organisation rule without roles`);
  }
}

/**
 * What the policy layer keeps on an open socket: the viewer of its login
 * (read again before every handler, or reused for RecheckedInCommand
 * handlers within socketRecheckMs) and the organisations of the rooms it
 * addressed, so a live command needs no lookups before its own statement.
 */
@Injectable()
export class SocketAccess {
  constructor(
    private readonly viewers: ViewerService,
    private readonly tenants: TenantLookupService,
  ) {}

  /**
   * The socket's viewer, with its login still open; `reuseRecent`: a check
   * younger than socketRecheckMs is enough (the handler verifies again).
   * A login that ended closes the socket right after the refusal is answered.
   */
  async viewer(socket: KringSocket, reuseRecent: boolean): Promise<Viewer | null> {
    const state = socket.data;
    if (!state.viewer?.login) return state.viewer;
    const recent = state.checkedAt !== undefined && Date.now() - state.checkedAt < socketRecheckMs(this.viewers.idleMinutes);
    if (reuseRecent && recent) return state.viewer;
    const current = await this.viewers.current(state.viewer);
    if (!current) {
      setImmediate(() => socket.disconnect(true));
      throw new UserError('UNAUTHENTICATED');
    }
    state.viewer = current;
    state.checkedAt = Date.now();
    return current;
  }

  /**
   * A socket message's rule (the policy guard's, and a direct handler's):
   * the socket's viewer (a recent check reused for a RecheckedInCommand
   * handler) and its right in the organisation the message points at, both
   * kept on the socket. A refusal is never decided on a reused check: the
   * person may have been given the right since, so the login is read again
   * and the rule decided once more.
   */
  async authorise(
    socket: KringSocket,
    rule: TenantRule,
    data: unknown,
    recheckedInCommand: boolean,
  ): Promise<{ viewer: Viewer | null; access: TenantAccess | undefined }> {
    const state = socket.data;
    state.viewer = await this.viewer(socket, recheckedInCommand);
    const check = () => tenantAccess(rule, state.viewer, data, (table, id) => this.organisationOf(socket, table, id));
    try {
      state.access = await check();
    } catch (error) {
      if (!recheckedInCommand || !(error instanceof UserError)) throw error;
      state.viewer = await this.viewer(socket, false);
      state.access = await check();
    }
    return { viewer: state.viewer, access: state.access };
  }

  /** The organisation of a tenant row, remembered on the socket once found. */
  async organisationOf(socket: KringSocket, table: TenantTable, id: unknown): Promise<string | null> {
    const state = socket.data;
    const key = `${table}:${String(id)}`;
    const known = state.tenants?.get(key);
    if (known) return known;
    const organisationId = await this.tenants.organisationOf(table, id);
    if (organisationId) {
      state.tenants ??= new Map();
      if (state.tenants.size >= TENANTS_PER_SOCKET) state.tenants.clear();
      state.tenants.set(key, organisationId);
    }
    return organisationId;
  }

  /**
   * A command's statement found the login ended or the person's access
   * changed: read the login again and decide the organisation rule afresh
   * (UNAUTHENTICATED and the socket closes, or NOT_FOUND, or the new access).
   */
  async reauthorise(socket: KringSocket, organisationId: string): Promise<{ viewer: Viewer; access: TenantAccess }> {
    const viewer = await this.viewer(socket, false);
    if (!viewer) throw new UserError('UNAUTHENTICATED');
    return { viewer, access: organisationAccess(viewer, organisationId) };
  }
}
