/**
 * SQL condition: `person` (a column or placeholder) still belongs to
 * `organisation`. Whoever left an organisation hears nothing more of it
 * (reminders, notices, the calendar feed) and is no longer treated as one of
 * its people. One spelling of the rule, for every query that needs it.
 */
export const isMember = (person: string, organisation: string): string =>
  `EXISTS (SELECT 1 FROM membership m WHERE m.person_id = ${person} AND m.organisation_id = ${organisation})`;
