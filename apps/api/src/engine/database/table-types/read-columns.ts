import { allowedValues, ColumnInfo } from './render-table-types';

/** Anything that can run a query and return rows (a pg Client, Pool or TypeORM manager). */
interface Queryable {
  query(sql: string): Promise<{ rows: unknown[] } | unknown[]>;
}

/** The migrations' own bookkeeping is not Kring's data. */
const NOT_KRING_TABLES = ['migrations'];

function rowsOf<T>(result: { rows: unknown[] } | unknown[]): T[] {
  return (Array.isArray(result) ? result : result.rows) as T[];
}

/** Every column of every table in the public schema, in column order, with the values its CHECK allows. */
export async function readColumns(db: Queryable): Promise<ColumnInfo[]> {
  const checks = rowsOf<{ table: string; definition: string }>(
    await db.query(
      `SELECT c.conrelid::regclass::text AS "table", pg_get_constraintdef(c.oid) AS definition
         FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
        WHERE c.contype = 'c' AND n.nspname = 'public' AND array_length(c.conkey, 1) = 1`,
    ),
  );
  const allowed = new Map<string, string[]>();
  for (const check of checks) {
    const parsed = allowedValues(check.definition);
    if (parsed) allowed.set(`${check.table}.${parsed.column}`, parsed.values);
  }
  const columns = rowsOf<ColumnInfo>(
    await db.query(
      `SELECT c.table_name AS "table", c.column_name AS "column", c.udt_name AS "udtName", c.is_nullable = 'YES' AS nullable
       FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
        AND c.table_name <> ALL ('{${NOT_KRING_TABLES.join(',')}}'::text[])
      ORDER BY c.table_name, c.ordinal_position`,
    ),
  );
  return columns.map((c) => {
    const values = allowed.get(`${c.table}.${c.column}`);
    return values ? { ...c, allowed: values } : c;
  });
}
