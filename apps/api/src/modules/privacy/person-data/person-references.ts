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
