import { LocalizedText } from '../values/localized-text';
import { monthsBetween } from './calendar';
import { explainGroup, explainUnmatched, PairHistory } from './matching-explanation';

/**
 * Matching a round of peer visits in a learning network (domain guide §6.1):
 * reciprocal pairs, or triads when the numbers ask for it, never an
 * organisation with itself, preferring partners who have not met in the
 * last N months, and every organisation hosting exactly once and visiting
 * exactly once per round, so visits given and received stay in balance.
 * A pure function: same input, same proposal.
 */
export interface MatchingOrganisation {
  readonly id: string;
  readonly name: string;
}

/** A visit that took place or is planned: it counts as "having met". */
export interface PastVisit {
  readonly hostId: string;
  readonly visitorId: string;
  /** YYYY-MM-DD */
  readonly date: string;
}

export interface MatchingInput {
  readonly organisations: readonly MatchingOrganisation[];
  readonly history: readonly PastVisit[];
  /** YYYY-MM-DD; "recent" is measured back from here. */
  readonly today: string;
  readonly monthsWithoutRepeat: number;
  /** Organisations that must not be grouped together this round (e.g. a declined proposal). */
  readonly avoid?: readonly (readonly [string, string])[];
}

export interface VisitGroup {
  /** Each organisation visits the next, and the last visits the first: a pair visits both ways, a triad goes round. */
  readonly organisationIds: readonly string[];
  readonly explanation: LocalizedText;
}

export interface MatchingResult {
  readonly groups: readonly VisitGroup[];
  readonly unmatched: readonly { readonly organisationId: string; readonly explanation: LocalizedText }[];
}

/** Above this many organisations the exact search is too slow; a greedy start with swaps takes over. */
export const EXACT_MATCHING_LIMIT = 16;

const RECENT = 1_000;
const EARLIER = 10;
const TRIAD = 1;
const LEFT_OUT = 1_000_000;

interface Model {
  ids: string[];
  names: Map<string, string>;
  cost: number[][];
  leftOut: number[];
  history: (a: number, b: number) => PairHistory;
}

function model(input: MatchingInput): Model {
  const unique = new Map(input.organisations.map((o) => [o.id, o]));
  const ids = [...unique.keys()].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const n = ids.length;
  const met: { date: string }[][][] = ids.map(() => ids.map(() => []));
  const visits = new Array<number>(n).fill(0);
  for (const v of input.history) {
    const a = index.get(v.hostId);
    const b = index.get(v.visitorId);
    if (a === undefined || b === undefined || a === b) continue;
    met[a][b].push(v);
    met[b][a].push(v);
    if (monthsBetween(v.date, input.today) < input.monthsWithoutRepeat) {
      visits[a] += 1;
      visits[b] += 1;
    }
  }
  const avoided = new Set((input.avoid ?? []).map(([a, b]) => [a, b].sort().join('|')));
  const history = (a: number, b: number): PairHistory => {
    const dates = met[a][b].map((v) => v.date).sort();
    const last = dates[dates.length - 1] ?? null;
    const monthsAgo = last === null ? null : monthsBetween(last, input.today);
    return { times: dates.length, monthsAgo, recent: monthsAgo !== null && monthsAgo < input.monthsWithoutRepeat };
  };
  const cost = ids.map((a, i) =>
    ids.map((b, j) => {
      if (i === j || avoided.has([a, b].sort().join('|'))) return Infinity;
      const h = history(i, j);
      const recentTimes = met[i][j].filter((v) => monthsBetween(v.date, input.today) < input.monthsWithoutRepeat).length;
      return recentTimes * RECENT + (h.times - recentTimes) * EARLIER;
    }),
  );
  // Whoever must sit out a round should be the one who took part most lately.
  const leftOut = visits.map((count) => LEFT_OUT - count);
  return { ids, names: new Map(ids.map((id) => [id, unique.get(id)!.name])), cost, leftOut, history };
}

type Group = number[];

function groupCost(m: Model, g: Group): number {
  if (g.length === 1) return m.leftOut[g[0]];
  if (g.length === 2) return m.cost[g[0]][g[1]];
  return m.cost[g[0]][g[1]] + m.cost[g[1]][g[2]] + m.cost[g[0]][g[2]] + TRIAD;
}

const total = (m: Model, groups: Group[]) => groups.reduce((sum, g) => sum + groupCost(m, g), 0);

/** Exact: the cheapest split of everyone into pairs, triads and (only when unavoidable) singles. */
function exact(m: Model): Group[] {
  const memo = new Map<number, { cost: number; groups: Group[] }>();
  const solve = (mask: number): { cost: number; groups: Group[] } => {
    if (mask === 0) return { cost: 0, groups: [] };
    const known = memo.get(mask);
    if (known) return known;
    const i = 31 - Math.clz32(mask & -mask);
    const rest = mask & ~(1 << i);
    let best = { cost: Infinity, groups: [] as Group[] };
    const consider = (group: Group, remaining: number) => {
      const own = groupCost(m, group);
      if (own === Infinity) return;
      const sub = solve(remaining);
      if (own + sub.cost < best.cost) best = { cost: own + sub.cost, groups: [group, ...sub.groups] };
    };
    consider([i], rest);
    for (let j = i + 1; j < m.ids.length; j++) {
      if (!(rest & (1 << j))) continue;
      consider([i, j], rest & ~(1 << j));
      for (let k = j + 1; k < m.ids.length; k++) {
        if (rest & (1 << k)) consider([i, j, k], rest & ~(1 << j) & ~(1 << k));
      }
    }
    memo.set(mask, best);
    return best;
  };
  return solve((1 << m.ids.length) - 1).groups;
}

/**
 * For large networks: the most constrained organisation picks its cheapest
 * partner first; an odd one out joins the cheapest pair; then members are
 * swapped between groups while that lowers the total.
 */
function greedy(m: Model): Group[] {
  const n = m.ids.length;
  const options = (i: number) => m.cost[i].filter((c) => c < RECENT).length;
  const order = [...Array(n).keys()].sort((a, b) => options(a) - options(b) || a - b);
  const free = new Set(order);
  const groups: Group[] = [];
  for (const i of order) {
    if (!free.has(i)) continue;
    free.delete(i);
    let partner = -1;
    for (const j of free) if (m.cost[i][j] < (partner < 0 ? Infinity : m.cost[i][partner])) partner = j;
    if (partner < 0) groups.push([i]);
    else {
      free.delete(partner);
      groups.push([i, partner]);
    }
  }
  // A single joins the pair where it adds least, when that beats sitting out.
  for (const single of groups.filter((g) => g.length === 1)) {
    const extra = (g: Group) => groupCost(m, [...g, single[0]]) - groupCost(m, g);
    const [host] = groups.filter((g) => g.length === 2).sort((a, b) => extra(a) - extra(b));
    if (host && extra(host) < m.leftOut[single[0]]) host.push(single.pop()!);
  }
  const result = groups.filter((g) => g.length > 0);
  for (let improved = true; improved;) {
    improved = false;
    for (let a = 0; a < result.length; a++) {
      for (let b = a + 1; b < result.length; b++) {
        for (let x = 0; x < result[a].length; x++) {
          for (let y = 0; y < result[b].length; y++) {
            const before = groupCost(m, result[a]) + groupCost(m, result[b]);
            const ga = [...result[a]];
            const gb = [...result[b]];
            [ga[x], gb[y]] = [gb[y], ga[x]];
            if (groupCost(m, ga) + groupCost(m, gb) < before) {
              result[a] = ga;
              result[b] = gb;
              improved = true;
            }
          }
        }
      }
    }
  }
  return result;
}

export function proposeVisitGroups(input: MatchingInput): MatchingResult {
  const m = model(input);
  const groups = m.ids.length <= EXACT_MATCHING_LIMIT ? exact(m) : greedy(m);
  const count = m.ids.length;
  const name = (i: number) => m.names.get(m.ids[i])!;
  return {
    groups: groups
      .filter((g) => g.length > 1)
      .map((g) => ({
        organisationIds: g.map((i) => m.ids[i]),
        explanation: explainGroup({
          names: g.map(name),
          pairs: g
            .map((i, p) => ({ a: name(i), b: name(g[(p + 1) % g.length]), history: m.history(i, g[(p + 1) % g.length]) }))
            .slice(0, g.length === 2 ? 1 : 3),
          participants: count,
          monthsWithoutRepeat: input.monthsWithoutRepeat,
        }),
      })),
    unmatched: groups
      .filter((g) => g.length === 1)
      .map(([i]) => ({ organisationId: m.ids[i], explanation: explainUnmatched(name(i), count) })),
  };
}

/** Every visit a group implies: each member hosts the previous one (host, visitor). */
export function visitsOfGroup(organisationIds: readonly string[]): { hostId: string; visitorId: string }[] {
  return organisationIds.map((visitorId, p) => ({ visitorId, hostId: organisationIds[(p + 1) % organisationIds.length] }));
}

/** For tests and diagnostics: the cost the matcher minimises for a grouping. */
export function groupingCost(input: MatchingInput, groups: readonly (readonly string[])[]): number {
  const m = model(input);
  const index = new Map(m.ids.map((id, i) => [id, i]));
  return total(
    m,
    groups.map((g) => g.map((id) => index.get(id)!)),
  );
}
