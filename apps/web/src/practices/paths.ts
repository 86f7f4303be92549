/** Where the parts of "Leren over tijd" live; Dutch paths like the rest of the app. */
export const LEARNING_PATHS = {
  practices: '/leren',
  stories: '/verhalen',
  library: '/bibliotheek',
  patterns: '/patronen',
} as const;

export type LearningPart = keyof typeof LEARNING_PATHS;

/**
 * Which parts of "Leren over tijd" list items (new practices, stories, the
 * library), as the menu's NAV_PLACE_SHOWS does for its places; the patterns
 * are a table of every value per quarter, filled or not.
 */
export const LEARNING_PART_SHOWS: Readonly<Record<LearningPart, 'list' | 'table'>> = {
  practices: 'list',
  stories: 'list',
  library: 'list',
  patterns: 'table',
};

/** A path with the chosen organisation kept, so switching tabs keeps it. */
export function withOrganisation(path: string, organisationId: string | undefined): string {
  return organisationId ? `${path}?organisatie=${organisationId}` : path;
}
