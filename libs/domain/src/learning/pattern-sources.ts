import type { MirrorConsentScope } from '../mirror-conversations/consent';
import type { ReportVisibility } from '../peer-visits/types';

/** Whose patterns: one team, the whole organisation, or a learning network as one whole (without the reader's own). */
export const PATTERN_LEVELS = ['team', 'organisation', 'network'] as const;
export type PatternLevel = (typeof PATTERN_LEVELS)[number];

/**
 * What each level of patterns may count besides the team's own sessions, as
 * the people it came from decided (domain guide §8: nothing crosses to the
 * network except what its owner shared there). The API builds its counting
 * SQL from this table and the patterns page says it in words from the same
 * table, so the two cannot drift.
 * - relatives: the consent scopes that must all stand for the value tags on
 *   what a relative said to count. Outside the organisation that is consent to
 *   share in the learning network ("Andere zorgplekken mogen leren van wat wij
 *   zeggen"), even as a count.
 * - visits: the mirror-report visibilities, chosen by the host, under which
 *   the value tags of a visit's beelden count. A visit belongs to no team.
 */
export const PATTERN_SOURCE_RULES: Readonly<
  Record<PatternLevel, { relatives: readonly MirrorConsentScope[]; visits: readonly ReportVisibility[] }>
> = {
  team: { relatives: ['take_part'], visits: [] },
  organisation: { relatives: ['take_part'], visits: ['organisation', 'network'] },
  network: { relatives: ['take_part', 'share_in_network'], visits: ['network'] },
};

/**
 * Whether the value tags on one relative's statement count on this level.
 * `null`: a statement the moderator did not attribute to anyone. It was said
 * in the conversation, so it counts where taking part is all that is needed;
 * where more is needed, nobody's consent can say yes to it.
 */
export function relativeTagsCount(level: PatternLevel, activeScopes: readonly MirrorConsentScope[] | null): boolean {
  const needed = PATTERN_SOURCE_RULES[level].relatives;
  if (activeScopes === null) return needed.every((scope) => scope === 'take_part');
  return needed.every((scope) => activeScopes.includes(scope));
}
