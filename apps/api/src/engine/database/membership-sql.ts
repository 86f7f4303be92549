import type { EntityManager } from 'typeorm';

/**
 * SQL conditions on membership, one spelling of each rule for every query that needs it. `person`, `organisation`
 * and `role` are SQL expressions: a column, a placeholder or a literal.
 */

/**
 * `person` still belongs to `organisation`. Whoever left an organisation hears nothing more of it (reminders, notices,
 * the calendar feed) and is no longer treated as one of its people.
 */
export const isMember = (person: string, organisation: string): string =>
  `EXISTS (SELECT 1 FROM membership m WHERE m.person_id = ${person} AND m.organisation_id = ${organisation})`;

/** `person` belongs to `organisation` in `role`. */
const holdsRole = (person: string, organisation: string, role: string): string =>
  `EXISTS (SELECT 1 FROM membership m WHERE m.person_id = ${person} AND m.organisation_id = ${organisation} AND m.role = ${role})`;

/** Whether a person belongs to an organisation now (isMember), asked on its own: a storyteller, a person to export. */
export async function memberNow(manager: EntityManager, personId: string, organisationId: string): Promise<boolean> {
  const [{ yes }] = await manager.query<{ yes: boolean }[]>(`SELECT ${isMember('$1', '$2')} AS yes`, [personId, organisationId]);
  return yes;
}

/** Whether a person belongs to an organisation in a role now: an entrepreneur proposing for their own, a visit's team. */
export async function inRoleNow(manager: EntityManager, personId: string, organisationId: string, role: string): Promise<boolean> {
  const [{ yes }] = await manager.query<{ yes: boolean }[]>(`SELECT ${holdsRole('$1', '$2', '$3')} AS yes`, [
    personId,
    organisationId,
    role,
  ]);
  return yes;
}
