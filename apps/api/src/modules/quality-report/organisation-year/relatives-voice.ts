import { HARVEST_THEMES, Language, mirrorParticipantKindLabels, quoteAllowed, QuoteAudience, shownCount } from '@kring/domain';
import { EntityManager } from 'typeorm';
import { CountRow } from '../../../engine/database/count-row';
import type {
  MirrorConsentRow,
  MirrorConversationRow,
  MirrorHarvestThemeRow,
  MirrorParticipantRow,
  MirrorStatementRow,
} from '../../../engine/database/tables.generated';
import { ACTIVE_SCOPES } from '../../mirror-conversations';
import { SuppressedCountDto } from '../dtos/network-overview.dto';
import { ReportConversationDto } from '../dtos/quality-report.dto';
import { formatDay, momentInYear } from '../report-year';

/** A harvest statement with the scopes its relative consents to now (ACTIVE_SCOPES). */
type StatementRow = Pick<MirrorStatementRow, 'conversation_id' | 'body' | 'theme_ids'> & { scopes: MirrorConsentRow['scope'][] };
/** The WHERE clause keeps approved conversations only, so `harvest_approved_at` is set. */
type ApprovedRow = Pick<MirrorConversationRow, 'id' | 'theme'> & { harvest_approved_at: Date };
type ThemeSummaryRow = Pick<MirrorHarvestThemeRow, 'conversation_id' | 'theme_id' | 'summary'>;
type KindCountRow = Pick<MirrorParticipantRow, 'kind'> & CountRow;

/** A conversation as the report's narrative needs it: themes and quotes keep their theme ids (to find their chapter). */
interface ConversationVoice extends Omit<ReportConversationDto, 'themes' | 'quotes'> {
  themes: { themeId: string; theme: string; summary: string }[];
  quotes: { body: string; themeIds: string[] }[];
  /** Harvest quotes left out because the relative does not (or no longer) consent to sharing within the organisation. */
  quotesLeftOut: number;
}

export interface RelativesVoicePart {
  mirrorConversationsHeld: number;
  mirrorParticipants: SuppressedCountDto[];
  relativesVoice: ConversationVoice[];
}

export function themeName(themeId: string, language: Language): string {
  return HARVEST_THEMES.find((t) => t.id === themeId)?.name[language] ?? themeId;
}

/**
 * Quotes from approved mirror harvests that `audience` may read, judged on
 * each relative's consent as it is now: a withdrawal removes the quote from
 * every later export.
 */
export async function consentedQuotes(db: EntityManager, conversationIds: string[], audience: QuoteAudience): Promise<HarvestQuote[]> {
  return (await harvestQuotes(db, conversationIds, audience)).filter((q) => q.allowed);
}

/** A statement the moderator put in the harvest; `allowed` says whether its relative's consent (now) lets the audience read it. */
interface HarvestQuote {
  conversationId: string;
  body: string;
  themeIds: string[];
  allowed: boolean;
}

/** Every harvest statement with a relative behind it, judged for `audience`, so a report can also say how many it leaves out. */
async function harvestQuotes(db: EntityManager, conversationIds: string[], audience: QuoteAudience): Promise<HarvestQuote[]> {
  if (conversationIds.length === 0) return [];
  const rows: StatementRow[] = await db.query(
    `SELECT st.conversation_id, st.body, st.theme_ids, ${ACTIVE_SCOPES} AS scopes
     FROM mirror_statement st JOIN mirror_participant p ON p.id = st.participant_id
     WHERE st.conversation_id = ANY($1::uuid[]) AND st.in_harvest
     ORDER BY st.created_at, st.id`,
    [conversationIds],
  );
  return rows.map((r) => ({
    conversationId: r.conversation_id,
    body: r.body,
    themeIds: r.theme_ids,
    allowed: quoteAllowed(audience, r.scopes),
  }));
}

/**
 * The relatives' voice: per mirror conversation whose harvest was approved
 * in the year, the themes in the moderator's words and the quotes of
 * relatives who consent to sharing within the organisation; and how many
 * relatives and residents took part (with consent to take part, now), the
 * residents under the organisation's own word for them (`residentTerm`).
 */
export async function relativesVoiceOfYear(
  db: EntityManager,
  organisationId: string,
  year: number,
  language: Language,
  residentTerm: string,
): Promise<RelativesVoicePart> {
  const [conversations, [held], participants] = await Promise.all([
    db.query<ApprovedRow[]>(
      `SELECT c.id, c.theme, c.harvest_approved_at FROM mirror_conversation c
       WHERE c.organisation_id = $1 AND c.status = 'approved' AND ${momentInYear('c.harvest_approved_at', '$2')}
       ORDER BY c.harvest_approved_at, c.id`,
      [organisationId, year],
    ),
    db.query<CountRow[]>(
      `SELECT count(*)::int AS count FROM mirror_conversation c
       WHERE c.organisation_id = $1 AND c.status IN ('ended', 'approved') AND ${momentInYear('coalesce(c.started_at, c.scheduled_at)', '$2')}`,
      [organisationId, year],
    ),
    db.query<KindCountRow[]>(
      `SELECT p.kind, count(*)::int AS count FROM mirror_participant p JOIN mirror_conversation c ON c.id = p.conversation_id
       WHERE c.organisation_id = $1 AND c.status IN ('ended', 'approved') AND ${momentInYear('coalesce(c.started_at, c.scheduled_at)', '$2')}
         AND EXISTS (SELECT 1 FROM mirror_consent mc WHERE mc.participant_id = p.id AND mc.scope = 'take_part' AND mc.withdrawn_at IS NULL)
       GROUP BY p.kind ORDER BY p.kind`,
      [organisationId, year],
    ),
  ]);
  const ids = conversations.map((c) => c.id);
  const [themes, quotes] = await Promise.all([
    ids.length
      ? db.query<ThemeSummaryRow[]>(
          `SELECT conversation_id, theme_id, summary FROM mirror_harvest_theme WHERE conversation_id = ANY($1::uuid[]) AND summary <> ''`,
          [ids],
        )
      : Promise.resolve([]),
    harvestQuotes(db, ids, 'organisation'),
  ]);
  const themeOrder = HARVEST_THEMES.map((t) => t.id as string);
  const kindLabels = mirrorParticipantKindLabels(residentTerm);
  return {
    mirrorConversationsHeld: held.count,
    mirrorParticipants: participants.map((p) => ({ label: kindLabels[p.kind][language], count: shownCount(p.count) })),
    relativesVoice: conversations.map((c) => ({
      theme: c.theme,
      approvedOn: formatDay(c.harvest_approved_at, language),
      themes: themes
        .filter((t) => t.conversation_id === c.id)
        .sort((a, b) => themeOrder.indexOf(a.theme_id) - themeOrder.indexOf(b.theme_id))
        .map((t) => ({ themeId: t.theme_id, theme: themeName(t.theme_id, language), summary: t.summary })),
      quotes: quotes.filter((q) => q.conversationId === c.id && q.allowed).map((q) => ({ body: q.body, themeIds: q.themeIds })),
      quotesLeftOut: quotes.filter((q) => q.conversationId === c.id && !q.allowed).length,
    })),
  };
}
