import { QuarterKey, RuleQuarter, TagCount } from '@kring/domain';
import { AgreedPractice, ruleQuarters } from '../rule-quarters';

const QUARTERS = ['2025-Q4', '2026-Q1'] as QuarterKey[];

function tag(day: string, fields: Partial<TagCount> = {}): TagCount {
  return { day, itemId: 'new_internal_systems', direction: 'under_pressure', count: 1, groupId: 'org-a', ...fields };
}

/** A quarter in which nothing counts. */
const nothingIn = (quarter: QuarterKey): RuleQuarter => ({ quarter, addsRule: 0, dropsRule: 0, riskTaggedUnderPressure: 0 });

const ADDS = 'We maken een lijst voor het avondeten';
const DROPS = 'We schaffen het afvinkformulier af';
const NEITHER = 'Samen koffie drinken na de dienst';

describe('ruleQuarters', () => {
  it.each([
    {
      what: 'no practices and no tags: every quarter at zero, in the order given',
      practices: [],
      tags: [],
      result: QUARTERS.map(nothingIn),
    },
    {
      what: 'added, dropped and neither, each in its quarter; 31 December and 1 January are different years',
      practices: [
        { day: '2025-12-31', what: ADDS },
        { day: '2025-10-01', what: DROPS },
        { day: '2026-01-01', what: ADDS },
        { day: '2026-03-31', what: NEITHER },
      ],
      tags: [],
      result: [
        { quarter: '2025-Q4', addsRule: 1, dropsRule: 1, riskTaggedUnderPressure: 0 },
        { quarter: '2026-Q1', addsRule: 1, dropsRule: 0, riskTaggedUnderPressure: 0 },
      ],
    },
    {
      what: 'practices outside the quarters count nowhere',
      practices: [
        { day: '2025-09-30', what: ADDS },
        { day: '2026-04-01', what: DROPS },
      ],
      tags: [],
      result: QUARTERS.map(nothingIn),
    },
    {
      what: 'risk tags: the counts summed per quarter, only the risk itself and only under pressure',
      practices: [],
      tags: [
        tag('2025-11-15', { count: 3 }),
        tag('2025-12-31', { count: 2, groupId: 'org-b' }),
        tag('2026-01-01', { count: 1 }),
        tag('2026-02-01', { direction: 'visible_strength', count: 7 }),
        tag('2026-02-01', { itemId: 'feeling_at_home', count: 7 }),
        tag('2026-04-01', { count: 9 }),
      ],
      result: [
        { quarter: '2025-Q4', addsRule: 0, dropsRule: 0, riskTaggedUnderPressure: 5 },
        { quarter: '2026-Q1', addsRule: 0, dropsRule: 0, riskTaggedUnderPressure: 1 },
      ],
    },
    { what: 'no quarters asked for', practices: [{ day: '2026-01-01', what: ADDS }], tags: [tag('2026-01-01')], quarters: [], result: [] },
  ] as { what: string; practices: AgreedPractice[]; tags: TagCount[]; quarters?: QuarterKey[]; result: RuleQuarter[] }[])(
    '$what',
    ({ practices, tags, quarters, result }) => {
      expect(ruleQuarters(quarters ?? QUARTERS, practices, tags)).toEqual(result);
    },
  );
});
