/** One column as PostgreSQL's information_schema describes it. */
export interface ColumnInfo {
  table: string;
  column: string;
  /** information_schema's udt_name: `int4`, `text`, `_text` (an array of text), … */
  udtName: string;
  nullable: boolean;
}

/**
 * What node-postgres hands back for each type, as Kring configures it (no
 * custom type parsers): 64-bit integers and numerics stay strings so no
 * precision is lost; dates and timestamps become Date.
 */
const TS_TYPES: Record<string, string> = {
  uuid: 'string',
  text: 'string',
  varchar: 'string',
  bpchar: 'string',
  citext: 'string',
  tsvector: 'string',
  inet: 'string',
  interval: 'string',
  int8: 'string',
  numeric: 'string',
  int2: 'number',
  int4: 'number',
  float4: 'number',
  float8: 'number',
  bool: 'boolean',
  date: 'Date',
  timestamp: 'Date',
  timestamptz: 'Date',
  time: 'string',
  timetz: 'string',
  json: 'unknown',
  jsonb: 'unknown',
  bytea: 'Buffer',
};

/** The TypeScript type of one column's value as a query returns it. */
export function columnType(column: Pick<ColumnInfo, 'udtName' | 'nullable'>): string {
  const isArray = column.udtName.startsWith('_');
  const base = TS_TYPES[isArray ? column.udtName.slice(1) : column.udtName];
  if (!base) throw new Error(`Onbekend kolomtype ${column.udtName}: voeg het toe aan TS_TYPES in render-table-types.ts`);
  const type = isArray ? `${base}[]` : base;
  return column.nullable ? `${type} | null` : type;
}

/** `peer_visit_note` → `PeerVisitNoteRow`. */
export function rowTypeName(table: string): string {
  return `${table.replace(/(^|_)([a-z0-9])/g, (_, __, letter: string) => letter.toUpperCase())}Row`;
}

/**
 * The source of tables.generated.ts: one interface per table (a row as
 * `SELECT *` returns it) and a `Tables` map from table name to row type.
 * Sorted by table and kept in column order, so the output only changes when
 * a migration changes the schema.
 */
export function renderTableTypes(columns: readonly ColumnInfo[]): string {
  const byTable = new Map<string, ColumnInfo[]>();
  for (const column of columns) byTable.set(column.table, [...(byTable.get(column.table) ?? []), column]);
  const tables = [...byTable.keys()].sort();
  const interfaces = tables.map((table) => {
    const fields = byTable.get(table)!.map((c) => `  ${c.column}: ${columnType(c)};`);
    return `export interface ${rowTypeName(table)} {\n${fields.join('\n')}\n}`;
  });
  const map = tables.map((table) => `  ${table}: ${rowTypeName(table)};`);
  return [
    '// Generated from the migrated database by `npm run db:types`; do not edit.',
    '// The migrations are the source of truth: change a table there, then regenerate.',
    '// tests/integration/table-types.spec.ts fails when this file is stale.',
    '',
    ...interfaces.flatMap((i) => [i, '']),
    '/** Every table by name. */',
    `export interface Tables {\n${map.join('\n')}\n}`,
    '',
  ].join('\n');
}
