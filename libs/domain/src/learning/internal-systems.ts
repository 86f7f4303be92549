import { LocalizedText } from '../values/localized-text';
import { QuarterKey } from './quarters';
import { shownCount } from '../privacy/suppression';

/**
 * "Do not become a new internal system" (domain guide §2.3, the kwetsbaarheid
 * "risico op ontwikkelen nieuwe interne systemen"). Kring has no register of
 * rules, so the measure is read from what teams agree: the new practices. A
 * practice adds a rule when its text speaks of one (a rule, list, form,
 * protocol, fixed time, obligation or ban) and drops one when it also says the
 * rule goes (opheffen, afschaffen, loslaten, schrappen, stoppen met…). It is a
 * reading of words, not of intentions, and the page says so.
 */
const RULE_WORDS =
  /\b(regels?|regeltjes?|protocol\w*|formulier\w*|lijst\w*|checklist\w*|afvink\w*|registr\w*|rooster\w*|procedure\w*|verplicht\w*|voorschrift\w*|reglement\w*|vaste\s+tijd\w*|mag\s+niet|mogen\s+niet|niet\s+toegestaan|verbod\w*|verboden)\b/iu;
const DROP_WORDS =
  /\b(opheff\w*|opgeheven|heff\w*\s.*\bop|afschaff\w*|afgeschaft|schaff\w*\s.*\baf|schrap\w*|geschrapt|loslat\w*|losgelaten|laten\s.*\blos|stopp\w*\s+met|niet\s+meer\s+(nodig|verplicht)|weg\s+met)\b/iu;

/** The words Kring looks for, for the explanation on the patterns page. */
export const RULE_WORD_EXAMPLES: LocalizedText = {
  nl: 'regel, lijst, formulier, protocol, registreren, afvinken, rooster, vaste tijden, verplicht, mag niet, verboden',
  en: 'rule, list, form, protocol, register, tick off, schedule, fixed times, compulsory, not allowed, forbidden (in Dutch)',
};
export const RULE_DROP_EXAMPLES: LocalizedText = {
  nl: 'opheffen, afschaffen, schrappen, loslaten, stoppen met, niet meer nodig',
  en: 'lift, abolish, strike out, let go, stop doing, no longer needed (in Dutch)',
};

export type RuleChange = 'adds_rule' | 'drops_rule' | 'neither';

export function classifyRuleChange(text: string): RuleChange {
  if (!RULE_WORDS.test(text)) return 'neither';
  return DROP_WORDS.test(text) ? 'drops_rule' : 'adds_rule';
}

/** Rule changes agreed in one quarter, and how often the team tagged the risk itself as under pressure. */
export interface RuleQuarter {
  readonly quarter: QuarterKey;
  readonly addsRule: number;
  readonly dropsRule: number;
  readonly riskTaggedUnderPressure: number;
}

/** Quarters in a row with more rules added than dropped before the number of rules "keeps growing". */
export const GROWING_QUARTERS = 3;
/** Quarters (of those shown) in which the team tagged the risk as under pressure before that alone raises the signal. */
export const RISK_TAGGED_QUARTERS = 2;

export interface InternalSystemsSignal {
  /** Per quarter, the counts to show (null: fewer than five, suppressed). */
  readonly quarters: readonly { quarter: QuarterKey; addsRule: number | null; dropsRule: number | null }[];
  /** More rules added than dropped, GROWING_QUARTERS quarters in a row, ending in the latest or the one before (which is complete). */
  readonly rulesKeepGrowing: boolean;
  /** The team itself tagged "risico op nieuwe interne systemen" as under pressure in RISK_TAGGED_QUARTERS quarters or more. */
  readonly riskTagged: boolean;
  readonly raised: boolean;
}

function grewThrough(quarters: readonly RuleQuarter[], end: number): boolean {
  if (end + 1 < GROWING_QUARTERS) return false;
  return quarters.slice(end + 1 - GROWING_QUARTERS, end + 1).every((q) => q.addsRule > q.dropsRule);
}

/** The signal over quarters given oldest first (the heat map's columns). */
export function internalSystemsSignal(quarters: readonly RuleQuarter[]): InternalSystemsSignal {
  const last = quarters.length - 1;
  const rulesKeepGrowing = grewThrough(quarters, last) || grewThrough(quarters, last - 1);
  const riskTagged = quarters.filter((q) => q.riskTaggedUnderPressure > 0).length >= RISK_TAGGED_QUARTERS;
  return {
    quarters: quarters.map((q) => ({ quarter: q.quarter, addsRule: shownCount(q.addsRule), dropsRule: shownCount(q.dropsRule) })),
    rulesKeepGrowing,
    riskTagged,
    raised: rulesKeepGrowing || riskTagged,
  };
}
