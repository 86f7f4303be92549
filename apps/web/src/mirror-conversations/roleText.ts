import type { TFunction } from 'i18next';
import type { MirrorStatus, MirrorViewerRole } from '../graphql/generated';

/**
 * The viewer's part in a conversation, in the tense of where the conversation
 * stands: a planner may prepare it only while it is planned or running
 * (MirrorConversationPage), so a held conversation never says "Oogst
 * goedgekeurd · Jij kunt dit gesprek voorbereiden" (issue #14). `t` comes
 * from the calling page, which loads the mirror texts.
 */
export function roleText(t: TFunction, role: MirrorViewerRole, status: MirrorStatus): string {
  const phase = status === 'planned' || status === 'live' ? 'before' : 'after';
  return t(`mirror.role.${phase}.${role}`);
}
