import type { LiveParticipant } from '@kring/domain';

/**
 * "{ready} van de {present} aanwezigen is/zijn klaar": both counted among the
 * participants connected now. Someone who marked "klaar" and then dropped out
 * is not present, so the count can never read "everyone is ready" while
 * someone present is still writing.
 */
export function readiness(participants: readonly LiveParticipant[]): { ready: number; present: number } {
  const present = participants.filter((p) => p.role === 'participant' && p.online);
  return { ready: present.filter((p) => p.ready).length, present: present.length };
}
