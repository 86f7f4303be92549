import { MirrorConsentChannel, MirrorConsentForm, MirrorConsentScope } from '@kring/domain';
import { EntityManager } from 'typeorm';

interface ConsentChange {
  participantId: string;
  organisationId: string;
  current: readonly MirrorConsentScope[];
  wanted: readonly MirrorConsentScope[];
  form: MirrorConsentForm;
  /** 'link' when the relative used their own page; otherwise how the moderator received it. */
  channel: MirrorConsentChannel;
  recordedBy: string | null;
  /** When it was given; the moderator may record consent given on an earlier day. */
  givenAt: Date;
}

/**
 * One way to change someone's consent, whoever records it: the scopes no longer
 * wanted are withdrawn (the grant stays as the record), the new ones granted.
 * Who does not take part leaves no words behind: input beforehand, answers, and what was written down as theirs;
 * who may not be quoted leaves no quote.
 * Returns whether anything changed.
 */
export async function applyConsent(manager: EntityManager, change: ConsentChange): Promise<boolean> {
  const withdrawn = change.current.filter((scope) => !change.wanted.includes(scope));
  const granted = change.wanted.filter((scope) => !change.current.includes(scope));
  if (withdrawn.length) {
    await manager.query(
      `UPDATE mirror_consent SET withdrawn_at = now() WHERE participant_id = $1 AND withdrawn_at IS NULL AND scope = ANY($2::text[])`,
      [change.participantId, withdrawn],
    );
  }
  for (const scope of granted) {
    await manager.query(
      `INSERT INTO mirror_consent (organisation_id, participant_id, scope, form, channel, recorded_by, given_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [change.organisationId, change.participantId, scope, change.form, change.channel, change.recordedBy, change.givenAt],
    );
  }
  if (!change.wanted.includes('take_part')) {
    await manager.query(`UPDATE mirror_participant SET free_text = '' WHERE id = $1`, [change.participantId]);
    await manager.query(`DELETE FROM mirror_theme_answer WHERE participant_id = $1`, [change.participantId]);
    // "Trekt u iets in, dan halen we uw woorden overal weg": what the moderator wrote down as theirs goes too, a chosen
    // quote included (both callers bump the conversation's version, so the console takes the change at once).
    await manager.query(`DELETE FROM mirror_statement WHERE participant_id = $1`, [change.participantId]);
  } else if (!change.wanted.includes('quote_anonymously')) {
    // Not to be quoted: a quote kept in an approved harvest was kept for that alone, so it goes (hidden at every read
    // already, its words stayed stored). In a harvest still being made it is only hidden, so consent given again
    // brings it back; approving keeps no quote without consent (purge-statements.ts, keptQuote).
    await manager.query(
      `DELETE FROM mirror_statement s USING mirror_conversation c WHERE s.participant_id = $1 AND c.id = s.conversation_id AND c.status = 'approved'`,
      [change.participantId],
    );
  }
  return withdrawn.length > 0 || granted.length > 0;
}
