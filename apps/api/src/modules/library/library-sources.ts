import { LibraryAudience, LibrarySourceKind } from '@kring/domain';

/**
 * What each kind of source allows now, in SQL, so sharing and searching ask
 * the same question of the same rows (domain guide §7, §8). An audience is
 * allowed by consent as it stands at the moment of reading:
 * - a case: the resident's consent on record (case_consent) to share in the
 *   organisation or in the network, not withdrawn;
 * - a story: the storyteller approved this version and consents to the
 *   organisation or the network (story_consent), not withdrawn;
 * - a lesson (an insight of a session's harvest): the report was approved;
 *   when the session discussed a case, that case's consent as above;
 * - an excerpt of a mirror report: the host closed the report and lets the
 *   organisation (or, for the network, the network) read it — the host
 *   decides who sees it (domain guide §6.6), also after sharing.
 */
const caseAudiences = (caseId: string) => `ARRAY(SELECT CASE cc.scope WHEN 'share_in_network' THEN 'network' ELSE 'organisation' END
  FROM case_consent cc WHERE cc.case_id = ${caseId} AND cc.withdrawn_on IS NULL AND cc.scope IN ('share_in_organisation', 'share_in_network'))`;

const STORY_AUDIENCES_NOW = `ARRAY(SELECT sc.audience FROM story_consent sc
  WHERE sc.story_id = s.id AND sc.withdrawn_at IS NULL AND sc.audience IN ('organisation', 'network'))`;

const LESSON_AUDIENCES_NOW = `CASE WHEN rs.case_id IS NULL THEN ARRAY['organisation', 'network'] ELSE ${caseAudiences('rs.case_id')} END`;

const REPORT_AUDIENCES_NOW = `CASE v.report_visibility WHEN 'network' THEN ARRAY['organisation', 'network'] WHEN 'organisation' THEN ARRAY['organisation'] ELSE '{}'::text[] END`;

/**
 * Every source of one kind in an organisation ($1), as the same columns:
 * who owns it, whether it is ready to share, which audiences its consent
 * allows now, the texts to review and whose names to look for in them.
 * `$2` narrows to one source when set.
 */
export const SOURCE_SELECT: Record<LibrarySourceKind, string> = {
  case: `SELECT c.id, c.team_id, c.title, c.author_id AS owner_id, true AS ready, NULL::int AS revision, '{}'::text[] AS value_ids, '{}'::text[] AS people,
      coalesce((SELECT string_agg(ch.title || E'\\n' || ch.body, E'\\n\\n' ORDER BY ch.position) FROM case_chapter ch WHERE ch.case_id = c.id), '') AS body,
      ${caseAudiences('c.id')} AS audiences
    FROM case_file c WHERE c.organisation_id = $1 AND ($2::uuid IS NULL OR c.id = $2)`,
  story: `SELECT s.id, s.team_id, s.title, s.author_id AS owner_id, s.approved_revision IS NOT DISTINCT FROM s.revision AS ready, s.revision, s.value_ids, s.body,
      CASE WHEN s.storyteller_name <> '' THEN ARRAY[s.storyteller_name] ELSE '{}' END AS people,
      ${STORY_AUDIENCES_NOW} AS audiences
    FROM story s WHERE s.organisation_id = $1 AND ($2::uuid IS NULL OR s.id = $2)`,
  lesson: `SELECT h.id, rs.team_id, rs.title, rs.moderator_id AS owner_id, rs.report_approved_at IS NOT NULL AS ready, NULL::int AS revision,
      ARRAY(SELECT DISTINCT st.item_id FROM session_tag st WHERE st.session_id = rs.id ORDER BY st.item_id) AS value_ids, h.body, '{}'::text[] AS people,
      ${LESSON_AUDIENCES_NOW} AS audiences
    FROM harvest_item h JOIN reflection_session rs ON rs.id = h.session_id
    WHERE h.organisation_id = $1 AND h.kind = 'insight' AND ($2::uuid IS NULL OR h.id = $2)`,
  mirror_report: `SELECT v.id, v.report_team_id AS team_id, v.focus_question AS title, NULL::uuid AS owner_id, v.report_status = 'closed' AS ready, NULL::int AS revision,
      ARRAY(SELECT jsonb_array_elements_text(coalesce(v.lens->'valueIds', '[]'))) AS value_ids,
      concat_ws(E'\n\n', nullif(v.report_summary, ''), nullif(v.host_reflection, '')) AS body, '{}'::text[] AS people,
      ${REPORT_AUDIENCES_NOW} AS audiences
    FROM peer_visit v WHERE v.organisation_id = $1 AND v.status <> 'cancelled' AND ($2::uuid IS NULL OR v.id = $2)`,
};

export interface SourceRow {
  id: string;
  team_id: string | null;
  title: string;
  body: string;
  owner_id: string | null;
  ready: boolean;
  revision: number | null;
  value_ids: string[];
  /** People to look for in the texts besides the organisation's own: the teller of a story without an account (a visit's are added from its own tables). */
  people: string[];
  audiences: LibraryAudience[];
}

/** The audiences a library item's (`li`) source allows now, as a text array (see the rules above). */
const AUDIENCES_NOW = `CASE li.source_kind
    WHEN 'case' THEN (SELECT ${caseAudiences('c.id')} FROM case_file c WHERE c.id = li.source_id)
    WHEN 'story' THEN (SELECT ${STORY_AUDIENCES_NOW} FROM story s WHERE s.id = li.source_id AND s.revision = li.source_revision AND s.approved_revision = s.revision)
    WHEN 'lesson' THEN (SELECT ${LESSON_AUDIENCES_NOW} FROM harvest_item h JOIN reflection_session rs ON rs.id = h.session_id
      WHERE h.id = li.source_id AND h.kind = 'insight' AND rs.report_approved_at IS NOT NULL)
    WHEN 'mirror_report' THEN (SELECT ${REPORT_AUDIENCES_NOW} FROM peer_visit v WHERE v.id = li.source_id AND v.report_status = 'closed' AND v.status <> 'cancelled')
  END`;

/**
 * Whether a library item (`li`) may be shown to its audience now: its source
 * still exists, is still ready (a story: still the version that was shared)
 * and its consent still allows the item's audience. Nothing of this is
 * copied into the item, so a withdrawal hides it at the next search.
 */
export const STILL_ALLOWED = `li.audience = ANY(${AUDIENCES_NOW})`;

/**
 * Whether the reader may see library item `li` now, with `$1` the reader's own
 * organisation (NULL for a network as such) and `reader` the parameter holding
 * the reader (a person, or NULL): the source still allows the item's audience
 * (STILL_ALLOWED), and in its own organisation the organisation too, or the
 * reader shared it — consent to share in the network does not cover the
 * organisation, whose colleagues at another location may well know the
 * resident (libs/domain cases/consent.ts), so a story or case shared with the
 * network on that consent alone is for the network and whoever shared it.
 */
export function allowedForReader(reader: string): string {
  return `(SELECT li.audience::text = ANY(now.audiences)
      AND (li.organisation_id IS DISTINCT FROM $1 OR 'organisation' = ANY(now.audiences) OR li.shared_by = ${reader}::uuid)
    FROM (SELECT ${AUDIENCES_NOW} AS audiences) now)`;
}
