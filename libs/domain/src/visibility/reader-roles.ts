import { LocalizedText } from '../values/localized-text';

/**
 * How one person stands to one piece of content: the facts every visibility
 * rule decides on (issue #15.3). A person can hold several at once (a team
 * member invited to a session); they read what the widest of them allows.
 */
export const READER_ROLES = [
  /** Wrote it: the case's author, the story's writer. */
  'writer',
  /** Told the story that someone else wrote down. */
  'storyteller',
  /** Invited to (or leading) a reflection session that uses it, while that session runs. */
  'session_participant',
  /** Leads the reflection session the content belongs to. */
  'session_moderator',
  /** The host entrepreneur of a peer visit. */
  'host',
  /** A visitor of a peer visit: the visiting entrepreneur or someone in the visiting team. */
  'visitor',
  /** A member of the content's own team (for a mirror report: the team the host chose). */
  'team_member',
  /** A member of another team of the same organisation. */
  'other_team',
  /** An administrator, care entrepreneur or moderator of the organisation, outside the team. */
  'overview',
  /** A member of another organisation in the same learning network. */
  'network_peer',
  /** The learning network's coordinator. */
  'network_coordinator',
  /** Someone of an organisation outside the learning network. */
  'other_organisation',
  /** A relative with a personal link (no account). */
  'relative',
] as const;
export type ReaderRole = (typeof READER_ROLES)[number];

/** What a reader gets: everything, a version without names and places, or nothing at all. */
export type ReadingView = 'full' | 'anonymised' | 'none';

const VIEW_WIDTH: Record<ReadingView, number> = { none: 0, anonymised: 1, full: 2 };

/**
 * One kind of content's visibility rule: who reads it in each state, and the
 * sentence that tells users so. The API decides access with `view` and the
 * web shows `sentence`, so the promise on screen and the check are one thing.
 */
export interface VisibilityRule<State> {
  readonly kind: string;
  /** Every state the rule tells apart, for the role-matrix tests and PRIVACY.md. */
  readonly states: readonly State[];
  view(state: State, role: ReaderRole): ReadingView;
  sentence(state: State): LocalizedText;
}

/** The widest view any of the reader's roles gives; no roles, nothing. */
export function viewFor<State>(rule: VisibilityRule<State>, state: State, roles: readonly ReaderRole[]): ReadingView {
  return roles
    .map((role) => rule.view(state, role))
    .reduce<ReadingView>((widest, view) => (VIEW_WIDTH[view] > VIEW_WIDTH[widest] ? view : widest), 'none');
}

/** A rule that only says yes or no: the listed roles read everything, the rest nothing. */
export function fullFor(readers: readonly ReaderRole[], role: ReaderRole): ReadingView {
  return readers.includes(role) ? 'full' : 'none';
}
