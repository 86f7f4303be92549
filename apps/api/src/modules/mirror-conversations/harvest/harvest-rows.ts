import { HARVEST_THEMES, mirrorWordsAllowed, quoteAllowed, QuoteAudience, themeMirror } from '@kring/domain';
import { EntityManager } from 'typeorm';
import type { MirrorHarvestThemeRow, MirrorThemeAnswerRow } from '../../../engine/database/tables.generated';
import { MirrorHarvestThemeDto, MirrorQuoteDto } from '../dtos/harvest.dto';
import { ACTIVE_SCOPES, ScopeList } from '../mirror-rows';

/**
 * The quotes of a harvest for an audience, filtered by each speaker's consent
 * as it is now (never copied): a withdrawal takes them out at the next read,
 * in the harvest, the letter and its PDF alike.
 */
export async function consentedQuotes(manager: EntityManager, conversationId: string, audience: QuoteAudience): Promise<MirrorQuoteDto[]> {
  const rows: { id: string; body: string; theme_ids: string[]; scopes: ScopeList }[] = await manager.query(
    `SELECT s.id, s.body, s.theme_ids, ${ACTIVE_SCOPES} AS scopes
     FROM mirror_statement s JOIN mirror_participant p ON p.id = s.participant_id
     WHERE s.conversation_id = $1 AND s.in_harvest AND s.quotable ORDER BY s.created_at, s.id`,
    [conversationId],
  );
  return rows.filter((r) => quoteAllowed(audience, r.scopes)).map((r) => ({ id: r.id, body: r.body, themeIds: r.theme_ids }));
}

/** Every harvest theme with the moderator's summary and the belangrijk/ervaren mirror of the answers beforehand. */
export async function harvestThemes(
  manager: EntityManager,
  conversationId: string,
  audience: 'team' | 'organisation',
): Promise<MirrorHarvestThemeDto[]> {
  const [summaries, answers] = await Promise.all([
    manager.query<Pick<MirrorHarvestThemeRow, 'theme_id' | 'summary'>[]>(
      `SELECT theme_id, summary FROM mirror_harvest_theme WHERE conversation_id = $1`,
      [conversationId],
    ),
    manager.query<(Pick<MirrorThemeAnswerRow, 'theme_id' | 'important' | 'experienced'> & { scopes: ScopeList })[]>(
      `SELECT a.theme_id, a.important, a.experienced, ${ACTIVE_SCOPES} AS scopes
       FROM mirror_theme_answer a JOIN mirror_participant p ON p.id = a.participant_id WHERE a.conversation_id = $1`,
      [conversationId],
    ),
  ]);
  const counted = answers.filter((a) => mirrorWordsAllowed(audience, a.scopes));
  const summaryOf = new Map(summaries.map((s) => [s.theme_id, s.summary]));
  return HARVEST_THEMES.map((theme) => {
    const mirror = themeMirror(
      theme.id,
      counted.filter((a) => a.theme_id === theme.id),
    );
    return {
      themeId: theme.id,
      summary: summaryOf.get(theme.id) ?? '',
      mirror: { respondents: mirror.respondents, shown: mirror.shown, phrases: [...mirror.phrases] },
    };
  });
}
