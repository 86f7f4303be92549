import { ColumnInfo } from './render-table-types';

/** Anything that can run a query and return rows (a pg Client, Pool or TypeORM manager). */
interface Queryable {
  query(sql: string): Promise<{ rows: unknown[] } | unknown[]>;
}

/** The migrations' own bookkeeping is not Kring's data. */
const NOT_KRING_TABLES = ['migrations'];

/** Every column of every table in the public schema, in column order. */
export async function readColumns(db: Queryable): Promise<ColumnInfo[]> {
  const result = await db.query(
    `SELECT c.table_name AS "table", c.column_name AS "column", c.udt_name AS "udtName", c.is_nullable = 'YES' AS nullable
       FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
        AND c.table_name <> ALL ('{${NOT_KRING_TABLES.join(',')}}'::text[])
      ORDER BY c.table_name, c.ordinal_position`,
  );
  return (Array.isArray(result) ? result : result.rows) as ColumnInfo[];
}
