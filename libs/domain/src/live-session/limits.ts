/**
 * Limits of the live room, enforced by the server and shown by the web, so a
 * screen never lets someone type what the server will refuse.
 */
export const LIVE_LIMITS = {
  /** A contribution is a few sentences; the story itself belongs in the case. */
  entryMaxLength: 2_000,
  groupLabelMaxLength: 120,
  /** The idempotency key a device gives each command (a UUID fits easily). */
  clientKeyMaxLength: 100,
  /** Dots per person per phase, unless the moderator plans another budget. */
  defaultVoteBudget: 3,
  maxVoteBudget: 20,
  /** A safety net against runaway clients; a real session has tens of entries. */
  maxEntriesPerSession: 2_000,
  maxEntriesPerCommand: 50,
  /** Largest timebox and largest single extension (same bound as a method phase). */
  maxTimerSeconds: 120 * 60,
} as const;
