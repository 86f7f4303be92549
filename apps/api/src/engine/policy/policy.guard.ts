import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Socket } from 'socket.io';
import { UserError } from '../graphql/user-error';
import { KringRequest, NetworkAccess, TenantAccess, Viewer } from '../auth/viewer';
import { ViewerService } from '../auth/viewer.service';
import { ACCESS_RULE, AccessRule, TenantTable } from './access.decorator';
import { organisationAccess, RECHECKED_IN_COMMAND, SocketAccess, SocketState } from './socket-access';
import { TenantLookupService } from './tenant-lookup.service';

export type { SocketState } from './socket-access';

function valueAt(args: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), args);
}

/**
 * The one policy layer: every GraphQL resolver and socket.io handler passes
 * here. It reads the handler's access rule, identifies the viewer, finds the
 * organisation the arguments point at, and checks the viewer's membership.
 * Unknown and foreign rows get the same NOT_FOUND, so ids reveal nothing.
 */
@Injectable()
export class PolicyGuard implements CanActivate {
  private readonly sockets: SocketAccess;

  constructor(
    private readonly reflector: Reflector,
    private readonly viewers: ViewerService,
    private readonly tenants: TenantLookupService,
  ) {
    this.sockets = new SocketAccess(viewers, tenants);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [context.getHandler(), context.getClass()]);
    if (!rule) {
      throw new Error(`${context.getClass().name}.${context.getHandler().name} has no @Access rule`);
    }
    if (context.getType<string>() === 'ws') {
      const socket = context.switchToWs().getClient<Socket>();
      const state = socket.data as SocketState;
      // A live command verifies the login and access version in its own statement: a recent check is enough here.
      const recheckedInCommand = this.reflector.get<boolean | undefined>(RECHECKED_IN_COMMAND, context.getHandler()) === true;
      if (recheckedInCommand && (rule.kind !== 'organisation' || rule.roles)) {
        throw new Error(
          `${context.getClass().name}.${context.getHandler().name}: RecheckedInCommand needs an organisation rule without roles`,
        );
      }
      state.viewer = await this.sockets.viewer(socket, recheckedInCommand);
      const data = context.switchToWs().getData();
      if (rule.kind === 'network') {
        state.networkAccess = await this.checkNetwork(rule, state.viewer, data);
        return true;
      }
      const check = () => this.check(rule, state.viewer, data, (table, id) => this.sockets.organisationOf(socket, table, id));
      try {
        state.access = await check();
      } catch (error) {
        // A refusal is never decided on a reused check: the person may have been given the right since.
        if (!recheckedInCommand || !(error instanceof UserError)) throw error;
        state.viewer = await this.sockets.viewer(socket, false);
        state.access = await check();
      }
      return true;
    }
    // GraphQL reads its request and arguments from the resolver context; plain
    // HTTP routes (health, file exports) use route parameters as arguments.
    const graphql = context.getType<string>() === 'graphql';
    const req: KringRequest = graphql ? GqlExecutionContext.create(context).getContext().req : context.switchToHttp().getRequest();
    const args = graphql ? GqlExecutionContext.create(context).getArgs() : { ...req.params };
    const viewer = rule.kind === 'public' ? null : await this.viewers.forRequest(req);
    if (rule.kind === 'network') req.kringNetworkAccess = await this.checkNetwork(rule, viewer, args);
    else req.kringAccess = await this.check(rule, viewer, args);
    return true;
  }

  /**
   * The organisation rule. A socket keeps the viewer of its handshake; before
   * every handler SocketAccess reads the login again (or, for a live command,
   * its statement does), and when the person's access version moved on the
   * memberships are read again too. `organisationOf` is the socket's cached
   * lookup for socket handlers.
   */
  private async check(
    rule: Exclude<AccessRule, { kind: 'network' }>,
    viewer: Viewer | null,
    args: unknown,
    organisationOf: (table: TenantTable, id: unknown) => Promise<string | null> = (table, id) => this.tenants.organisationOf(table, id),
  ): Promise<TenantAccess | undefined> {
    if (rule.kind === 'public') return undefined;
    if (!viewer) throw new UserError('UNAUTHENTICATED');
    if (rule.kind === 'authenticated') return undefined;
    const organisationId = await organisationOf(rule.tenant.table ?? 'organisation', valueAt(args, rule.tenant.arg));
    return organisationAccess(viewer, organisationId, rule.roles);
  }

  /**
   * The network rule: the viewer belongs to the network the arguments point
   * at, as its coordinator or as a member of one of its organisations.
   */
  private async checkNetwork(rule: Extract<AccessRule, { kind: 'network' }>, viewer: Viewer | null, args: unknown): Promise<NetworkAccess> {
    if (!viewer) throw new UserError('UNAUTHENTICATED');
    const networkId = await this.tenants.networkOf(rule.network.table ?? 'learning_network', valueAt(args, rule.network.arg));
    const organisations = new Set(networkId ? await this.tenants.organisationsInNetwork(networkId) : []);
    const memberships = viewer.memberships.filter(
      (m) => networkId && (m.networkId === networkId || (m.organisationId && organisations.has(m.organisationId))),
    );
    if (!networkId || memberships.length === 0) throw new UserError('NOT_FOUND');
    const roles = [...new Set(memberships.map((m) => m.role))];
    if (rule.roles && !roles.some((role) => rule.roles!.includes(role))) throw new UserError('FORBIDDEN');
    return { networkId, roles, organisationIds: [...new Set(memberships.flatMap((m) => (m.organisationId ? [m.organisationId] : [])))] };
  }
}
