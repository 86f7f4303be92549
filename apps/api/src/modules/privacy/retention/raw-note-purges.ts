import { RawNoteKind } from '@kring/domain';

const counted = (...statements: string[]) =>
  `WITH ${statements.map((s, i) => `d${i} AS (${s} RETURNING 1)`).join(', ')} SELECT (${statements.map((_, i) => `(SELECT count(*) FROM d${i})`).join(' + ')})::int AS n`;

/**
 * How each kind of raw note (RAW_NOTE_KINDS) is deleted for one organisation
 * ($1) when older than the cut-off ($2). Only working material goes: what
 * a harvest, an approved report or a closed mirror report consists of stays.
 */
export const RAW_NOTE_PURGES: Readonly<Record<RawNoteKind, string>> = {
  mirror_listener_notes: counted(`DELETE FROM mirror_listener_note WHERE organisation_id = $1 AND created_at < $2`),
  mirror_unused_statements: counted(
    `DELETE FROM mirror_statement s USING mirror_conversation c
     WHERE s.conversation_id = c.id AND s.organisation_id = $1 AND NOT s.in_harvest AND c.status IN ('ended', 'approved') AND s.created_at < $2`,
  ),
  visit_notes_left_out: counted(
    `DELETE FROM peer_visit_note n USING peer_visit v
     WHERE n.visit_id = v.id AND n.organisation_id = $1 AND v.report_status = 'closed' AND (n.deleted_at IS NOT NULL OR NOT n.in_report) AND n.updated_at < $2`,
    `DELETE FROM peer_visit_note_conflict WHERE organisation_id = $1 AND resolved_at < $2`,
  ),
  session_memos: counted(
    `DELETE FROM harvest_item h USING reflection_session s
     WHERE h.session_id = s.id AND h.organisation_id = $1 AND h.kind = 'memo' AND s.report_approved_at IS NOT NULL AND h.created_at < $2`,
  ),
};
