import { LIMITS } from '../validation/limits';
import { LocalizedText } from '../values/localized-text';

/**
 * Who may read a story (verhaal), each with its own consent from the
 * storyteller (domain guide §7): their own team, the whole organisation, the
 * learning network (anonymised, through the library), or the public (for
 * instance in the quality report or on the website).
 */
export const STORY_AUDIENCES = ['team', 'organisation', 'network', 'public'] as const;
export type StoryAudience = (typeof STORY_AUDIENCES)[number];

/**
 * What consent for one audience includes, by who reads it then. Everyone (public) is everyone, colleagues included:
 * a story on the website is read by its own team too. The whole organisation includes its team. The network includes
 * nothing of the organisation: it reads the story anonymised, outside it, while colleagues may well know the resident
 * (as for cases: cases/consent.ts). The storyteller's answer is stored with what it includes (MemberCheckService), so
 * every reader finds the consent it asks for; their page ticks and locks what a wider choice includes.
 */
const STORY_AUDIENCE_INCLUDES: Readonly<Record<StoryAudience, readonly StoryAudience[]>> = {
  team: [],
  organisation: ['team'],
  network: [],
  public: ['team', 'organisation', 'network'],
};

/** Whether an audience is included by another one chosen (and so cannot be taken away on its own). */
export function includedByWider(audience: StoryAudience, chosen: readonly StoryAudience[]): boolean {
  return chosen.some((given) => STORY_AUDIENCE_INCLUDES[given].includes(audience));
}

/** The audiences chosen, with every one they include, in STORY_AUDIENCES order. */
export function withIncludedAudiences(chosen: readonly StoryAudience[]): StoryAudience[] {
  return STORY_AUDIENCES.filter((audience) => chosen.includes(audience) || includedByWider(audience, chosen));
}

export const STORY_AUDIENCE_LABELS: Record<StoryAudience, { label: LocalizedText; explanation: LocalizedText }> = {
  team: {
    label: { nl: 'Het team', en: 'The team' },
    explanation: {
      nl: 'De vaste collega’s van het team dat dit verhaal opschreef, mogen het lezen.',
      en: 'The regular colleagues of the team that wrote this story down may read it.',
    },
  },
  organisation: {
    label: { nl: 'De hele organisatie', en: 'The whole organisation' },
    explanation: {
      nl: 'Ook collega’s van andere teams en locaties van de organisatie mogen het lezen.',
      en: 'Colleagues of other teams and locations of the organisation may read it too.',
    },
  },
  network: {
    label: { nl: 'Het lerend netwerk, zonder namen', en: 'The learning network, without names' },
    explanation: {
      nl: 'Andere zorgorganisaties in het lerend netwerk mogen het lezen, zonder namen of andere herkenbare gegevens.',
      en: 'Other care organisations in the learning network may read it, without names or other identifying details.',
    },
  },
  public: {
    label: { nl: 'Iedereen', en: 'Everyone' },
    explanation: {
      nl: 'Het verhaal mag naar buiten, bijvoorbeeld in het kwaliteitsverslag of op de website, zonder namen.',
      en: 'The story may go outside, for instance in the quality report or on the website, without names.',
    },
  },
};

/**
 * The member check (membercheck): written → with the storyteller → they
 * approve it, or ask for changes. Changing the text after approval starts a
 * new check, so a story is never read wider than the version its teller saw.
 */
export const STORY_CHECK_STATUSES = ['draft', 'with_storyteller', 'changes_requested', 'approved'] as const;
export type StoryCheckStatus = (typeof STORY_CHECK_STATUSES)[number];

export const STORY_CHECK_STATUS_LABELS: Record<StoryCheckStatus, LocalizedText> = {
  draft: { nl: 'Nog niet voorgelegd', en: 'Not yet shown to the storyteller' },
  with_storyteller: { nl: 'Ligt bij de verteller', en: 'With the storyteller' },
  changes_requested: { nl: 'De verteller vraagt om aanpassing', en: 'The storyteller asks for changes' },
  approved: { nl: 'Goedgekeurd door de verteller', en: 'Approved by the storyteller' },
};

/** The storyteller's answer on the version they read: it is right, or it needs changes. */
export const STORY_DECISIONS = ['approve', 'request_changes'] as const;
export type StoryDecision = (typeof STORY_DECISIONS)[number];

export const STORY_LIMITS = {
  title: LIMITS.name,
  body: LIMITS.longText,
  comment: 2_000,
  storytellerName: LIMITS.name,
  maxValues: 12,
  /** How long a storyteller's personal link works; a new one can always be sent. */
  defaultLinkDays: 30,
  maxLinkDays: 90,
} as const;

export interface StoryCheckState {
  readonly revision: number;
  /** The revision the storyteller approved, or null. */
  readonly approvedRevision: number | null;
  readonly activeAudiences: readonly StoryAudience[];
}

/**
 * Whether a remark may be stored with this answer. A remark belongs to the
 * member check of the version being read, and goes once the storyteller
 * approves it (retention rule story_check_comments); on a version already
 * approved there is no check left to remark on, unless the answer opens it
 * again with a decision. Who reads the remarks: the writer and the teller.
 */
export function remarkAllowed(story: Pick<StoryCheckState, 'revision' | 'approvedRevision'>, decision: StoryDecision | null): boolean {
  return decision !== null || story.approvedRevision !== story.revision;
}

/**
 * Whether a story may be read by an audience: only the version the
 * storyteller approved, and only with their consent for that audience as it
 * is now. Until then the story stays with its writer and its teller.
 */
export function storyReaches(story: StoryCheckState, audience: StoryAudience): boolean {
  return story.approvedRevision === story.revision && story.activeAudiences.includes(audience);
}
