import { EntityManager } from 'typeorm';

/** A column that points at a person (a foreign key to person.id), found in the database itself. */
interface PersonReference {
  table: string;
  column: string;
  /** The table carries organisation_id, so its rows belong to one organisation. */
  tenant: boolean;
}

/**
 * Every column in the schema that refers to a person, read from the
 * database catalogue rather than listed by hand: a table added by any module
 * later is included in exports and erasure without anyone remembering to.
 */
export async function personReferences(manager: EntityManager): Promise<PersonReference[]> {
  const rows: { table: string; column: string; tenant: boolean }[] = await manager.query(
    `SELECT c.conrelid::regclass::text AS table, a.attname AS column,
            EXISTS (SELECT 1 FROM pg_attribute o WHERE o.attrelid = c.conrelid AND o.attname = 'organisation_id' AND NOT o.attisdropped) AS tenant
     FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
     WHERE c.contype = 'f' AND c.confrelid = 'person'::regclass AND cardinality(c.conkey) = 1
     ORDER BY 1, 2`,
  );
  return rows;
}

/** A catalogue name as an SQL identifier (regclass text is already quoted where needed). */
export function columnSql(column: string): string {
  return `"${column.replace(/"/g, '""')}"`;
}

/**
 * Tables whose rows are stored under one organisation but written for another: a visitor's beelden (and versions
 * waiting for a choice) are kept with the host's organisation, whose retention applies to them, while their writer
 * belongs to the visiting organisation, whose administrator exports and erases that person's data. The column named
 * is the row's visit.
 */
const WRITTEN_AS_VISITOR: Readonly<Record<string, string>> = { peer_visit_note: 'visit_id', peer_visit_note_conflict: 'visit_id' };

/** SQL: a row of `table` belongs to the organisation in parameter `param` for exports and erasure (WRITTEN_AS_VISITOR). */
export function rowOfOrganisation(table: string, param: string): string {
  const visit = WRITTEN_AS_VISITOR[table];
  if (!visit) return `organisation_id = ${param}`;
  return `(organisation_id = ${param} OR EXISTS (SELECT 1 FROM peer_visit v WHERE v.id = ${table}.${visit} AND v.visiting_organisation_id = ${param}))`;
}

/**
 * Columns of rows that refer to a person but hold someone else's name, address or words: the relative a member
 * invited (and what that relative wrote), the colleague an invitation went to, a storyteller. A person's export leaves
 * them out (AVG art. 15(4): a copy may not harm the rights of others) unless the column named as whose says the row is
 * about the exported person themselves (null: never, they have no account). A column whose name says it holds a
 * person's detail (PERSONAL_DETAIL_COLUMN) in any table that refers to a person must be declared here:
 * tests/integration/privacy.spec.ts reads the schema and fails on one that is not.
 */
export const OTHER_PEOPLES_DETAILS: Readonly<Record<string, Readonly<Record<string, string | null>>>> = {
  invitation: { email: null },
  network_invitation: { email: null },
  mirror_participant: { display_name: null, email: null, relation: null, free_text: null },
  peer_visit_member: { display_name: 'person_id' },
  story: { storyteller_name: 'storyteller_person_id', storyteller_email: 'storyteller_person_id' },
};

/** A column name that says it holds a person's name, contact or relation to someone. */
export const PERSONAL_DETAIL_COLUMN = /(^|_)(name|email|phone|address|relation)$/;

/** The row as the exported person may have it: someone else's details (OTHER_PEOPLES_DETAILS) replaced by `leftOut`. */
export function withoutOtherPeople(
  table: string,
  row: Record<string, unknown>,
  personId: string,
  leftOut: string,
): Record<string, unknown> {
  const declared = OTHER_PEOPLES_DETAILS[table];
  if (!declared) return row;
  const copy = { ...row };
  for (const [column, whose] of Object.entries(declared)) {
    if (copy[column] != null && (whose === null || copy[whose] !== personId)) copy[column] = leftOut;
  }
  return copy;
}
