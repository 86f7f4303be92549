import { CASE_CURATOR_ROLES, Role } from '@kring/domain';

/** What a reader of a case may do with it besides reading. */
export interface CaseRights {
  /** Edit texts, add chapters, keep consent records: the author and curators (CASE_CURATOR_ROLES). */
  canEdit: boolean;
  /** Choose who reads it: only the author, whatever their role. */
  canShare: boolean;
}

/** The rights of a viewer who may read the case (the read check comes first), from its author and the viewer's roles. */
export function caseRights(authorId: string | null, viewerId: string, roles: readonly Role[]): CaseRights {
  const isAuthor = authorId === viewerId;
  return { canEdit: isAuthor || roles.some((role) => CASE_CURATOR_ROLES.includes(role)), canShare: isAuthor };
}
