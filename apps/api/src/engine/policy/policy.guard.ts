import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Socket } from 'socket.io';
import { UserError } from '../graphql/user-error';
import { KringRequest, NetworkAccess, TenantAccess, Viewer } from '../auth/viewer';
import { ViewerService } from '../auth/viewer.service';
import { ACCESS_RULE, AccessRule } from './access.decorator';
import { TenantLookupService } from './tenant-lookup.service';

function valueAt(args: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), args);
}

/** Socket handlers keep the same state on `socket.data` that HTTP keeps on the request. */
export interface SocketState {
  viewer: Viewer | null;
  access?: TenantAccess;
  networkAccess?: NetworkAccess;
}

/**
 * The one policy layer: every GraphQL resolver and socket.io handler passes
 * here. It reads the handler's access rule, identifies the viewer, finds the
 * organisation the arguments point at, and checks the viewer's membership.
 * Unknown and foreign rows get the same NOT_FOUND, so ids reveal nothing.
 */
@Injectable()
export class PolicyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly viewers: ViewerService,
    private readonly tenants: TenantLookupService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [context.getHandler(), context.getClass()]);
    if (!rule) {
      throw new Error(`${context.getClass().name}.${context.getHandler().name} has no @Access rule`);
    }
    if (context.getType<string>() === 'ws') {
      const socket = context.switchToWs().getClient<Socket>();
      const state = socket.data as SocketState;
      if (state.viewer?.login) state.viewer = await this.stillAllowed(socket, state.viewer);
      if (rule.kind === 'network') state.networkAccess = await this.checkNetwork(rule, state.viewer, context.switchToWs().getData());
      else state.access = await this.check(rule, state.viewer, context.switchToWs().getData());
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
   * A socket keeps the viewer of its handshake; before every handler the
   * login must still be open and, when the person's access version moved on
   * (a membership changed), the memberships are read again. A login that
   * ended closes the socket right after the refusal has been answered.
   */
  private async stillAllowed(socket: Socket, viewer: Viewer): Promise<Viewer> {
    const current = await this.viewers.current(viewer);
    if (current) return current;
    setImmediate(() => socket.disconnect(true));
    throw new UserError('UNAUTHENTICATED');
  }

  private async check(
    rule: Exclude<AccessRule, { kind: 'network' }>,
    viewer: Viewer | null,
    args: unknown,
  ): Promise<TenantAccess | undefined> {
    if (rule.kind === 'public') return undefined;
    if (!viewer) throw new UserError('UNAUTHENTICATED');
    if (rule.kind === 'authenticated') return undefined;
    const raw = valueAt(args, rule.tenant.arg);
    const organisationId = await this.tenants.organisationOf(rule.tenant.table ?? 'organisation', raw);
    const roles = viewer.memberships.filter((m) => organisationId && m.organisationId === organisationId).map((m) => m.role);
    if (!organisationId || roles.length === 0) throw new UserError('NOT_FOUND');
    if (rule.roles && !roles.some((role) => rule.roles!.includes(role))) throw new UserError('FORBIDDEN');
    return { organisationId, roles };
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
