import { Language, Role } from '@kring/domain';
import type { Request } from 'express';

export interface ViewerMembership {
  id: string;
  role: Role;
  organisationId: string | null;
  networkId: string | null;
  teamId: string | null;
}

/** The login a viewer came with, and the version of their access when it was read (person.access_version). */
interface ViewerLogin {
  id: string;
  accessVersion: string;
}

/** The logged-in person as the policy layer sees them. */
export interface Viewer {
  personId: string;
  preferredLanguage: Language;
  memberships: ViewerMembership[];
  /** Set for viewers read from a login; an open socket checks it again before every handler. */
  login?: ViewerLogin;
}

/** What the policy layer concluded about the organisation an operation touches. */
export interface TenantAccess {
  organisationId: string;
  roles: Role[];
}

/** What the policy layer concluded about the learning network an operation touches. */
export interface NetworkAccess {
  networkId: string;
  /** The viewer's roles in the network itself (coordinator) and in its organisations. */
  roles: Role[];
  /** The viewer's own organisations in this network. */
  organisationIds: string[];
  /**
   * Every organisation in the network: a text written in the network (a visitor's notebook, a check-in, a mirror
   * report, a network harvest) is read across it and may name the people and residents of any of them.
   */
  networkOrganisationIds: string[];
}

/** Per-request state, kept on the request so it is computed once. */
export interface KringRequest extends Request {
  kringViewer?: Promise<Viewer | null>;
  kringAccess?: TenantAccess;
  kringNetworkAccess?: NetworkAccess;
}

export const SESSION_COOKIE = 'kring_session';

/**
 * The session cookie's token. cookie-parser turns a value starting with `j:` into whatever JSON it holds; only a
 * string can be a token, anything else is no login (not a hash of an object that fails).
 */
export function sessionToken(req: Request): string | undefined {
  const value: unknown = req.cookies?.[SESSION_COOKIE];
  return typeof value === 'string' ? value : undefined;
}
