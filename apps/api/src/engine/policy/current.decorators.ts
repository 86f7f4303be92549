import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { KringRequest, NetworkAccess, TenantAccess, Viewer } from '../auth/viewer';
import type { GraphqlContext } from '../graphql/localisation.plugin';
import { KringSocket, SocketState } from './socket-access';

function request(context: ExecutionContext): KringRequest {
  return context.getType<string>() === 'graphql'
    ? GqlExecutionContext.create(context).getContext<GraphqlContext>().req
    : context.switchToHttp().getRequest<KringRequest>();
}

function socketState(context: ExecutionContext): SocketState {
  return context.switchToWs().getClient<KringSocket>().data;
}

/** The viewer the policy guard resolved (non-null behind Access.authenticated/organisation). */
export const CurrentViewer = createParamDecorator(async (_: unknown, context: ExecutionContext): Promise<Viewer> => {
  if (context.getType<string>() === 'ws') return socketState(context).viewer!;
  return (await request(context).kringViewer)!;
});

/** The organisation and roles the policy guard checked for this call (Access.organisation). */
export const CurrentAccess = createParamDecorator((_: unknown, context: ExecutionContext): TenantAccess => {
  if (context.getType<string>() === 'ws') return socketState(context).access!;
  return request(context).kringAccess!;
});

/** The learning network and roles the policy guard checked for this call (Access.network). */
export const CurrentNetworkAccess = createParamDecorator((_: unknown, context: ExecutionContext): NetworkAccess => {
  if (context.getType<string>() === 'ws') return socketState(context).networkAccess!;
  return request(context).kringNetworkAccess!;
});
