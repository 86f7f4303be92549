import { monthsBetween } from './calendar';
import { EXACT_MATCHING_LIMIT, groupingCost, MatchingInput, PastVisit, proposeVisitGroups, visitsOfGroup } from './matching';

/**
 * Property tests on generated inputs: a small seeded generator (no extra
 * package), so every run checks the same few hundred networks and a failure
 * names the seed to replay.
 */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return { next, int, pick: <T>(items: readonly T[]) => items[int(0, items.length - 1)] };
}

const TODAY = '2026-03-15';

function dateMonthsAgo(months: number): string {
  const d = new Date(Date.UTC(2026, 2 - months, 10));
  return d.toISOString().slice(0, 10);
}

function generate(seed: number, sizes: [number, number], options: { avoid?: boolean } = {}): MatchingInput {
  const r = random(seed);
  const n = r.int(...sizes);
  const organisations = Array.from({ length: n }, (_, i) => ({ id: `org-${seed}-${i}`, name: `Huis ${i}` }));
  const history: PastVisit[] = [];
  for (let v = r.int(0, n * 2); v > 0 && n > 1; v--) {
    const a = r.pick(organisations).id;
    const b = r.pick(organisations).id;
    history.push({ hostId: a, visitorId: b, date: dateMonthsAgo(r.int(0, 40)) });
  }
  const avoid: [string, string][] = [];
  if (options.avoid) for (let k = r.int(0, n); k > 0 && n > 1; k--) avoid.push([r.pick(organisations).id, r.pick(organisations).id]);
  return { organisations, history, today: TODAY, monthsWithoutRepeat: r.pick([6, 12, 24]), avoid };
}

const SEEDS = Array.from({ length: 150 }, (_, i) => i + 1);

/** Every way to split ids into groups of one to three, for comparing with the optimum on small inputs. */
function partitions(ids: string[]): string[][][] {
  if (ids.length === 0) return [[]];
  const [first, ...rest] = ids;
  const result: string[][][] = [];
  for (const tail of partitions(rest)) result.push([[first], ...tail]);
  for (let j = 0; j < rest.length; j++) {
    const withoutJ = rest.filter((_, x) => x !== j);
    for (const tail of partitions(withoutJ)) result.push([[first, rest[j]], ...tail]);
    for (let k = j + 1; k < rest.length; k++) {
      const withoutJK = rest.filter((_, x) => x !== j && x !== k);
      for (const tail of partitions(withoutJK)) result.push([[first, rest[j], rest[k]], ...tail]);
    }
  }
  return result;
}

function recentlyMet(input: MatchingInput, a: string, b: string): boolean {
  return input.history.some(
    (v) =>
      ((v.hostId === a && v.visitorId === b) || (v.hostId === b && v.visitorId === a)) &&
      monthsBetween(v.date, input.today) < input.monthsWithoutRepeat,
  );
}

function pairsOf(group: readonly string[]): [string, string][] {
  return group.length === 2 ? [[group[0], group[1]]] : group.map((id, i) => [id, group[(i + 1) % group.length]] as [string, string]);
}

describe('matching a round of peer visits', () => {
  describe.each([
    ['the exact search', [0, EXACT_MATCHING_LIMIT] as [number, number]],
    ['the search for large networks', [EXACT_MATCHING_LIMIT + 1, 30] as [number, number]],
  ])('with %s', (_, sizes) => {
    it('never matches an organisation with itself, and places everyone exactly once', () => {
      for (const seed of SEEDS.slice(0, sizes[0] === 0 ? 150 : 40)) {
        const input = generate(seed, sizes, { avoid: true });
        const result = proposeVisitGroups(input);
        for (const group of result.groups)
          expect({ seed, distinct: new Set(group.organisationIds).size }).toEqual({ seed, distinct: group.organisationIds.length });
        const placed = [...result.groups.flatMap((g) => g.organisationIds), ...result.unmatched.map((u) => u.organisationId)].sort();
        expect({ seed, placed }).toEqual({ seed, placed: input.organisations.map((o) => o.id).sort() });
      }
    });

    it('is reciprocal: in every group each organisation hosts once and visits once', () => {
      for (const seed of SEEDS.slice(0, 40)) {
        const input = generate(seed, sizes, { avoid: true });
        for (const group of proposeVisitGroups(input).groups) {
          expect([2, 3]).toContain(group.organisationIds.length);
          const visits = visitsOfGroup(group.organisationIds);
          for (const id of group.organisationIds) {
            expect({
              seed,
              id,
              hosts: visits.filter((v) => v.hostId === id).length,
              visits: visits.filter((v) => v.visitorId === id).length,
            }).toEqual({ seed, id, hosts: 1, visits: 1 });
          }
          expect(visits.every((v) => v.hostId !== v.visitorId)).toBe(true);
        }
      }
    });

    it('never groups organisations that must be avoided, and leaves no one out when nothing is avoided', () => {
      for (const seed of SEEDS.slice(0, 40)) {
        const input = generate(seed, sizes, { avoid: true });
        const avoided = new Set(input.avoid!.map(([a, b]) => [a, b].sort().join('|')));
        for (const group of proposeVisitGroups(input).groups) {
          for (const [a, b] of pairsOf(group.organisationIds)) expect(avoided.has([a, b].sort().join('|'))).toBe(false);
        }
        const free = proposeVisitGroups({ ...input, avoid: [] });
        expect({ seed, unmatched: free.unmatched.length }).toEqual({ seed, unmatched: input.organisations.length === 1 ? 1 : 0 });
      }
    });

    it('explains every proposal, naming each organisation, in Dutch and English', () => {
      for (const seed of SEEDS.slice(0, 40)) {
        const input = generate(seed, sizes, { avoid: true });
        const names = new Map(input.organisations.map((o) => [o.id, o.name]));
        const result = proposeVisitGroups(input);
        for (const group of result.groups) {
          for (const id of group.organisationIds) {
            expect(group.explanation.nl).toContain(names.get(id));
            expect(group.explanation.en).toContain(names.get(id));
          }
        }
        for (const u of result.unmatched) expect(u.explanation.nl.length * u.explanation.en.length).toBeGreaterThan(0);
      }
    });
  });

  it('finds the best grouping: no repeat within N months when any grouping avoids one, pairs before triads', () => {
    for (const seed of SEEDS) {
      const input = generate(seed, [0, 7], { avoid: true });
      const result = proposeVisitGroups(input);
      const chosen = [...result.groups.map((g) => g.organisationIds), ...result.unmatched.map((u) => [u.organisationId])];
      const best = Math.min(...partitions(input.organisations.map((o) => o.id)).map((p) => groupingCost(input, p)));
      expect({ seed, cost: groupingCost(input, chosen) }).toEqual({ seed, cost: best });

      const freshExists = partitions(input.organisations.map((o) => o.id)).some(
        (p) =>
          p.every((g) => g.length > 1 || input.organisations.length < 2) &&
          p.every((g) =>
            pairsOf(g).every(
              ([a, b]) => !recentlyMet(input, a, b) && !input.avoid!.some(([x, y]) => (x === a && y === b) || (x === b && y === a)),
            ),
          ),
      );
      if (freshExists) {
        for (const g of result.groups)
          for (const [a, b] of pairsOf(g.organisationIds))
            expect({ seed, a, b, recent: recentlyMet(input, a, b) }).toEqual({ seed, a, b, recent: false });
      }
    }
  });

  it('stays fair over rounds: everyone hosts as often as they visit, and partners rotate', () => {
    for (const seed of SEEDS.slice(0, 30)) {
      const r = random(seed);
      const n = r.int(2, 12);
      const organisations = Array.from({ length: n }, (_, i) => ({ id: `o${i}`, name: `Huis ${i}` }));
      const history: PastVisit[] = [];
      const rounds = 6;
      for (let round = 0; round < rounds; round++) {
        const today = `2026-${String(round + 1).padStart(2, '0')}-15`;
        const result = proposeVisitGroups({ organisations, history, today, monthsWithoutRepeat: 12 });
        expect(result.unmatched).toEqual([]);
        for (const g of result.groups) for (const v of visitsOfGroup(g.organisationIds)) history.push({ ...v, date: today });
      }
      for (const o of organisations) {
        const hosted = history.filter((v) => v.hostId === o.id).length;
        const visited = history.filter((v) => v.visitorId === o.id).length;
        expect({ seed, o: o.id, hosted, visited }).toEqual({ seed, o: o.id, hosted: rounds, visited: rounds });
        const partners = new Set(
          history.filter((v) => v.hostId === o.id || v.visitorId === o.id).map((v) => (v.hostId === o.id ? v.visitorId : v.hostId)),
        );
        // Rotation: a new partner every round until everyone has met everyone.
        expect({ seed, o: o.id, enough: partners.size >= Math.min(n - 1, rounds) }).toEqual({ seed, o: o.id, enough: true });
      }
    }
  });

  it('prefers partners who have not met lately, and says so', () => {
    const organisations = ['a', 'b', 'c', 'd'].map((id) => ({ id, name: `Huis ${id.toUpperCase()}` }));
    const history = [
      { hostId: 'a', visitorId: 'b', date: '2025-11-01' },
      { hostId: 'b', visitorId: 'a', date: '2025-11-01' },
      { hostId: 'c', visitorId: 'd', date: '2025-12-01' },
      { hostId: 'a', visitorId: 'c', date: '2023-01-10' },
    ];
    const result = proposeVisitGroups({ organisations, history, today: TODAY, monthsWithoutRepeat: 12 });
    const groups = result.groups.map((g) => [...g.organisationIds].sort().join(''));
    expect(groups.sort()).toEqual(['ad', 'bc']);
    const ad = result.groups.find((g) => g.organisationIds.includes('a'))!;
    expect(ad.explanation.nl).toContain('Huis A en Huis D hebben elkaar nog niet eerder bezocht.');
  });

  it('makes one triad of an odd number, and says why', () => {
    const organisations = ['a', 'b', 'c'].map((id) => ({ id, name: `Huis ${id.toUpperCase()}` }));
    const result = proposeVisitGroups({ organisations, history: [], today: TODAY, monthsWithoutRepeat: 12 });
    expect(result.groups).toHaveLength(1);
    expect(result.groups[0].explanation.nl).toContain(
      'Een drietal: Huis A bezoekt Huis B, Huis B bezoekt Huis C en Huis C bezoekt Huis A.',
    );
    expect(result.groups[0].explanation.nl).toContain('een oneven aantal');
  });

  it('is quick enough for a large network', () => {
    const input = generate(7, [EXACT_MATCHING_LIMIT, EXACT_MATCHING_LIMIT]);
    const started = Date.now();
    proposeVisitGroups(input);
    proposeVisitGroups({ ...input, organisations: Array.from({ length: 60 }, (_, i) => ({ id: `x${i}`, name: `Huis ${i}` })) });
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
