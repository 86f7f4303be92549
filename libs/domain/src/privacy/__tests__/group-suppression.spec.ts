import { GroupCellHiding, hideInGroup } from '../group-suppression';
import { MIN_GROUP_SIZE, shownCount } from '../suppression';

/** What a reader computes from what is shown: total minus the visible parts, and every split of it over the hidden cells. */
function possibleValues(parts: readonly number[], total: number, hiding: { parts: readonly GroupCellHiding[]; total: GroupCellHiding }) {
  const shownParts = parts.filter((_, i) => hiding.parts[i] === 'shown');
  const hidden = total - shownParts.reduce((sum, p) => sum + p, 0);
  const complementMax = shownParts.length ? Math.min(...shownParts) : total;
  const ranges = hiding.parts.map((h) =>
    h === 'fewer' ? [1, MIN_GROUP_SIZE - 1] : h === 'complement' ? [MIN_GROUP_SIZE, complementMax] : null,
  );
  const cells = ranges.flatMap((r, i) => (r ? [{ i, r }] : []));
  const seen = new Map<number, Set<number>>(cells.map((c) => [c.i, new Set<number>()]));
  // Every way to fill the hidden cells within what the reader knows of them that adds up to what subtraction gives.
  const fill = (k: number, left: number, chosen: number[]) => {
    if (k === cells.length) {
      if (left === 0) chosen.forEach((v, n) => seen.get(cells[n].i)!.add(v));
      return;
    }
    for (let v = cells[k].r[0]; v <= Math.min(cells[k].r[1], left); v++) fill(k + 1, left - v, [...chosen, v]);
  };
  fill(0, hidden, []);
  return seen;
}

describe('hiding a group of counts shown with their total', () => {
  it.each<[string, number[], number, GroupCellHiding[], GroupCellHiding]>([
    // [case, parts, total, parts hidden as, total hidden as]
    ['nothing under 5: everything shown', [12, 7, 5], 24, ['shown', 'shown', 'shown'], 'shown'],
    ['no parts', [], 9, [], 'shown'],
    ['a total under 5: every part is under 5 too', [3, 1], 4, ['fewer', 'fewer'], 'fewer'],
    ['one part of 3: the smallest other part goes with it', [12, 3, 9], 24, ['shown', 'fewer', 'complement'], 'shown'],
    [
      'two small parts: one large one still needed (7 over two cells of at most 4 gives 3–4)',
      [3, 4, 30, 40],
      77,
      ['fewer', 'fewer', 'complement', 'shown'],
      'shown',
    ],
    ['the other part is only 5: 8 − 5 would leave at most 3, so the total goes', [3, 5, 30], 38, ['fewer', 'shown', 'shown'], 'complement'],
    [
      'equal parts: hiding one 12 while the other shows says it is at most 12, which leaves the 3 at least 3, so the total goes',
      [3, 12, 12, 30],
      57,
      ['fewer', 'shown', 'shown', 'shown'],
      'complement',
    ],
    ['two parts: both hidden, the total stays (1–4 and 11–14 both fit 15)', [3, 12], 15, ['fewer', 'complement'], 'shown'],
    ['empty rows of a fixed list', [0, 0, 12], 12, ['fewer', 'fewer', 'complement'], 'shown'],
    [
      'a part already hidden before (its value unknown): the total goes',
      [null as unknown as number, 20],
      22,
      ['fewer', 'shown'],
      'complement',
    ],
  ])('%s', (_case, parts, total, expectedParts, expectedTotal) => {
    const hiding = hideInGroup(parts, total);
    expect(hiding.parts).toEqual(expectedParts);
    expect(hiding.total).toBe(expectedTotal);
  });

  it('before: hiding only the part under 5 gives it back by subtraction (24 − 12 − 9 = 3)', () => {
    const parts = [12, 3, 9];
    const shown = parts.map(shownCount);
    expect(shown).toEqual([12, null, 9]);
    expect(24 - shown.reduce<number>((sum, p) => sum + (p ?? 0), 0)).toBe(3);
  });

  // Every group of up to three parts of 0–14 (with their true total): whatever is left shown, a reader who knows the
  // rule cannot narrow a part marked "minder dan 5" below 1–4 by any subtraction.
  it('never lets a subtraction narrow a hidden small part, for every group of up to three parts of 0–14', () => {
    const narrowed: string[] = [];
    const groups: number[][] = [[]];
    for (let size = 1; size <= 3; size++)
      for (const g of groups.filter((x) => x.length === size - 1)) for (let v = 0; v <= 14; v++) groups.push([...g, v]);
    for (const parts of groups) {
      const total = parts.reduce((sum, p) => sum + p, 0);
      const hiding = hideInGroup(parts, total);
      if (hiding.total !== 'shown') continue;
      const values = possibleValues(parts, total, hiding);
      hiding.parts.forEach((h, i) => {
        if (h === 'shown') expect(parts[i]).toBeGreaterThanOrEqual(MIN_GROUP_SIZE);
        if (h === 'fewer' && [...values.get(i)!].sort().join() !== '1,2,3,4') narrowed.push(`${parts.join('+')}=${total}: part ${i}`);
      });
    }
    expect(groups.length).toBeGreaterThan(3000);
    expect(narrowed).toEqual([]);
  });
});
