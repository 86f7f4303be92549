import { CASE_VISIBILITY_INFO, type CaseVisibility } from '../cases/visibility';
import type { Language } from '../i18n/language';
import { MIRROR_CONSENT_SCOPE_LABELS, MIRROR_CONSENT_SCOPES } from '../mirror-conversations/consent';
import { ROLE_LABELS, type Role } from '../organisation/roles';
import { RETENTION_RULES } from '../privacy/retention-rules';
import { formatDutchTime } from '../time/netherlands-time';
import type { LocalizedText } from '../values/localized-text';

/**
 * What a change of a setting changed, from and to (or, for something removed, what it was), as the audit log keeps
 * it: codes, ids, numbers and moments only (a role, a team's id, a case's visibility, a retention period, a planned
 * date, a relative's consent; a place someone typed is left out), never text anyone wrote, so the log still names "what kind of thing,
 * never its content". Only what really changed is there.
 */
export interface AuditChange {
  /** Role codes (Role) as stored: an event outlives a role that is renamed or gone. */
  readonly role?: readonly [from: string, to: string];
  /** Team ids (a member's, a case's); null is "no team" (a member then works in every team). */
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
}

export const AUDIT_CHANGE_LABELS = {
  role: { nl: 'Rol', en: 'Role' },
  team: { nl: 'Team', en: 'Team' },
  visibility: { nl: 'Zichtbaarheid', en: 'Visibility' },
  retentionDays: { nl: 'Bewaartermijn ruwe notities (dagen)', en: 'Raw notes kept (days)' },
  was: { nl: 'Was', en: 'Was' },
  purges: { nl: 'Ook wissen', en: 'Also delete' },
  scheduledAt: { nl: 'Datum', en: 'Date' },
  consents: { nl: 'Toestemming', en: 'Consent' },
  noConsent: { nl: 'geen', en: 'none' },
  nothing: { nl: 'niets', en: 'nothing' },
  noTeam: { nl: 'geen team', en: 'no team' },
  removedTeam: { nl: 'een verwijderd team', en: 'a removed team' },
} satisfies Record<string, LocalizedText>;

/**
 * The change as the audit log shows it: "Rol: Begeleider → Gespreksleider · Team: Team Lindehof → geen team". Team
 * names are today's (`teamNames`, by id); a team removed since is said to be one.
 */
export function describeAuditChange(change: AuditChange, teamNames: ReadonlyMap<string, string>, language: Language): string {
  const team = (id: string | null) =>
    id === null ? AUDIT_CHANGE_LABELS.noTeam[language] : (teamNames.get(id) ?? AUDIT_CHANGE_LABELS.removedTeam[language]);
  // A code without a label any more is shown as it is: nothing in the log is hidden.
  const role = (code: string) => (Object.hasOwn(ROLE_LABELS, code) ? ROLE_LABELS[code as Role][language] : code);
  const visibility = (code: string) =>
    Object.hasOwn(CASE_VISIBILITY_INFO, code) ? CASE_VISIBILITY_INFO[code as CaseVisibility].label[language] : code;
  const rules = (codes: readonly string[]) =>
    codes.length === 0
      ? AUDIT_CHANGE_LABELS.nothing[language]
      : codes.map((code) => RETENTION_RULES.find((rule) => rule.kind === code)?.name[language] ?? code).join(', ');
  // In the catalogue's order (as the relative's page lists them), whatever order they were stored in.
  const consents = (codes: readonly string[]) =>
    codes.length === 0
      ? AUDIT_CHANGE_LABELS.noConsent[language]
      : [
          ...MIRROR_CONSENT_SCOPES.filter((scope) => codes.includes(scope)).map((scope) => MIRROR_CONSENT_SCOPE_LABELS[scope][language]),
          ...codes.filter((code) => !(MIRROR_CONSENT_SCOPES as readonly string[]).includes(code)),
        ].join(', ');
  const part = (key: keyof AuditChange, values: readonly string[] | undefined, between = ' → ') =>
    values ? [`${AUDIT_CHANGE_LABELS[key][language]}: ${values.join(between)}`] : [];
  return [
    ...part('role', change.role?.map(role)),
    ...part('team', change.team?.map(team)),
    ...part('visibility', change.visibility?.map(visibility)),
    ...part('retentionDays', change.retentionDays?.map(String)),
    ...part('purges', change.purges?.map(rules)),
    ...part('consents', change.consents?.map(consents)),
    ...part(
      'scheduledAt',
      change.scheduledAt?.map((at) => formatDutchTime(new Date(at), language, { dateStyle: 'long', timeStyle: 'short' })),
    ),
    ...part('was', change.was && [role(change.was.role), team(change.was.team)], ', '),
  ].join(' · ');
}
