import { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { NetworkAccess, Viewer } from '../auth/viewer';
import { ViewerService } from '../auth/viewer.service';
import { Access } from './access.decorator';
import { PolicyGuard, SocketState } from './policy.guard';
import { TenantLookupService } from './tenant-lookup.service';

const NETWORK = '11111111-1111-4111-8111-111111111111';
const OTHER_NETWORK = '22222222-2222-4222-8222-222222222222';
const HOEVE = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const LINDEHOF = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const ELSEWHERE = 'cccccccc-cccc-4ccc-8ccc-cccccccccccc';
const VISIT = 'dddddddd-dddd-4ddd-8ddd-dddddddddddd';

/** Handlers with network rules, as a resolver would declare them. */
class Handlers {
  @Access.network({ arg: 'networkId' })
  anyMember() {}

  @Access.network({ arg: 'networkId' }, ['network_coordinator'])
  coordinatorOnly() {}

  @Access.network({ arg: 'input.visitId', table: 'peer_visit' }, ['entrepreneur'])
  visitOfEntrepreneurs() {}
}

/** A lookup over a fixed picture: two networks, the visit belongs to the first. */
const lookup = {
  networkOf: async (table: string, id: unknown) =>
    table === 'learning_network' ? ([NETWORK, OTHER_NETWORK].includes(id as string) ? id : null) : id === VISIT ? NETWORK : null,
  organisationsInNetwork: async (networkId: string) => (networkId === NETWORK ? [HOEVE, LINDEHOF] : []),
} as unknown as TenantLookupService;

function member(
  role: Viewer['memberships'][number]['role'],
  scope: { organisationId?: string; networkId?: string },
): Viewer['memberships'][number] {
  return {
    id: `${role}-${scope.organisationId ?? scope.networkId}`,
    role,
    organisationId: scope.organisationId ?? null,
    networkId: scope.networkId ?? null,
    teamId: null,
  };
}

async function call(handler: keyof Handlers, viewer: Viewer | null, args: unknown): Promise<NetworkAccess | string> {
  const guard = new PolicyGuard(new Reflector(), {} as ViewerService, lookup);
  const state: SocketState = { viewer };
  const context = {
    getType: () => 'ws',
    getHandler: () => Handlers.prototype[handler],
    getClass: () => Handlers,
    switchToWs: () => ({ getClient: () => ({ data: state }), getData: () => args }),
  } as unknown as ExecutionContext;
  try {
    await guard.canActivate(context);
    return state.networkAccess!;
  } catch (error) {
    return (error as { extensions: { code: string } }).extensions.code;
  }
}

const wilma: Viewer = { personId: 'wilma', preferredLanguage: 'nl', memberships: [member('network_coordinator', { networkId: NETWORK })] };
const ingrid: Viewer = {
  personId: 'ingrid',
  preferredLanguage: 'nl',
  memberships: [member('entrepreneur', { organisationId: HOEVE }), member('administrator', { organisationId: HOEVE })],
};
const els: Viewer = { personId: 'els', preferredLanguage: 'nl', memberships: [member('care_worker', { organisationId: LINDEHOF })] };
const stranger: Viewer = { personId: 'x', preferredLanguage: 'nl', memberships: [member('entrepreneur', { organisationId: ELSEWHERE })] };

describe('the network rule of the policy guard', () => {
  it('admits the coordinator and the members of the network’s organisations, with their roles there', async () => {
    expect(await call('anyMember', wilma, { networkId: NETWORK })).toEqual({
      networkId: NETWORK,
      roles: ['network_coordinator'],
      organisationIds: [],
      // Every organisation of the network, whoever asks: the names a text written there is checked against.
      networkOrganisationIds: [HOEVE, LINDEHOF],
    });
    expect(await call('anyMember', ingrid, { networkId: NETWORK })).toEqual({
      networkId: NETWORK,
      roles: ['entrepreneur', 'administrator'],
      organisationIds: [HOEVE],
      networkOrganisationIds: [HOEVE, LINDEHOF],
    });
    expect(await call('anyMember', els, { networkId: NETWORK })).toMatchObject({ roles: ['care_worker'], organisationIds: [LINDEHOF] });
  });

  it('answers NOT_FOUND for another network, an unknown id and anyone outside, and UNAUTHENTICATED without a viewer', async () => {
    expect(await call('anyMember', wilma, { networkId: OTHER_NETWORK })).toBe('NOT_FOUND');
    expect(await call('anyMember', ingrid, { networkId: 'not-a-uuid' })).toBe('NOT_FOUND');
    expect(await call('anyMember', stranger, { networkId: NETWORK })).toBe('NOT_FOUND');
    expect(await call('anyMember', null, { networkId: NETWORK })).toBe('UNAUTHENTICATED');
  });

  it('checks roles within the network', async () => {
    expect(await call('coordinatorOnly', ingrid, { networkId: NETWORK })).toBe('FORBIDDEN');
    expect(await call('coordinatorOnly', wilma, { networkId: NETWORK })).toMatchObject({ networkId: NETWORK });
  });

  it('finds the network through a row of a network table, by a dotted argument path', async () => {
    expect(await call('visitOfEntrepreneurs', ingrid, { input: { visitId: VISIT } })).toMatchObject({
      networkId: NETWORK,
      organisationIds: [HOEVE],
    });
    expect(await call('visitOfEntrepreneurs', els, { input: { visitId: VISIT } })).toBe('FORBIDDEN');
    expect(await call('visitOfEntrepreneurs', stranger, { input: { visitId: VISIT } })).toBe('NOT_FOUND');
  });
});
