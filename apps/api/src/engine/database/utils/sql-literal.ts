import { escapeLiteral } from 'pg';
import { prepareValue } from 'pg/lib/utils';

/**
 * A parameter value written into a statement's text, as the literal of what
 * node-pg would have sent as that parameter: the same conversion (arrays,
 * dates, JSON), then quoted; PostgreSQL then reads it as the parameter's type.
 */
export function sqlLiteral(value: unknown): string {
  const text = prepareValue(value);
  if (text === null) return 'NULL';
  return escapeLiteral(Buffer.isBuffer(text) ? `\\x${text.toString('hex')}` : text);
}
