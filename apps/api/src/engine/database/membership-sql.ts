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

/** `person` belongs to `organisation` in `role` (an entrepreneur proposing for their own organisation, a visit's team). */
export const holdsRole = (person: string, organisation: string, role: string): string =>
  `EXISTS (SELECT 1 FROM membership m WHERE m.person_id = ${person} AND m.organisation_id = ${organisation} AND m.role = ${role})`;
