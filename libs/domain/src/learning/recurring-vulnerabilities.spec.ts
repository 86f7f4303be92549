import { TagCount } from './heat-map';
import { vulnerabilityPatterns } from './recurring-vulnerabilities';

const tag = (day: string, itemId: string, direction: TagCount['direction'], count = 1): TagCount => ({
  day,
  itemId,
  direction,
  count,
  groupId: 'org',
});

describe('recurring vulnerabilities', () => {
  const shown = ['2026-Q1', '2026-Q2', '2026-Q3'] as const;

  it('finds vulnerabilities that come back in two quarters or more, those most often first', () => {
    const patterns = vulnerabilityPatterns(
      [
        tag('2026-01-10', 'continuity_concerns', 'under_pressure'),
        tag('2026-02-10', 'ill_fitting_rules', 'open_question', 3),
        tag('2026-05-10', 'ill_fitting_rules', 'under_pressure', 2),
        tag('2026-08-10', 'ill_fitting_rules', 'under_pressure'),
      ],
      [...shown],
    );
    expect(patterns.map((p) => [p.vulnerabilityId, p.quarters, p.recurring, p.count])).toEqual([
      ['ill_fitting_rules', ['2026-Q1', '2026-Q2', '2026-Q3'], true, 6],
      ['continuity_concerns', ['2026-Q1'], false, null],
    ]);
  });

  it('ignores values, strengths and quarters that are not shown', () => {
    const patterns = vulnerabilityPatterns(
      [
        tag('2026-01-10', 'feeling_at_home', 'under_pressure'),
        tag('2026-01-10', 'staying_small_scale', 'visible_strength'),
        tag('2025-11-10', 'staying_small_scale', 'under_pressure'),
      ],
      [...shown],
    );
    expect(patterns).toEqual([]);
  });
});
