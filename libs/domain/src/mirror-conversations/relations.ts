import { residentWords } from '../organisation/resident-words';
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

const RELATIVE_RELATION_LABELS: Readonly<Record<Exclude<MirrorRelation, 'resident'>, LocalizedText>> = {
  partner: { nl: 'Partner', en: 'Partner' },
  child: { nl: 'Zoon of dochter', en: 'Son or daughter' },
  parent: { nl: 'Vader of moeder', en: 'Father or mother' },
  sibling: { nl: 'Broer of zus', en: 'Brother or sister' },
  other_family: { nl: 'Ander familielid', en: 'Other family member' },
  friend: { nl: 'Vriend, vriendin of buur', en: 'Friend or neighbour' },
  mentor: { nl: 'Mentor', en: 'Mentor' },
  curator: { nl: 'Curator', en: 'Curator (financial and personal guardian)' },
  guardian: { nl: 'Voogd', en: 'Guardian' },
  other: { nl: 'Anders', en: 'Other' },
};

/**
 * The relations as the relative's page and the moderator offer them, with the
 * organisation's own word (`residentTerm`) for someone who is one of the people
 * it cares for: "Ik ben hier zelf deelnemer" fits a day care, where nobody lives.
 */
export function mirrorRelationLabels(residentTerm: string): Readonly<Record<MirrorRelation, LocalizedText>> {
  return {
    ...RELATIVE_RELATION_LABELS,
    resident: {
      nl: `Ik ben hier zelf ${residentWords(residentTerm, 'nl').resident}`,
      // "one of the …" needs no article, so "a" or "an" is never wrong for a word left as the organisation typed it.
      en: `I am one of the ${residentWords(residentTerm, 'en').residents} here`,
    },
  };
}

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

/** The kinds of participant: a relative, or one of the people the organisation cares for, in its own word ("Deelnemer"). */
export function mirrorParticipantKindLabels(residentTerm: string): Readonly<Record<MirrorParticipantKind, LocalizedText>> {
  return {
    relative: { nl: 'Naaste', en: 'Relative' },
    resident: { nl: residentWords(residentTerm, 'nl').Resident, en: residentWords(residentTerm, 'en').Resident },
  };
}

/**
 * The name under which the moderator attributes what someone says, so quotes
 * can follow that person's consent without naming them: "Naaste A", "Bewoner B",
 * or "Deelnemer B" where the organisation says so (`residentTerm`). Stored, in
 * Dutch, as the cases' default pseudonyms are (defaultDisplayPseudonym).
 */
export function mirrorPseudonym(kind: MirrorParticipantKind, index: number, residentTerm: string): string {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const letter = letters[index % 26] + (index >= 26 ? String(Math.floor(index / 26) + 1) : '');
  return `${mirrorParticipantKindLabels(residentTerm)[kind].nl} ${letter}`;
}
