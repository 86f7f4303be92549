import { STORY_AUDIENCE_LABELS, StoryAudience, StoryCheckState, storyReaches } from '../learning/stories';
import { LocalizedText } from '../values/localized-text';
import { ReaderRole, ReadingView, VisibilityRule } from './reader-roles';

/**
 * Who reads a story (verhaal, domain guide §7): its writer and its teller
 * always; anyone else only the version the teller approved, and only with
 * the teller's consent for that audience as it is now. The learning network
 * never opens the story itself: it reads it anonymised through the library,
 * when the writer shares it there.
 */
function view(state: StoryCheckState, role: ReaderRole): ReadingView {
  switch (role) {
    case 'writer':
    case 'storyteller':
      return 'full';
    case 'team_member':
      return storyReaches(state, 'team') || storyReaches(state, 'organisation') ? 'full' : 'none';
    case 'other_team':
    case 'overview':
      return storyReaches(state, 'organisation') ? 'full' : 'none';
    case 'network_peer':
    case 'network_coordinator':
      return storyReaches(state, 'network') ? 'anonymised' : 'none';
    default:
      return 'none';
  }
}

const NOT_YET: LocalizedText = {
  nl: 'Alleen jij en de verteller lezen dit verhaal, tot de verteller deze versie goedkeurt en toestemming geeft voor wie het mag lezen.',
  en: 'Only you and the storyteller read this story, until the storyteller approves this version and consents to who may read it.',
};

function sentence(state: StoryCheckState): LocalizedText {
  const reached = (['team', 'organisation', 'network', 'public'] as const).filter((audience) => storyReaches(state, audience));
  if (reached.length === 0) return NOT_YET;
  const part = (language: 'nl' | 'en') =>
    reached.map((audience: StoryAudience) => STORY_AUDIENCE_LABELS[audience].explanation[language]).join(' ');
  return {
    nl: `De verteller heeft deze versie goedgekeurd. ${part('nl')} De naam van de verteller ziet niemand anders dan jij en de verteller.`,
    en: `The storyteller approved this version. ${part('en')} Nobody but you and the storyteller sees the storyteller's name.`,
  };
}

/** Every combination the member check can be in: not (yet) approved, and approved with growing consent. */
const STATES: StoryCheckState[] = [
  { revision: 1, approvedRevision: null, activeAudiences: ['team', 'organisation', 'network'] },
  { revision: 2, approvedRevision: 1, activeAudiences: ['team', 'organisation'] },
  { revision: 1, approvedRevision: 1, activeAudiences: [] },
  { revision: 1, approvedRevision: 1, activeAudiences: ['team'] },
  { revision: 1, approvedRevision: 1, activeAudiences: ['team', 'organisation'] },
  { revision: 1, approvedRevision: 1, activeAudiences: ['team', 'organisation', 'network'] },
];

export const STORY_RULE: VisibilityRule<StoryCheckState> = { kind: 'story', states: STATES, view, sentence };

/**
 * Who learns who told the story: only its writer and its teller, in every
 * state. Readers of the team or organisation see the story without the name;
 * the member-check link and mail go to the storyteller alone.
 */
export const STORYTELLER_IDENTITY_READERS: readonly ReaderRole[] = ['writer', 'storyteller'];

export const STORYTELLER_IDENTITY_SENTENCE: LocalizedText = {
  nl: 'Alleen voor jou en de verteller: anderen die het verhaal lezen zien niet wie het vertelde.',
  en: 'Only for you and the storyteller: others who read the story do not see who told it.',
};

/** Whether a reader with these roles learns who told the story. */
export function seesStoryteller(roles: readonly ReaderRole[]): boolean {
  return roles.some((role) => STORYTELLER_IDENTITY_READERS.includes(role));
}

/**
 * The member check reaches the storyteller alone: the personal link is
 * mailed to them and shown to nobody else, so only they can approve or
 * consent. Shown to the writer when they lay the story before the teller.
 */
export const STORY_CHECK_DELIVERY_SENTENCE: LocalizedText = {
  nl: 'Kring mailt de verteller zelf een persoonlijke link. Alleen de verteller kan het verhaal goedkeuren en toestemming geven; jij ziet de link niet.',
  en: 'Kring e-mails the storyteller a personal link. Only the storyteller can approve the story and give consent; you do not see the link.',
};
