import { createHash } from 'node:crypto';
import { poolOf } from './pool-of';
import { DataSource } from 'typeorm';

/** Distinct statement texts that get a name; beyond this a text runs unnamed (nothing grows without bound per connection). */
const MAX_NAMED = 500;
const names = new Map<string, string>();

/** The name a statement text is prepared under on every connection (undefined once MAX_NAMED texts have one). */
export function preparedName(text: string): string | undefined {
  let name = names.get(text);
  if (name === undefined && names.size < MAX_NAMED) {
    name = `kring_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    names.set(text, name);
  }
  return name;
}

/**
 * Runs one statement (outside a transaction) as a named prepared statement:
 * PostgreSQL parses and analyses it once per connection and, after a few
 * runs, may keep one generic plan, instead of planning a large statement
 * afresh every time. For hot statements put together from the same parts
 * (a live command's one statement: bench:live showed about 1 ms of planning
 * per command). The name is the text's hash, so one text has one name on
 * every connection of the pool.
 */
export async function queryPrepared<T>(db: DataSource, text: string, values: unknown[]): Promise<T[]> {
  const result = await poolOf(db).query({ name: preparedName(text), text, values });
  return result.rows as T[];
}
