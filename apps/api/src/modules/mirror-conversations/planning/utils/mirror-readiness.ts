import { MIRROR_RELATIVES_WANTED, mirrorReadinessWarnings, MirrorReadinessWarning } from '@kring/domain';

/** How far a conversation's preparation is, as the planner's screen shows it. */
export interface MirrorReadiness {
  questions: number;
  invited: number;
  saidYes: number;
  wantedMin: number;
  wantedMax: number;
  warnings: MirrorReadinessWarning[];
}

/**
 * The preparation against the method's 6–12 relatives: who is invited (a
 * revoked link is no invitation), who said yes to taking part, and the
 * domain's warnings, only while the conversation is being prepared (once it
 * has started a warning can no longer be acted on).
 */
export function mirrorReadiness(
  conversation: { status: string; scheduledAt: Date },
  questions: number,
  participants: readonly { linkStatus: string; consents: readonly string[] }[],
  now: Date,
): MirrorReadiness {
  const invited = participants.filter((p) => p.linkStatus !== 'revoked');
  const saidYes = invited.filter((p) => p.consents.includes('take_part')).length;
  const facts = { scheduledAt: conversation.scheduledAt, now, questions, invited: invited.length, saidYes };
  return {
    questions,
    invited: invited.length,
    saidYes,
    wantedMin: MIRROR_RELATIVES_WANTED.min,
    wantedMax: MIRROR_RELATIVES_WANTED.max,
    warnings: conversation.status === 'planned' ? mirrorReadinessWarnings(facts) : [],
  };
}
