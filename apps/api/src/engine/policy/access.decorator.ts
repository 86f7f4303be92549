import { Role } from '@kring/domain';
import { SetMetadata } from '@nestjs/common';

/** Tables that carry the tenant key and can be looked up by id to find their organisation. */
export type TenantTable =
  | 'organisation'
  | 'location'
  | 'team'
  | 'invitation'
  | 'membership'
  | 'custom_method'
  | 'case_file'
  | 'case_chapter'
  | 'case_consent'
  | 'resident_register'
  | 'reflection_session'
  | 'harvest_item'
  | 'practice'
  | 'mirror_conversation'
  | 'mirror_learning_wish'
  | 'mirror_participant'
  | 'mirror_statement'
  | 'story'
  | 'library_item';

/**
 * Where an operation's organisation comes from: an argument holding the
 * organisation id, or an argument holding the id of a row in a tenant table.
 * `arg` is a dotted path into the operation's arguments ("input.organisationId").
 */
interface TenantSource {
  arg: string;
  table?: TenantTable;
}

/** Tables that belong to a learning network and can be looked up by id to find it (`learning_network` by its own id). */
export type NetworkTable =
  | 'learning_network'
  | 'network_invitation'
  | 'network_lens_proposal'
  | 'matching_round'
  | 'visit_proposal'
  | 'peer_visit'
  | 'peer_visit_note_conflict';

/** Where an operation's learning network comes from, like TenantSource. */
interface NetworkSource {
  arg: string;
  table?: NetworkTable;
}

export type AccessRule =
  | { kind: 'public'; reason: string }
  | { kind: 'authenticated' }
  | { kind: 'organisation'; tenant: TenantSource; roles?: readonly Role[] }
  | { kind: 'network'; network: NetworkSource; roles?: readonly Role[] };

export const ACCESS_RULE = 'kring:access-rule';

/**
 * Every resolver and socket handler states who may call it; the policy guard
 * refuses any handler without a rule, so nothing is open by omission.
 */
export const Access = {
  /**
   * Anyone, logged in or not (login, setup status, invitation links), with a
   * one-line reason why that is safe. The generated authorisation test reads
   * the reason from here: an operation, route or socket handler is public only
   * where it says why.
   */
  public: (reason: string) => SetMetadata(ACCESS_RULE, { kind: 'public', reason } satisfies AccessRule),
  /** Any logged-in person; the handler only touches the viewer's own data. */
  authenticated: () => SetMetadata(ACCESS_RULE, { kind: 'authenticated' } satisfies AccessRule),
  /** Members of the organisation the arguments point at, optionally only with these roles. */
  organisation: (tenant: TenantSource, roles?: readonly Role[]) =>
    SetMetadata(ACCESS_RULE, { kind: 'organisation', tenant, roles } satisfies AccessRule),
  /**
   * People of the learning network the arguments point at: its coordinators
   * and the members of its organisations, optionally only with these roles.
   * Which organisation's rows they may then see is the service's finer check.
   */
  network: (network: NetworkSource, roles?: readonly Role[]) =>
    SetMetadata(ACCESS_RULE, { kind: 'network', network, roles } satisfies AccessRule),
};
