import { LibrarySourceKind, Role } from '@kring/domain';
import { canManage } from '../../organisations';

/**
 * The owner decides what goes into the library: the writer of a case or
 * story; for a lesson the session's moderator or a manager; for a mirror
 * report the host, that is a care entrepreneur of the visited organisation.
 */
export function ownsSource(kind: LibrarySourceKind, ownerId: string | null, viewerId: string, roles: readonly Role[]): boolean {
  if (kind === 'mirror_report') return roles.includes('entrepreneur');
  return ownerId === viewerId || (kind === 'lesson' && canManage(roles));
}
