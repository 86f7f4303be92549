import { LocalizedText } from '../values/localized-text';

/**
 * How a participant relates to the resident (domain guide §5: "vader,
 * dochter, mentor…"). Recorded by the relative themselves through their link.
 */
export const MIRROR_RELATIONS = [
  'partner',
  'child',
  'parent',
  'sibling',
  'other_family',
  'friend',
  'mentor',
  'curator',
  'guardian',
  'resident',
  'other',
] as const;
export type MirrorRelation = (typeof MIRROR_RELATIONS)[number];

export const MIRROR_RELATION_LABELS: Readonly<Record<MirrorRelation, LocalizedText>> = {
  partner: { nl: 'Partner', en: 'Partner' },
  child: { nl: 'Zoon of dochter', en: 'Son or daughter' },
  parent: { nl: 'Vader of moeder', en: 'Father or mother' },
  sibling: { nl: 'Broer of zus', en: 'Brother or sister' },
  other_family: { nl: 'Ander familielid', en: 'Other family member' },
  friend: { nl: 'Vriend, vriendin of buur', en: 'Friend or neighbour' },
  mentor: { nl: 'Mentor', en: 'Mentor' },
  curator: { nl: 'Curator', en: 'Curator (financial and personal guardian)' },
  guardian: { nl: 'Voogd', en: 'Guardian' },
  resident: { nl: 'Ik woon hier zelf', en: 'I live here myself' },
  other: { nl: 'Anders', en: 'Other' },
};

/**
 * A mentor, curator or guardian is by law a legal representative (wettelijk
 * vertegenwoordiger); the page ticks it for them, and they can still change it.
 */
export function impliesLegalRepresentative(relation: MirrorRelation): boolean {
  return relation === 'mentor' || relation === 'curator' || relation === 'guardian';
}

/** Relatives are invited by default; residents get the easy-read page first. */
export const MIRROR_PARTICIPANT_KINDS = ['relative', 'resident'] as const;
export type MirrorParticipantKind = (typeof MIRROR_PARTICIPANT_KINDS)[number];

export const MIRROR_PARTICIPANT_KIND_LABELS: Readonly<Record<MirrorParticipantKind, LocalizedText>> = {
  relative: { nl: 'Naaste', en: 'Relative' },
  resident: { nl: 'Bewoner', en: 'Resident' },
};

/**
 * The name under which the moderator attributes what someone says, so quotes
 * can follow that person's consent without naming them: "Naaste A", "Bewoner B".
 */
export function mirrorPseudonym(kind: MirrorParticipantKind, index: number): string {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const letter = letters[index % 26] + (index >= 26 ? String(Math.floor(index / 26) + 1) : '');
  return `${MIRROR_PARTICIPANT_KIND_LABELS[kind].nl} ${letter}`;
}
