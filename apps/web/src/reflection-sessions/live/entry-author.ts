import { isOwnEntry, type LiveEntry, type LiveSessionState } from '@kring/domain';
import type { TFunction } from 'i18next';

/**
 * Who wrote an entry, as the room may know it: a name, "anoniem", or "namens
 * de groep". Only the author's own screen knows an anonymous entry is theirs.
 */
export function entryAuthor(state: LiveSessionState, entry: LiveEntry, t: TFunction): string {
  const own = isOwnEntry(state, entry);
  if (entry.forRoom) return t('sessions.live.entries.forRoom');
  if (entry.anonymous) return own ? t('sessions.live.entries.youAnonymous') : t('sessions.live.entries.anonymous');
  if (own) return t('sessions.live.you');
  return state.participants.find((p) => p.personId === entry.authorId)?.displayName ?? t('sessions.live.entries.formerParticipant');
}
