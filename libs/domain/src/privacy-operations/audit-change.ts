import { consentGiverLabels, CONSENT_SCOPE_LABELS } from '../cases/consent';
import { CASE_VISIBILITY_INFO, type CaseVisibility } from '../cases/visibility';
import type { Language } from '../i18n/language';
import { MIRROR_CONSENT_SCOPE_LABELS, MIRROR_CONSENT_SCOPES } from '../mirror-conversations/consent';
import { ROLE_LABELS } from '../organisation/roles';
import { RETENTION_RULES } from '../privacy/retention-rules';
import { formatDutchTime } from '../time/netherlands-time';
import type { LocalizedText } from '../values/localized-text';

/**
 * What a change of a setting changed, from and to (or, for something removed, what it was), as the audit log keeps
 * it: codes, ids, numbers and moments only (a role, a team's id, a case's visibility, a retention period, a planned
 * date, a relative's consent, what a case's consent covers; a place someone typed and a consent's note are left out), never text anyone wrote, so the log still names "what kind of thing,
 * never its content". Only what really changed is there.
 */
export interface AuditChange {
  /** Role codes (Role) as stored: an event outlives a role that is renamed or gone. */
  readonly role?: readonly [from: string, to: string];
  /** Team ids (a member's, a case's); null is "no team" (for a member: no team of their own). */
  readonly team?: readonly [from: string | null, to: string | null];
  /** A case's visibility (CaseVisibility codes). */
  readonly visibility?: readonly [from: string, to: string];
  /** How many days raw notes are kept. */
  readonly retentionDays?: readonly [from: number, to: number];
  /** The raw material an organisation chose to delete as well ("Ook wissen"; RetentionKind codes). */
  readonly purges?: readonly [from: readonly string[], to: readonly string[]];
  /** What a relative consents to (MirrorConsentScope codes). */
  readonly consents?: readonly [from: readonly string[], to: readonly string[]];
  /** A planned moment moved (a mirror conversation's), as ISO timestamps. */
  readonly scheduledAt?: readonly [from: string, to: string];
  /** A membership removed: its role (code) and team (id, null: no team), so a person with two roles shows which went. */
  readonly was?: { readonly role: string; readonly team: string | null };
  /** A case's consent recorded or withdrawn: what it covers and who gave it (ConsentScope, ConsentGiver codes). */
  readonly caseConsent?: { readonly scope: string; readonly givenBy: string };
}

/** A setting's `[from, to]` when it changed, else nothing: what a change keeps of one field (arrays by their members). */
export function fromTo<T>(from: T, to: T): readonly [T, T] | undefined {
  const same = Array.isArray(from) && Array.isArray(to) ? [...from].sort().join() === [...to].sort().join() : from === to;
  return same ? undefined : [from, to];
}

/** Whether a change holds anything (a field left undefined by `fromTo` did not change). */
export function isEmptyAuditChange(change: AuditChange): boolean {
  return Object.values(change).every((value) => value === undefined);
}

const WORDS = {
  noTeam: { nl: 'geen team', en: 'no team' },
  removedTeam: { nl: 'een verwijderd team', en: 'a removed team' },
  nothing: { nl: 'niets', en: 'nothing' },
  noConsent: { nl: 'geen', en: 'none' },
} satisfies Record<string, LocalizedText>;

/** How the log names one value of a change, in the reader's language. */
interface Reading {
  readonly language: Language;
  readonly team: (id: string | null) => string;
  /** The organisation's own word for the people it cares for, whose consent a case's consent names. */
  readonly residentTerm: string;
}

/**
 * Per field of AuditChange: its label and how its value reads. A record over every field, so a new field does not
 * compile until it says how the log shows it (nothing stored is left out of the log).
 */
const FIELDS: {
  readonly [K in keyof AuditChange]-?: { label: LocalizedText; read: (value: NonNullable<AuditChange[K]>, r: Reading) => string };
} = {
  role: { label: { nl: 'Rol', en: 'Role' }, read: (value, r) => value.map((code) => labelOf(ROLE_LABELS, code, r.language)).join(ARROW) },
  team: { label: { nl: 'Team', en: 'Team' }, read: (value, r) => value.map(r.team).join(ARROW) },
  visibility: {
    label: { nl: 'Zichtbaarheid', en: 'Visibility' },
    read: (value, r) =>
      value
        .map((code) => (Object.hasOwn(CASE_VISIBILITY_INFO, code) ? CASE_VISIBILITY_INFO[code as CaseVisibility].label[r.language] : code))
        .join(ARROW),
  },
  retentionDays: { label: { nl: 'Bewaartermijn ruwe notities (dagen)', en: 'Raw notes kept (days)' }, read: (value) => value.join(ARROW) },
  purges: {
    label: { nl: 'Ook wissen', en: 'Also delete' },
    read: (value, r) =>
      listsFromTo(value, WORDS.nothing, r, (codes) =>
        codes.map((code) => RETENTION_RULES.find((rule) => rule.kind === code)?.name[r.language] ?? code),
      ),
  },
  consents: {
    label: { nl: 'Toestemming', en: 'Consent' },
    // In the catalogue's order (as the relative's page lists them), whatever order they were stored in.
    read: (value, r) =>
      listsFromTo(value, WORDS.noConsent, r, (codes) => [
        ...MIRROR_CONSENT_SCOPES.filter((scope) => codes.includes(scope)).map((scope) => MIRROR_CONSENT_SCOPE_LABELS[scope][r.language]),
        ...codes.filter((code) => !(MIRROR_CONSENT_SCOPES as readonly string[]).includes(code)),
      ]),
  },
  scheduledAt: {
    label: { nl: 'Datum', en: 'Date' },
    read: (value, r) => value.map((at) => formatDutchTime(new Date(at), r.language, { dateStyle: 'long', timeStyle: 'short' })).join(ARROW),
  },
  was: { label: { nl: 'Was', en: 'Was' }, read: (value, r) => `${labelOf(ROLE_LABELS, value.role, r.language)}, ${r.team(value.team)}` },
  caseConsent: {
    label: { nl: 'Toestemming voor', en: 'Consent for' },
    read: (value, r) =>
      `${labelOf(CONSENT_SCOPE_LABELS, value.scope, r.language)} (${labelOf(consentGiverLabels(r.residentTerm), value.givenBy, r.language)})`,
  },
};

const ARROW = ' → ';

/** Two lists of codes, from → to: each its names, or `empty` ("niets", "geen") when it has none. */
function listsFromTo(
  value: readonly (readonly string[])[],
  empty: LocalizedText,
  r: Reading,
  names: (codes: readonly string[]) => string[],
): string {
  return value.map((codes) => (codes.length === 0 ? empty[r.language] : names(codes).join(', '))).join(ARROW);
}

/** A code without a label any more is shown as it is: nothing in the log is hidden. */
function labelOf(labels: Readonly<Record<string, LocalizedText>>, code: string, language: Language): string {
  return Object.hasOwn(labels, code) ? labels[code][language] : code;
}

/**
 * The change as the audit log shows it: "Rol: Begeleider → Gespreksleider · Team: Team Lindehof → geen team". Team
 * names are today's (`teamNames`, by id); a team removed since is said to be one. The people cared for are named in
 * the organisation's word today (`residentTerm`).
 */
export function describeAuditChange(
  change: AuditChange,
  teamNames: ReadonlyMap<string, string>,
  language: Language,
  residentTerm: string,
): string {
  const reading: Reading = {
    language,
    team: (id) => (id === null ? WORDS.noTeam[language] : (teamNames.get(id) ?? WORDS.removedTeam[language])),
    residentTerm,
  };
  return (Object.keys(FIELDS) as (keyof AuditChange)[])
    .flatMap((key) => {
      const value = change[key];
      if (value === undefined) return [];
      const field = FIELDS[key] as { label: LocalizedText; read: (value: unknown, r: Reading) => string };
      return [`${field.label[language]}: ${field.read(value, reading)}`];
    })
    .join(' · ');
}

/** The team ids a change names, whose names the log reads today. */
export function auditChangeTeamIds(change: AuditChange): string[] {
  return [...(change.team ?? []), change.was?.team ?? null].filter((id): id is string => id !== null);
}
