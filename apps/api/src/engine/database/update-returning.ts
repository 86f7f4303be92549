import { EntityManager } from 'typeorm';

/** TypeORM answers `UPDATE … RETURNING` with `[rows, rowCount]`; this gives the rows. */
export async function updateReturning<T = Record<string, any>>(manager: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  const [rows] = await manager.query(sql, params);
  return rows;
}
