/** Where the parts of "Leren over tijd" live; Dutch paths like the rest of the app. */
export const LEARNING_PATHS = {
  practices: '/leren',
  stories: '/verhalen',
  library: '/bibliotheek',
  patterns: '/patronen',
} as const;

export type LearningPart = keyof typeof LEARNING_PATHS;

/** A path with the chosen organisation kept, so switching tabs keeps it. */
export function withOrganisation(path: string, organisationId: string | undefined): string {
  return organisationId ? `${path}?organisatie=${organisationId}` : path;
}
