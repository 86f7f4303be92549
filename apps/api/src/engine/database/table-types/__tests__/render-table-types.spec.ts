import { allowedValues, columnType, renderTableTypes, rowTypeName } from '../render-table-types';

describe('columnType', () => {
  it.each([
    ['uuid', false, 'string'],
    ['text', true, 'string | null'],
    ['int4', false, 'number'],
    ['int8', false, 'string'],
    ['bool', true, 'boolean | null'],
    ['timestamptz', false, 'Date'],
    ['date', true, 'Date | null'],
    ['jsonb', false, 'unknown'],
    ['_text', false, 'string[]'],
    ['_uuid', true, 'string[] | null'],
    ['bytea', false, 'Buffer'],
  ])('%s (nullable %s) → %s', (udtName, nullable, expected) => {
    expect(columnType({ udtName, nullable })).toBe(expected);
  });

  it.each([
    [{ udtName: 'text', nullable: false, allowed: ['planned', 'live'] }, "'planned' | 'live'"],
    [{ udtName: 'text', nullable: true, allowed: ['open'] }, "'open' | null"],
    [{ udtName: '_text', nullable: false, allowed: ['a', 'b'] }, "('a' | 'b')[]"],
    [{ udtName: 'text', nullable: false, allowed: ["it's"] }, "'it\\'s'"],
  ])('a CHECK list becomes a union: %j → %s', (column, expected) => {
    expect(columnType(column)).toBe(expected);
  });

  it('refuses a type it does not know instead of guessing', () => {
    expect(() => columnType({ udtName: 'geometry', nullable: false })).toThrow(/geometry/);
  });
});

describe('allowedValues', () => {
  it.each([
    [
      "CHECK ((status = ANY (ARRAY['planned'::text, 'live'::text, 'closed'::text])))",
      { column: 'status', values: ['planned', 'live', 'closed'] },
    ],
    ["CHECK ((form = ANY (ARRAY['standard'::text, 'easy_read'::text])))", { column: 'form', values: ['standard', 'easy_read'] }],
    ["CHECK ((kind = ANY (ARRAY['o''brien'::text])))", { column: 'kind', values: ["o'brien"] }],
    ['CHECK ((length(body) <= 4000))', null],
    ['CHECK ((duration_minutes > 0))', null],
  ])('%s', (definition, expected) => expect(allowedValues(definition)).toEqual(expected));
});

describe('rowTypeName', () => {
  it.each([
    ['person', 'PersonRow'],
    ['peer_visit_note', 'PeerVisitNoteRow'],
    ['auth_session', 'AuthSessionRow'],
  ])('%s → %s', (table, expected) => expect(rowTypeName(table)).toBe(expected));
});

describe('renderTableTypes', () => {
  it('writes one interface per table in column order and a map sorted by table', () => {
    const source = renderTableTypes([
      { table: 'team', column: 'id', udtName: 'uuid', nullable: false },
      { table: 'team', column: 'name', udtName: 'text', nullable: false },
      { table: 'person', column: 'id', udtName: 'uuid', nullable: false },
      { table: 'person', column: 'retired_at', udtName: 'timestamptz', nullable: true },
    ]);
    expect(source).toContain('export interface PersonRow {\n  id: string;\n  retired_at: Date | null;\n}');
    expect(source).toContain('export interface TeamRow {\n  id: string;\n  name: string;\n}');
    expect(source.indexOf('PersonRow {')).toBeLessThan(source.indexOf('TeamRow {'));
    expect(source).toContain('export interface Tables {\n  person: PersonRow;\n  team: TeamRow;\n}');
  });
});
