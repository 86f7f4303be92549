import { quoteScopes, RETENTION_RULES, RetentionKind } from '@kring/domain';
import { scopesStand } from '../privacy/consent-scopes.sql';

type Rule = (typeof RETENTION_RULES)[number];

/**
 * The SQL that carries out one declared rule. Required exactly where the
 * declaration asks for it: a kind purged on events needs `onEvent` ($1 is
 * the id of what the event happened to: the conversation, visit or story),
 * a kind purged after the period needs `afterPeriod` ($1 the organisation,
 * $2 the cut-off). Each statement ends in RETURNING 1 so the purge can count.
 */
type StatementsOf<R extends Rule> = (R['events'] extends readonly [] ? { onEvent?: never } : { onEvent: readonly string[] }) &
  (R['afterPeriod'] extends null ? { afterPeriod?: never } : { afterPeriod: readonly string[] });

type PurgeStatements = { readonly [K in RetentionKind]: StatementsOf<Extract<Rule, { kind: K }>> };

/** A chosen quote whose relative (still) consents to being quoted (quoteAllowed): the only statements of `s` that survive the purge. */
const keptQuote = (s: string) =>
  `(${s}.in_harvest AND ${s}.quotable AND ${s}.participant_id IS NOT NULL AND ${scopesStand(`${s}.participant_id`, quoteScopes('team'))})`;

export const PURGE_STATEMENTS: PurgeStatements = {
  mirror_listener_notes: {
    onEvent: [`DELETE FROM mirror_listener_note WHERE conversation_id = $1 RETURNING 1`],
    afterPeriod: [`DELETE FROM mirror_listener_note WHERE organisation_id = $1 AND created_at < $2 RETURNING 1`],
  },
  mirror_unused_statements: {
    onEvent: [`DELETE FROM mirror_statement s WHERE s.conversation_id = $1 AND NOT ${keptQuote('s')} RETURNING 1`],
    afterPeriod: [
      `DELETE FROM mirror_statement s USING mirror_conversation c
       WHERE s.conversation_id = c.id AND s.organisation_id = $1 AND c.status IN ('ended', 'approved', 'cancelled') AND NOT ${keptQuote('s')} AND s.created_at < $2 RETURNING 1`,
    ],
  },
  mirror_relative_input: {
    onEvent: [`UPDATE mirror_participant SET free_text = '' WHERE conversation_id = $1 AND free_text <> '' RETURNING 1`],
    afterPeriod: [
      `UPDATE mirror_participant p SET free_text = '' FROM mirror_conversation c
       WHERE p.conversation_id = c.id AND p.organisation_id = $1 AND c.status IN ('ended', 'approved', 'cancelled') AND c.scheduled_at < $2 AND p.free_text <> '' RETURNING 1`,
    ],
  },
  mirror_theme_answers: {
    onEvent: [`DELETE FROM mirror_theme_answer WHERE conversation_id = $1 RETURNING 1`],
  },
  visit_notes_left_out: {
    // Unresolved conflicts go too: a closed notebook can no longer take the other version. A cancelled visit will never
    // have a mirror report, so none of its beelden has a purpose left.
    onEvent: [
      `DELETE FROM peer_visit_note n USING peer_visit v
       WHERE n.visit_id = $1 AND v.id = n.visit_id AND (n.deleted_at IS NOT NULL OR NOT n.in_report OR v.status = 'cancelled') RETURNING 1`,
      `DELETE FROM peer_visit_note_conflict WHERE visit_id = $1 RETURNING 1`,
    ],
    afterPeriod: [
      `DELETE FROM peer_visit_note n USING peer_visit v
       WHERE n.visit_id = v.id AND n.organisation_id = $1 AND n.updated_at < $2
         AND (v.report_status = 'closed' AND (n.deleted_at IS NOT NULL OR NOT n.in_report) OR v.status = 'cancelled') RETURNING 1`,
      `DELETE FROM peer_visit_note_conflict WHERE organisation_id = $1 AND resolved_at < $2 RETURNING 1`,
    ],
  },
  session_memos: {
    afterPeriod: [
      `DELETE FROM harvest_item h USING reflection_session s
       WHERE h.session_id = s.id AND h.organisation_id = $1 AND h.kind = 'memo' AND s.report_approved_at IS NOT NULL AND h.created_at < $2 RETURNING 1`,
    ],
  },
  session_transcripts: {
    // Emptied, not deleted: the values pointed out (tags) and votes on them stay for learning over time.
    onEvent: [`UPDATE session_entry SET body = '' WHERE session_id = $1 AND body <> '' RETURNING 1`],
  },
  story_check_comments: {
    onEvent: [`DELETE FROM story_comment WHERE story_id = $1 RETURNING 1`],
  },
};

/** Several purge statements as one, returning how many rows they touched together. */
export function counted(statements: readonly string[]): string {
  return `WITH ${statements.map((s, i) => `d${i} AS (${s})`).join(', ')} SELECT (${statements.map((_, i) => `(SELECT count(*) FROM d${i})`).join(' + ')})::int AS n`;
}
