import type { Language } from '../i18n/language';
import { ROLE_LABELS, type Role } from '../organisation/roles';
import type { LocalizedText } from '../values/localized-text';

/**
 * What a change of a setting changed, from and to, as the audit log keeps it: codes and ids only (a role, a team's
 * id), never text anyone wrote, so the log still names "what kind of thing, never its content". Only what really
 * changed is there.
 */
export interface AuditChange {
  /** Role codes (Role) as stored: an event outlives a role that is renamed or gone. */
  readonly role?: readonly [from: string, to: string];
  /** Team ids; null is "no team" (the person works in every team). */
  readonly team?: readonly [from: string | null, to: string | null];
}

export const AUDIT_CHANGE_LABELS = {
  role: { nl: 'Rol', en: 'Role' },
  team: { nl: 'Team', en: 'Team' },
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
  const parts: string[] = [];
  if (change.role) parts.push(`${AUDIT_CHANGE_LABELS.role[language]}: ${change.role.map(role).join(' → ')}`);
  if (change.team) parts.push(`${AUDIT_CHANGE_LABELS.team[language]}: ${change.team.map(team).join(' → ')}`);
  return parts.join(' · ');
}
