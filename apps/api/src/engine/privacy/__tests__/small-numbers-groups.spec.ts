import 'reflect-metadata';
import { ObjectType } from '@nestjs/graphql';
import { hiddenWhy, SuppressedNumber, SuppressedParts, withGroupsApplied } from '../small-numbers.decorators';

/**
 * A group as a DTO declares it, applied to what a service returned: the same copy
 * serves GraphQL's field middleware and the exports. No schema in the DTOs has a
 * list of plain counts with a total yet, so that form of the declaration is
 * proved here, next to the list of objects that NetworkYearOverview uses.
 */
@ObjectType('GroupSpecPart')
class PartDto {
  @SuppressedNumber({ grouped: true }) count: number | null;
}

@ObjectType('GroupSpecTable')
class TableDto {
  @SuppressedNumber({ grouped: true }) total: number | null;
  @SuppressedParts(() => [PartDto], { total: 'total', number: 'count' }) parts: PartDto[];
  @SuppressedNumber({ grouped: true }) perQuarterTotal: number | null;
  @SuppressedNumber({ list: true, total: 'perQuarterTotal' }) perQuarter: (number | null)[];
  @SuppressedParts(() => [PartDto], { standalone: 'no total beside them' }) alone: PartDto[];
}

describe('a group declared on a DTO', () => {
  const source = {
    total: 24,
    parts: [{ count: 12 }, { count: 3 }, { count: 9 }],
    perQuarterTotal: 38,
    perQuarter: [3, 5, 30],
    alone: [{ count: 3 }, { count: 9 }],
  };
  const applied = withGroupsApplied(TableDto.prototype, source);

  it('hides the smallest other part of a list of objects with the one under 5, and keeps the total', () => {
    expect(applied.total).toBe(24);
    expect(hiddenWhy(applied, 'total')).toBeNull();
    // The 3 stays for its own field to suppress ("minder dan 5"); the 9 goes as a complement ("verborgen").
    expect(applied.parts).toEqual([{ count: 12 }, { count: 3 }, { count: null, countHidden: 'complement' }]);
    expect((applied.parts as Record<string, unknown>[]).map((p) => hiddenWhy(p, 'count'))).toEqual([null, 'fewer', 'complement']);
  });

  it('hides the total of a list of counts when one more part would not do (38 − 30 − 5 leaves at most 3)', () => {
    expect(applied.perQuarter).toEqual([3, 5, 30]);
    expect(hiddenWhy(applied, 'perQuarter')).toEqual(['fewer', null, null]);
    expect(applied.perQuarterTotal).toBeNull();
    expect(hiddenWhy(applied, 'perQuarterTotal')).toBe('complement');
  });

  it('leaves a standalone list and the service’s own object as they were', () => {
    expect(applied.alone).toBe(source.alone);
    expect(source.parts[2]).toEqual({ count: 9 });
    expect(withGroupsApplied(TableDto.prototype, source)).toBe(applied);
  });

  it('refuses a standalone list without a reason and a group of objects without its counted field', () => {
    expect(() => SuppressedParts(() => [PartDto], { standalone: ' ' })(TableDto.prototype, 'other')).toThrow(/says why/);
    expect(() => SuppressedParts(() => [PartDto], { total: 'total' })).toThrow(/counted field/);
  });
});
