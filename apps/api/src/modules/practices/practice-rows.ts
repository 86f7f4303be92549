import { PracticeSource, PracticeStatus } from '@kring/domain';
import { AT_DUTCH_TIME } from '../../engine/dates/dutch-time.sql';

/**
 * Practices with what the team list shows besides the practice itself.
 * Where a practice came from is read from the activities' own tables: a peer
 * visit links its practices in peer_visit_practice; a mirror conversation's
 * practices are those of its listener reflection session; the rest come from
 * a reflection session. Review days are calendar days in the Netherlands.
 */
export const PRACTICE_LIST_SELECT = `SELECT p.id, p.organisation_id, p.team_id, t.name AS team_name, p.what, p.who, p.status, p.created_at,
    to_char(p.look_back_on, 'YYYY-MM-DD') AS look_back_on,
    CASE WHEN pvp.practice_id IS NOT NULL THEN 'peer_visit' WHEN mc.theme IS NOT NULL THEN 'mirror_conversation' ELSE 'session' END AS source,
    coalesce(nullif(pv.focus_question, ''), mc.theme, rs.title) AS source_title,
    (SELECT coalesce(array_agg(to_char(r.created_at ${AT_DUTCH_TIME}, 'YYYY-MM-DD')), '{}') FROM practice_review r WHERE r.practice_id = p.id) AS review_days
  FROM practice p
  LEFT JOIN team t ON t.id = p.team_id
  LEFT JOIN reflection_session rs ON rs.id = p.session_id
  LEFT JOIN LATERAL (SELECT theme FROM mirror_conversation WHERE listener_session_id = p.session_id LIMIT 1) mc ON true
  LEFT JOIN peer_visit_practice pvp ON pvp.practice_id = p.id
  LEFT JOIN peer_visit pv ON pv.id = pvp.visit_id`;

export interface PracticeListRow {
  id: string;
  organisation_id: string;
  team_id: string | null;
  team_name: string | null;
  what: string;
  who: string;
  status: PracticeStatus;
  created_at: Date;
  look_back_on: string | null;
  source: PracticeSource;
  source_title: string | null;
  review_days: string[];
}

/**
 * Practices a viewer follows, as a condition over `practice p`: those of
 * their own teams, every team's for the overview roles, and the ones they
 * wrote down themselves. $1 organisation, $2 all teams, $3 the viewer's
 * teams, $4 the viewer.
 */
export const FOLLOWED_PRACTICE = `p.organisation_id = $1 AND ($2 OR p.team_id = ANY($3::uuid[]) OR p.created_by = $4)`;
