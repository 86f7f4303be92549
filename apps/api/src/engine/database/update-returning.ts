import { EntityManager } from 'typeorm';

/**
 * TypeORM answers `UPDATE … RETURNING` with `[rows, rowCount]`; this gives the rows.
 * `T` has no default: the caller says what its RETURNING list gives back,
 * built from the generated row types (tables.generated.ts).
 */
export async function updateReturning<T>(manager: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  const [rows] = await manager.query<[T[], number]>(sql, params);
  return rows;
}
