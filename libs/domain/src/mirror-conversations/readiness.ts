/**
 * Is a mirror conversation ready to be held? The method asks for 6–12
 * relatives in the inner circle and a question guide (domain guide §5). Kring
 * warns, it does not forbid: a moderator may knowingly hold a small round.
 */
export const MIRROR_RELATIVES_WANTED = { min: 6, max: 12 } as const;

export const MIRROR_READINESS_WARNINGS = ['past_date', 'no_questions', 'no_participants', 'few_said_yes', 'many_said_yes'] as const;
export type MirrorReadinessWarning = (typeof MIRROR_READINESS_WARNINGS)[number];

export interface MirrorReadinessFacts {
  readonly scheduledAt: Date;
  readonly now: Date;
  /** Questions in the guide. */
  readonly questions: number;
  /** Relatives and residents with a (not revoked) invitation. */
  readonly invited: number;
  /** Of those, who consented to take part. */
  readonly saidYes: number;
}

/** The warnings for a conversation still being prepared, in the order a moderator would tackle them. */
export function mirrorReadinessWarnings(facts: MirrorReadinessFacts): MirrorReadinessWarning[] {
  const warnings: MirrorReadinessWarning[] = [];
  if (facts.scheduledAt.getTime() < facts.now.getTime()) warnings.push('past_date');
  if (facts.questions === 0) warnings.push('no_questions');
  if (facts.invited === 0) warnings.push('no_participants');
  else if (facts.saidYes < MIRROR_RELATIVES_WANTED.min) warnings.push('few_said_yes');
  if (facts.saidYes > MIRROR_RELATIVES_WANTED.max) warnings.push('many_said_yes');
  return warnings;
}
