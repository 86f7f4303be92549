import type { TestKring } from './kring-test-app';

/**
 * Every table with a text (or JSON, or array) column that holds `needle`
 * anywhere, read from the database's own catalogue, so a new table or column
 * is searched too. For promises like "nothing of this text is stored".
 */
export async function tablesHolding(kring: TestKring, needle: string): Promise<string[]> {
  const columns = await kring.sql<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns
     WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'jsonb', 'json', 'ARRAY')`,
  );
  const found: string[] = [];
  for (const { table_name, column_name } of columns) {
    const [row] = await kring.sql<{ n: number }>(`SELECT count(*)::int AS n FROM "${table_name}" WHERE "${column_name}"::text LIKE $1`, [
      `%${needle}%`,
    ]);
    if (row.n > 0) found.push(`${table_name}.${column_name}`);
  }
  return found;
}
