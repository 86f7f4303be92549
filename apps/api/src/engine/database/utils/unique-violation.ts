/** What node-pg (or TypeORM around it, as `driverError`) reports of a failed statement. */
type PgError = { code?: string; table?: string; constraint?: string; driverError?: { code?: string; table?: string; constraint?: string } };

/**
 * A unique violation (SQLSTATE 23505), on any table, or only on `on.table` / the index `on.constraint`. A feature
 * turns it into its own user error (a name already taken) instead of the INTERNAL a raw database error becomes.
 */
export function isUniqueViolation(error: unknown, on: { table?: string; constraint?: string } = {}): boolean {
  const e = error as PgError | null | undefined;
  const cause = e?.driverError ?? e;
  if (cause?.code !== '23505') return false;
  return (on.table === undefined || cause.table === on.table) && (on.constraint === undefined || cause.constraint === on.constraint);
}
