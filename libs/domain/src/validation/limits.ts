/**
 * Size limits shared by the API (enforced) and the web (shown in forms), so a
 * form never lets someone type what the server will refuse.
 */
export const LIMITS = {
  name: 200,
  email: 254,
  passwordMin: 10,
  passwordMax: 200,
  shortText: 500,
  longText: 20_000,
} as const;
