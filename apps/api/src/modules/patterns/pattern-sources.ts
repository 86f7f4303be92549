import { FINDING_TYPE_DIRECTION, PATTERN_SOURCE_RULES, PatternLevel, relativeTagsCount } from '@kring/domain';
import { AT_DUTCH_TIME } from '../../engine/dates/dutch-time.sql';
import { sqlLiteral } from '../../engine/database/utils/sql-literal';
import { scopesStand } from '../../engine/privacy/consent-scopes.sql';
import type { NetworkOthers } from '../../engine/privacy/network-others';

/** SQL: a beeld's finding type as the direction its value tags count in (FINDING_TYPE_DIRECTION, declared in the domain). */
const FINDING_DIRECTION = `CASE n.finding_type ${Object.entries(FINDING_TYPE_DIRECTION)
  .map(([type, direction]) => `WHEN '${type}' THEN '${direction}'`)
  .join(' ')} END`;

/**
 * SQL: whether the relative behind statement `ms` lets its value tags count on
 * this level (PATTERN_SOURCE_RULES.relatives, relativeTagsCount): every scope
 * the level needs stands, or nobody was named and taking part is all it needs.
 */
function relativeConsents(level: PatternLevel): string {
  return `(ms.participant_id IS NULL AND ${relativeTagsCount(level, null)}
    OR ${scopesStand('ms.participant_id', PATTERN_SOURCE_RULES[level].relatives)})`;
}

/**
 * The tags a pattern on this level is made of, as rows (day, item_id,
 * direction, organisation_id, team_id):
 * - value tags on contributions in reflection sessions (not cancelled ones);
 * - value tags on what relatives said in a mirror conversation, for the
 *   statements kept in its approved harvest, while the relative's consent
 *   covers the level (PATTERN_SOURCE_RULES);
 * - value tags on peer-visit observations (beelden) in a closed mirror
 *   report the host shared as widely as the level (PATTERN_SOURCE_RULES),
 *   counted for the host in the direction of their finding type
 *   (FINDING_TYPE_DIRECTION); a visit belongs to no team, and carries its
 *   visiting organisation (visitor_id), which wrote the beelden.
 * The day is the day of the session, conversation or visit, in the Netherlands.
 */
export function tagRows(level: PatternLevel): string {
  return `(
  SELECT to_char(rs.scheduled_at ${AT_DUTCH_TIME}, 'YYYY-MM-DD') AS day, st.item_id, st.direction, rs.organisation_id, rs.team_id,
    NULL::uuid AS visitor_id
  FROM session_tag st JOIN reflection_session rs ON rs.id = st.session_id
  WHERE rs.status <> 'cancelled'
  UNION ALL
  SELECT to_char(mc.scheduled_at ${AT_DUTCH_TIME}, 'YYYY-MM-DD'), tag->>'itemId', tag->>'direction', mc.organisation_id, mc.team_id, NULL::uuid
  FROM mirror_statement ms JOIN mirror_conversation mc ON mc.id = ms.conversation_id CROSS JOIN LATERAL jsonb_array_elements(ms.value_tags) tag
  WHERE ms.in_harvest AND mc.status = 'approved' AND ${relativeConsents(level)}
  UNION ALL
  SELECT to_char(v.visit_date, 'YYYY-MM-DD'), value_id, ${FINDING_DIRECTION}, v.organisation_id, NULL::uuid, v.visiting_organisation_id
  FROM peer_visit_note n JOIN peer_visit v ON v.id = n.visit_id CROSS JOIN LATERAL unnest(n.value_ids) value_id
  WHERE n.deleted_at IS NULL AND n.in_report AND v.report_status = 'closed' AND v.visit_date IS NOT NULL
    AND v.report_visibility::text = ANY(${sqlLiteral(PATTERN_SOURCE_RULES[level].visits)}::text[])
) tags`;
}

/** New practices as rows (day, what, organisation_id, team_id, visitor_id), by the day they were agreed. */
export const PRACTICE_ROWS = `(
  SELECT to_char(p.created_at ${AT_DUTCH_TIME}, 'YYYY-MM-DD') AS day, p.what, p.organisation_id, p.team_id, NULL::uuid AS visitor_id FROM practice p
) practices`;

/** Which rows a pattern covers, as a condition over tagRows or PRACTICE_ROWS with its parameters from $1. */
export interface PatternScope {
  where: string;
  params: unknown[];
}

export function organisationScope(organisationId: string, teamId: string | null): PatternScope {
  return { where: `organisation_id = $1 AND ($2::uuid IS NULL OR team_id = $2)`, params: [organisationId, teamId] };
}

/**
 * The network's organisations counted for the reader (NetworkOthers.counted: without their own), and no visit the
 * reader's own organisation made (NetworkOthers.own: they wrote its beelden), as visitOfOthers leaves out elsewhere.
 */
export function networkScope(others: Pick<NetworkOthers, 'counted' | 'own'>): PatternScope {
  return {
    where: `organisation_id = ANY($1::uuid[]) AND (visitor_id IS NULL OR NOT visitor_id = ANY($2::uuid[]))`,
    params: [others.counted, others.own],
  };
}
