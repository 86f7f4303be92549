import { isUniqueViolation } from '../unique-violation';

const pgError = { code: '23505', table: 'membership', constraint: 'membership_uq' };

describe('isUniqueViolation', () => {
  it.each([
    ['node-pg’s error', pgError, {}, true],
    ['TypeORM’s error around it', { message: 'duplicate key', driverError: pgError }, {}, true],
    ['on the table asked for', pgError, { table: 'membership' }, true],
    ['on another table', pgError, { table: 'session_entry' }, false],
    ['on the index asked for', pgError, { constraint: 'membership_uq' }, true],
    ['on another index', pgError, { constraint: 'person_email_uq' }, false],
    ['on table and index both', pgError, { table: 'membership', constraint: 'membership_uq' }, true],
    ['another error (a foreign key)', { ...pgError, code: '23503' }, {}, false],
    ['no database error at all', new Error('boom'), {}, false],
    ['nothing', undefined, {}, false],
    ['null', null, {}, false],
  ])('%s', (_label, error, on, expected) => {
    expect(isUniqueViolation(error, on)).toBe(expected);
  });
});
