import {
  HARVEST_THEMES,
  hideInGroup,
  mirrorWordsAllowed,
  PhraseCount,
  quoteAllowed,
  QuoteAudience,
  shownCount,
  themeMirror,
} from '@kring/domain';
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
      mirror: { respondents: respondentsBeside(mirror.respondents, mirror.phrases), shown: mirror.shown, phrases: [...mirror.phrases] },
    };
  });
}

/**
 * How many relatives answered, as the word mirror shows it beside its counts: null ("verborgen") when a count beside it
 * would give a small group away by subtraction. "Vooraf beantwoord door 6 naasten" beside "ervaren: 5 personen" says
 * that one relative did not name it. Each count and the total are a group of the rule for counts shown beside their
 * total (hideInGroup): the count, and the rest who did not name it, which no screen shows, so under 5 it is a part
 * hidden already and only hiding the total keeps it hidden. The total goes, not the count: the phrases are ordered on
 * their counts as shown (phraseCounts), and a count taken out after that would still be told by its place. A count
 * that everyone named leaves no rest to point at; a count under 5 is hidden already and gives no exact rest.
 */
function respondentsBeside(respondents: number, phrases: readonly PhraseCount[]): number | null {
  const counts = phrases.flatMap((p) => [p.important, p.experienced]).filter((count): count is number => count !== null);
  const givesRestAway = counts.some((count) => {
    const rest = respondents - count;
    return hideInGroup(rest > 0 ? [count, shownCount(rest)] : [count], respondents).total === 'complement';
  });
  return givesRestAway ? null : respondents;
}
