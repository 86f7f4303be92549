import { Language, Role } from '@kring/domain';
import type { Request } from 'express';

export interface ViewerMembership {
  id: string;
  role: Role;
  organisationId: string | null;
  networkId: string | null;
  teamId: string | null;
}

/** The logged-in person as the policy layer sees them. */
export interface Viewer {
  personId: string;
  preferredLanguage: Language;
  memberships: ViewerMembership[];
}

/** What the policy layer concluded about the organisation an operation touches. */
export interface TenantAccess {
  organisationId: string;
  roles: Role[];
}

/** Per-request state, kept on the request so it is computed once. */
export interface KringRequest extends Request {
  kringViewer?: Promise<Viewer | null>;
  kringAccess?: TenantAccess;
}

export const SESSION_COOKIE = 'kring_session';
