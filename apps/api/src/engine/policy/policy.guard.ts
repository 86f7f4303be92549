import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphqlContext } from '../graphql/localisation.plugin';
import { UserError } from '../graphql/user-error';
import { KringRequest, NetworkAccess, Viewer } from '../auth/viewer';
import { ViewerService } from '../auth/viewer.service';
import { ACCESS_RULE, AccessRule } from './access.decorator';
import { assertRecheckable, KringSocket, RECHECKED_IN_COMMAND, SocketAccess, tenantAccess, valueAt } from './socket-access';
import { TenantLookupService } from './tenant-lookup.service';

export type { SocketState } from './socket-access';

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
      const socket = context.switchToWs().getClient<KringSocket>();
      const state = socket.data;
      // A live command verifies the login and access version in its own statement: a recent check is enough here.
      const recheckedInCommand = this.reflector.get<boolean | undefined>(RECHECKED_IN_COMMAND, context.getHandler()) === true;
      if (recheckedInCommand) assertRecheckable(rule, `${context.getClass().name}.${context.getHandler().name}`);
      const data = context.switchToWs().getData<unknown>();
      // A socket keeps the viewer of its handshake; SocketAccess reads the login again before every handler (or, for a
      // live command, its statement does), and when the person's access version moved on the memberships are read again too.
      if (rule.kind === 'network') {
        state.viewer = await this.sockets.viewer(socket, false);
        state.networkAccess = await this.checkNetwork(rule, state.viewer, data);
        return true;
      }
      await this.sockets.authorise(socket, rule, data, recheckedInCommand);
      return true;
    }
    // GraphQL reads its request and arguments from the resolver context; plain
    // HTTP routes (health, file exports) use route parameters as arguments.
    const graphql = context.getType<string>() === 'graphql';
    const req = graphql
      ? GqlExecutionContext.create(context).getContext<GraphqlContext>().req
      : context.switchToHttp().getRequest<KringRequest>();
    const args = graphql ? GqlExecutionContext.create(context).getArgs<Record<string, unknown>>() : { ...req.params };
    const viewer = rule.kind === 'public' ? null : await this.viewers.forRequest(req);
    if (rule.kind === 'network') req.kringNetworkAccess = await this.checkNetwork(rule, viewer, args);
    else req.kringAccess = await tenantAccess(rule, viewer, args, (table, id) => this.tenants.organisationOf(table, id));
    return true;
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
    return {
      networkId,
      roles,
      organisationIds: [...new Set(memberships.flatMap((m) => (m.organisationId ? [m.organisationId] : [])))],
      networkOrganisationIds: [...organisations],
    };
  }
}
