import { classifyRuleChange, QuarterKey, quarterOf, RuleQuarter, TagCount } from '@kring/domain';

/** The vulnerability whose tags feed the "new internal systems" signal directly. */
const INTERNAL_SYSTEMS_RISK = 'new_internal_systems';

/** A practice as the signal reads it: the day it was agreed (YYYY-MM-DD, Dutch time) and what it says. */
export interface AgreedPractice {
  day: string;
  what: string;
}

/**
 * What the "new internal systems" signal reads per quarter, in the order of
 * `quarters`: the rules added and dropped by the practices agreed in it, and
 * how many times the risk itself was tagged as under pressure. Practices and
 * tags outside the quarters count nowhere.
 */
export function ruleQuarters(
  quarters: readonly QuarterKey[],
  practices: readonly AgreedPractice[],
  tags: readonly TagCount[],
): RuleQuarter[] {
  return quarters.map((quarter) => {
    const changes = practices.filter((p) => quarterOf(p.day) === quarter).map((p) => classifyRuleChange(p.what));
    return {
      quarter,
      addsRule: changes.filter((c) => c === 'adds_rule').length,
      dropsRule: changes.filter((c) => c === 'drops_rule').length,
      riskTaggedUnderPressure: tags
        .filter((t) => t.itemId === INTERNAL_SYSTEMS_RISK && t.direction === 'under_pressure' && quarterOf(t.day) === quarter)
        .reduce((sum, t) => sum + t.count, 0),
    };
  });
}
