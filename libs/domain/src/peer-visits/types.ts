import { LocalizedText } from '../values/localized-text';

/**
 * Shared vocabulary of peer-review visits (collegiale visitatie, domain guide
 * §6): formats, who is in the visiting team, the moments of a day a beeld is
 * about, who may see the mirror report, and the topics of the entrepreneurs'
 * check-in. Labels live here so API and web say the same thing.
 */
export const VISIT_FORMATS = ['half_day', 'day', 'twenty_four_hours'] as const;
export type VisitFormat = (typeof VISIT_FORMATS)[number];

export const VISIT_FORMAT_LABELS: Record<VisitFormat, LocalizedText> = {
  half_day: { nl: 'Dagdeel', en: 'Half a day' },
  day: { nl: 'Hele dag', en: 'A whole day' },
  twenty_four_hours: { nl: '24 uur, "als bewoner"', en: '24 hours, "as a resident"' },
};

/** An entrepreneur and a care worker visit together; a relative or an expert may join (no account needed). */
export const VISIT_TEAM_ROLES = ['entrepreneur', 'care_worker', 'relative', 'expert'] as const;
export type VisitTeamRole = (typeof VISIT_TEAM_ROLES)[number];

export const VISIT_TEAM_ROLE_LABELS: Record<VisitTeamRole, LocalizedText> = {
  entrepreneur: { nl: 'Zorgondernemer', en: 'Care entrepreneur' },
  care_worker: { nl: 'Begeleider', en: 'Care worker' },
  relative: { nl: 'Naaste', en: 'Relative' },
  expert: { nl: 'Ervaringsdeskundige of deskundige', en: 'Expert by experience or specialist' },
};

/** Team roles that log in and write in the notebook; relatives and experts are named only. */
export const VISIT_TEAM_ACCOUNT_ROLES: readonly VisitTeamRole[] = ['entrepreneur', 'care_worker'];

export const MOMENTS_OF_DAY = ['morning', 'midday', 'afternoon', 'evening', 'night'] as const;
export type MomentOfDay = (typeof MOMENTS_OF_DAY)[number];

export const MOMENT_OF_DAY_LABELS: Record<MomentOfDay, LocalizedText> = {
  morning: { nl: 'Ochtend', en: 'Morning' },
  midday: { nl: 'Middag (eten)', en: 'Midday (meal)' },
  afternoon: { nl: 'Middag', en: 'Afternoon' },
  evening: { nl: 'Avond', en: 'Evening' },
  night: { nl: 'Nacht', en: 'Night' },
};

/**
 * Who sees the mirror report: the host decides (domain guide §6.6). Layers
 * grow outward; "network" is always the anonymised version.
 */
export const REPORT_VISIBILITIES = ['involved', 'team', 'organisation', 'network'] as const;
export type ReportVisibility = (typeof REPORT_VISIBILITIES)[number];

export const REPORT_VISIBILITY_LABELS: Record<ReportVisibility, LocalizedText> = {
  involved: { nl: 'Alleen wie bij de visitatie betrokken was', en: 'Only those involved in the visit' },
  team: { nl: 'Ook ons eigen team', en: 'Also our own team' },
  organisation: { nl: 'Onze hele organisatie', en: 'Our whole organisation' },
  network: { nl: 'Het lerend netwerk, geanonimiseerd', en: 'The learning network, anonymised' },
};

/** preparing → agreed (both sides agreed on focus, lens, team, format and date); or cancelled. */
export const VISIT_STATUSES = ['preparing', 'agreed', 'cancelled'] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];

/** Visitors draft → the host reflects and decides → closed (no more changes, only who sees it). */
export const REPORT_STATUSES = ['draft', 'with_host', 'closed'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** The three parts of the same-day mirror conversation the host responds to. */
export const MIRROR_TOPIC_KINDS = ['focus', 'question', 'theme'] as const;
export type MirrorTopicKind = (typeof MIRROR_TOPIC_KINDS)[number];

/**
 * The entrepreneur check-in: open conversation on the main vulnerabilities of
 * samen-sturen and doen wat nodig is (domain guide §6.8), never scored. Each
 * topic's question speaks of the entrepreneur's own people: checkinPrompt.
 */
export const CHECKIN_TOPICS = [
  { id: 'continuity', name: { nl: 'Continuïteit als de eigenaar stopt', en: 'Continuity if the owner stops' } },
  { id: 'staying_small', name: { nl: 'Kleinschalig blijven', en: 'Staying small' } },
  { id: 'specialist_expertise', name: { nl: 'Toegang tot specifieke deskundigheid', en: 'Access to specialist expertise' } },
  { id: 'rules_and_contracts', name: { nl: 'Passen bij regels en contracten', en: 'Fit with rules and contracts' } },
] as const satisfies readonly { id: string; name: LocalizedText }[];

export type CheckinTopicId = (typeof CHECKIN_TOPICS)[number]['id'];
export const CHECKIN_TOPIC_IDS = CHECKIN_TOPICS.map((t) => t.id) as readonly CheckinTopicId[];

export const PEER_VISIT_LIMITS = {
  /** A beeld is a short observation, typed on a phone in the living room. */
  noteMaxLength: 500,
  /**
   * Edits sent in one synchronisation; a phone with more sends them in turns. 30, so that a batch with every note's
   * confirmed finding ids at their maximum still fits the request body limit (body-limits.ts).
   */
  maxEditsPerSync: 30,
  maxNotesPerVisit: 2_000,
  questionMaxLength: 300,
  maxLensQuestions: 12,
  /** Visiting team: an entrepreneur and a care worker, optionally a relative or an expert. */
  maxTeamMembers: 6,
  defaultMonthsWithoutRepeat: 12,
  maxMonthsWithoutRepeat: 60,
} as const;
