import { fieldMessage } from '@kring/domain';
import { auditRangeProblem } from '../audit-range';

describe('auditRangeProblem', () => {
  it.each<[string, string, string, boolean]>([
    ['no days', '', '', false],
    ['only a start', '2026-03-01', '', false],
    ['only an end', '', '2026-03-01', false],
    ['one day', '2026-03-01', '2026-03-01', false],
    ['end after start', '2026-03-01', '2026-04-01', false],
    ['end before start', '2026-12-31', '2026-01-01', true],
    ['end a day before start, across a year', '2027-01-01', '2026-12-31', true],
  ])('%s', (_, from, until, refused) => {
    expect(auditRangeProblem(from, until)).toEqual(refused ? { field: 'until', rule: 'notBefore', value: from } : undefined);
  });

  it('reads as the shared message beside "Tot en met"', () => {
    expect(fieldMessage(auditRangeProblem('2026-12-31', '2026-01-01')!, 'nl')).toBe('Tot en met mag niet vóór 31 december 2026 liggen');
  });
});
