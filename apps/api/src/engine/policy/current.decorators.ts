import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { KringRequest, NetworkAccess, TenantAccess, Viewer } from '../auth/viewer';
import { SocketState } from './policy.guard';

function request(context: ExecutionContext): KringRequest {
  return context.getType<string>() === 'graphql'
    ? GqlExecutionContext.create(context).getContext().req
    : context.switchToHttp().getRequest();
}

/** The viewer the policy guard resolved (non-null behind Access.authenticated/organisation). */
export const CurrentViewer = createParamDecorator(async (_: unknown, context: ExecutionContext): Promise<Viewer> => {
  if (context.getType<string>() === 'ws') return (context.switchToWs().getClient().data as SocketState).viewer!;
  return (await request(context).kringViewer)!;
});

/** The organisation and roles the policy guard checked for this call (Access.organisation). */
export const CurrentAccess = createParamDecorator((_: unknown, context: ExecutionContext): TenantAccess => {
  if (context.getType<string>() === 'ws') return (context.switchToWs().getClient().data as SocketState).access!;
  return request(context).kringAccess!;
});

/** The learning network and roles the policy guard checked for this call (Access.network). */
export const CurrentNetworkAccess = createParamDecorator((_: unknown, context: ExecutionContext): NetworkAccess => {
  if (context.getType<string>() === 'ws') return (context.switchToWs().getClient().data as SocketState).networkAccess!;
  return request(context).kringNetworkAccess!;
});
