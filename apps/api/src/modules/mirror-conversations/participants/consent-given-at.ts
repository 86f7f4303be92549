/** How far ahead a recorded day may lie: a day, so "today" passes in any time zone. */
const FUTURE_TOLERANCE_MS = 24 * 3600 * 1000;

/**
 * The moment to store for consent a moderator records from paper or a call,
 * given only its day (YYYY-MM-DD). Noon UTC is that day in the Netherlands in
 * summer and winter alike. A day that is more than a day ahead is refused
 * (null); a moment still ahead but within that day becomes `now`, so no
 * consent is ever on record before it was given.
 */
export function consentGivenAt(givenOn: string, now: Date): Date | null {
  const givenAt = new Date(`${givenOn}T12:00:00Z`);
  if (givenAt.getTime() - now.getTime() > FUTURE_TOLERANCE_MS) return null;
  return givenAt.getTime() > now.getTime() ? now : givenAt;
}
