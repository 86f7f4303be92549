import { buildHeatMap, TagCount } from './heat-map';

const tag = (day: string, itemId: string, direction: TagCount['direction'], count: number, groupId = 'org-a'): TagCount => ({
  day,
  itemId,
  direction,
  count,
  groupId,
});

describe('the values heat map', () => {
  const quarters = ['2026-Q1', '2026-Q2'] as const;

  it('counts per quarter, core value and direction, with sub-values, factors and vulnerabilities under their value', () => {
    const map = buildHeatMap(
      [
        tag('2026-01-05', 'feeling_at_home', 'visible_strength', 3),
        tag('2026-02-20', 'being_oneself', 'visible_strength', 2),
        tag('2026-03-01', 'new_internal_systems', 'under_pressure', 6),
        tag('2026-05-01', 'feeling_at_home', 'open_question', 5),
      ],
      { quarters: [...quarters] },
    );
    const home = map.rows.find((r) => r.valueId === 'feeling_at_home')!;
    // Zero is suppressed like one to four: a "0" next to "fewer than 5" would tell the others apart.
    expect(home.cells[0]).toEqual({ visible_strength: 5, under_pressure: 6, open_question: null });
    expect(home.cells[1]).toEqual({ visible_strength: null, under_pressure: null, open_question: 5 });
    expect(map.rows).toHaveLength(6);
    expect(map.columns).toEqual([
      { quarter: '2026-Q1', suppressed: false },
      { quarter: '2026-Q2', suppressed: false },
    ]);
  });

  it('never adds directions together into a total', () => {
    const map = buildHeatMap(
      [tag('2026-01-05', 'being_together', 'visible_strength', 5), tag('2026-01-06', 'being_together', 'under_pressure', 5)],
      { quarters: [...quarters] },
    );
    expect(Object.keys(map.rows.find((r) => r.valueId === 'being_together')!.cells[0]).sort()).toEqual([
      'open_question',
      'under_pressure',
      'visible_strength',
    ]);
  });

  it('suppresses cells of fewer than five tags', () => {
    const map = buildHeatMap([tag('2026-01-05', 'steering_together', 'under_pressure', 4)], { quarters: [...quarters] });
    expect(map.rows.find((r) => r.valueId === 'steering_together')!.cells[0].under_pressure).toBeNull();
  });

  it('leaves out tags outside the shown quarters and unknown items', () => {
    const map = buildHeatMap(
      [tag('2025-12-31', 'feeling_at_home', 'visible_strength', 9), tag('2026-01-02', 'no_such_item', 'visible_strength', 9)],
      { quarters: [...quarters] },
    );
    expect(map.rows.every((r) => r.cells.every((c) => c.visible_strength === null))).toBe(true);
  });

  it('in the network, suppresses a quarter in which fewer than five organisations tagged', () => {
    const four = ['a', 'b', 'c', 'd'].map((org) => tag('2026-01-10', 'being_a_person', 'visible_strength', 5, org));
    const five = ['a', 'b', 'c', 'd', 'e'].map((org) => tag('2026-04-10', 'being_a_person', 'visible_strength', 5, org));
    const map = buildHeatMap([...four, ...five], { quarters: [...quarters], network: true });
    expect(map.columns.map((c) => c.suppressed)).toEqual([true, false]);
    const person = map.rows.find((r) => r.valueId === 'being_a_person')!;
    expect(person.cells[0]).toEqual({ visible_strength: null, under_pressure: null, open_question: null });
    expect(person.cells[1].visible_strength).toBe(25);
  });
});
