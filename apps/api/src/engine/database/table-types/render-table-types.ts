/** One column as PostgreSQL's information_schema describes it. */
export interface ColumnInfo {
  table: string;
  column: string;
  /** information_schema's udt_name: `int4`, `text`, `_text` (an array of text), … */
  udtName: string;
  nullable: boolean;
  /** The values a single-column CHECK (column IN (…)) allows, when there is one. */
  allowed?: readonly string[];
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
export function columnType(column: Pick<ColumnInfo, 'udtName' | 'nullable' | 'allowed'>): string {
  const isArray = column.udtName.startsWith('_');
  const base = TS_TYPES[isArray ? column.udtName.slice(1) : column.udtName];
  if (!base) throw new Error(`Onbekend kolomtype ${column.udtName}: voeg het toe aan TS_TYPES in render-table-types.ts`);
  // A CHECK that lists the allowed texts is the column's own enumeration: the
  // type says so, and the domain's union type (e.g. PracticeStatus) fits it.
  const scalar =
    column.allowed?.length && base === 'string' ? column.allowed.map((value) => `'${value.replace(/'/g, "\\'")}'`).join(' | ') : base;
  const type = isArray ? (scalar.includes('|') ? `(${scalar})[]` : `${scalar}[]`) : scalar;
  if (!column.nullable) return type;
  return `${type} | null`;
}

/**
 * The allowed values of a single-column CHECK as PostgreSQL prints it, e.g.
 * `CHECK ((status = ANY (ARRAY['planned'::text, 'live'::text])))`; null for
 * any other kind of check.
 */
export function allowedValues(definition: string): { column: string; values: string[] } | null {
  const match = /^CHECK \(\(\(?(\w+)\)? = ANY \(\(?ARRAY\[(.*)\]\)?(?:::text\[\])?\)\)\)$/.exec(definition);
  if (!match) return null;
  const values = [...match[2].matchAll(/'((?:[^']|'')*)'::(?:text|character varying)/g)].map((m) => m[1].replace(/''/g, "'"));
  return values.length ? { column: match[1], values } : null;
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
