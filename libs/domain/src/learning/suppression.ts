/**
 * Small-group suppression (domain guide §8): an aggregate over fewer than
 * five is not shown as a number, because in a small home a count of two or
 * three points at people. Zero is shown: it points at no one.
 */
export const MIN_GROUP_SIZE = 5;

/** The count to show, or null when it is suppressed. */
export function shownCount(count: number): number | null {
  return count === 0 || count >= MIN_GROUP_SIZE ? count : null;
}
