import { sqlLiteral } from '../sql-literal';

describe('sqlLiteral', () => {
  it.each([
    ['null', null, 'NULL'],
    ['undefined', undefined, 'NULL'],
    ['a plain text', 'hallo', "'hallo'"],
    ['a quote is doubled', "Jan's dag", "'Jan''s dag'"],
    ['a backslash makes it an escape string', 'a\\b', " E'a\\\\b'"],
    ['a number', 42, "'42'"],
    ['a bigint', 12345678901234567890n, "'12345678901234567890'"],
    ['a boolean', true, "'true'"],
    ['a text array', ['a', 'b c', null], `'{"a","b c",NULL}'`],
    ['an array with a quote inside (escaped by a backslash)', ['x"y'], ` E'{"x\\\\"y"}'`],
    ['an object as JSON', { phase: 'ronde 1' }, `'{"phase":"ronde 1"}'`],
    ['a buffer as bytea hex', Buffer.from([1, 255]), " E'\\\\x01ff'"],
    ['no statement can be ended by a value', "'); DROP TABLE person; --", "'''); DROP TABLE person; --'"],
  ])('%s', (_label, value, literal) => {
    expect(sqlLiteral(value)).toBe(literal);
  });

  it('writes a date as node-pg sends it (local time with its offset)', () => {
    expect(sqlLiteral(new Date(Date.UTC(2026, 11, 4, 18, 0, 0)))).toMatch(/^'2026-12-04T\d\d:00:00\.000[+-]\d\d:\d\d'$/);
  });
});
