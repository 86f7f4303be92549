import { Role } from '../organisation/roles';

/**
 * Bounds of mirror conversations, enforced by the API and shown by the web,
 * so a form never lets someone type what the server will refuse.
 */
export const MIRROR_LIMITS = {
  themeMaxLength: 300,
  placeMaxLength: 200,
  procedureMaxLength: 2_000,
  cancelMessageMaxLength: 1_000,
  learningWishMaxLength: 1_000,
  questionMaxLength: 500,
  maxQuestions: 30,
  maxThemesPerQuestion: 5,
  /** About 1.5 hours is usual; a little room either way. */
  minDurationMinutes: 15,
  maxDurationMinutes: 300,
  defaultDurationMinutes: 90,
  /** 6–12 relatives is usual; room for a large home. */
  maxParticipants: 40,
  maxListeners: 30,
  displayNameMaxLength: 120,
  /** A personal link works this many days unless the moderator chooses otherwise. */
  defaultLinkDays: 60,
  minLinkDays: 1,
  maxLinkDays: 180,
  /** What a relative writes beforehand. */
  freeTextMaxLength: 4_000,
  answerMaxLength: 1_000,
  /** A captured statement is a short quote, not minutes. */
  statementMaxLength: 1_000,
  noteMaxLength: 2_000,
  maxValueTagsPerStatement: 6,
  // Fits a harvest item of the listener reflection (2,000) with the theme's name in front.
  harvestSummaryMaxLength: 1_800,
  letterSectionMaxLength: 10_000,
  clientKeyMaxLength: 100,
  /** A safety net against runaway screens; a real conversation has tens of statements. */
  maxStatementsPerConversation: 2_000,
  maxNotesPerPerson: 500,
} as const;

/** Who may plan a mirror conversation and invite relatives: moderators (gespreksleiders) and the organisation's managers. */
export const MIRROR_PLANNER_ROLES: readonly Role[] = ['moderator', 'administrator', 'entrepreneur'];

/** Who may lead one. The method asks for an independent chair, so Kring warns when it is a manager (below). */
export const MIRROR_MODERATOR_ROLES: readonly Role[] = MIRROR_PLANNER_ROLES;

/**
 * Roles that are not independent of the care relatives talk about: the owner
 * (zorgondernemer) and the organisation's administrators.
 */
export const MIRROR_NOT_INDEPENDENT_ROLES: readonly Role[] = ['entrepreneur', 'administrator'];
