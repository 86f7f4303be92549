/**
 * `SELECT count(*)::int AS count …`. The cast matters: a bare count(*) is a
 * bigint, which node-postgres hands back as a string.
 */
export interface CountRow {
  count: number;
}
