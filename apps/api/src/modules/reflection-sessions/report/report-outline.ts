import { formatDutchDay, formatDutchTime, Language, PRACTICE_STATUS_LABELS } from '@kring/domain';
import { PracticeDto } from '../dtos/session.dto';
import { SessionReportDto } from '../dtos/report.dto';
import type { ReportBlock } from '../../../engine/documents/outline';

// Memos are left out for everyone, the moderator too: they never leave the moderator's
// screen (see the session-report rule in PRIVACY.md).

const LABELS = {
  report: { nl: 'Verslag', en: 'Report' },
  method: { nl: 'Werkvorm', en: 'Method' },
  version: { nl: 'versie', en: 'version' },
  team: { nl: 'Team', en: 'Team' },
  case: { nl: 'Casus', en: 'Case' },
  date: { nl: 'Datum', en: 'Date' },
  place: { nl: 'Plaats', en: 'Place' },
  moderator: { nl: 'Gespreksleider', en: 'Moderator' },
  participants: { nl: 'Deelnemers', en: 'Participants' },
  lenses: { nl: 'Lenzen', en: 'Lenses' },
  anonymous: { nl: 'anoniem', en: 'anonymous' },
  room: { nl: 'namens de groep', en: 'for the room' },
  group: { nl: 'groep', en: 'group' },
  dots: { nl: 'stippen', en: 'dots' },
  nothing: { nl: 'Niets opgeschreven.', en: 'Nothing written down.' },
  values: { nl: 'Waarden in het gesprek', en: 'Values in the conversation' },
  valuesNote: {
    nl: 'Hoe vaak een waarde met deze richting is gelabeld: een patroon om over te praten, geen score.',
    en: 'How often a value was tagged in this direction: a pattern to talk about, not a score.',
  },
  harvest: { nl: 'Oogst', en: 'Harvest' },
  insights: { nl: 'Leerpunten', en: 'Insights' },
  advice: { nl: 'Adviezen aan de inbrenger', en: 'Advice to the contributor' },
  practices: { nl: 'Nieuwe praktijk om te proberen', en: 'New practices to try' },
  who: { nl: 'wie', en: 'who' },
  lookBack: { nl: 'terugkijken op', en: 'look back on' },
  reviewed: { nl: 'Hoe ging het?', en: 'How did it go?' },
  approved: { nl: 'Goedgekeurd door de gespreksleider', en: 'Approved by the moderator' },
  draft: {
    nl: 'Concept: de gespreksleider heeft dit verslag nog niet goedgekeurd.',
    en: 'Draft: the moderator has not approved this report yet.',
  },
} as const;

/** Dates as the team reads them: Dutch time, written out. */
export function formatMoment(date: Date, language: Language): string {
  return formatDutchTime(date, language, { dateStyle: 'long', timeStyle: 'short' });
}

function practiceItem(practice: PracticeDto, language: Language): ReportBlock {
  const parts = [
    practice.who ? `${LABELS.who[language]}: ${practice.who}` : null,
    practice.lookBackOn ? `${LABELS.lookBack[language]} ${formatDutchDay(practice.lookBackOn, language)}` : null,
  ].filter(Boolean);
  return { kind: 'item', text: practice.what, detail: parts.join(' · ') || undefined };
}

export function reportOutline(report: SessionReportDto, language: Language): ReportBlock[] {
  const L = (key: keyof typeof LABELS) => LABELS[key][language];
  const blocks: ReportBlock[] = [{ kind: 'title', text: `${L('report')}: ${report.question}` }];
  const meta = (label: string, value: string | null) => value && blocks.push({ kind: 'meta', label, value });
  meta(L('method'), `${report.methodName} (${L('version')} ${report.methodVersion})`);
  meta(L('team'), report.teamName);
  meta(L('case'), report.casePseudonym);
  meta(L('date'), formatMoment(report.startedAt ?? report.scheduledAt, language));
  meta(L('place'), report.place);
  meta(L('moderator'), report.moderatorName);
  meta(L('participants'), report.participantNames.join(', '));
  meta(L('lenses'), report.lensNames.join(', '));
  blocks.push({
    kind: 'note',
    text: report.approvedAt
      ? `${L('approved')}${report.approvedBy ? ` (${report.approvedBy})` : ''}, ${formatMoment(report.approvedAt, language)}.`
      : L('draft'),
  });

  report.phases.forEach((phase, index) => {
    blocks.push({ kind: 'heading', level: 2, text: `${index + 1}. ${phase.title}` }, { kind: 'prompt', text: phase.prompt });
    if (phase.entries.length === 0) blocks.push({ kind: 'note', text: L('nothing') });
    for (const entry of phase.entries) {
      const detail = [
        entry.author ?? (entry.forRoom ? L('room') : L('anonymous')),
        entry.groupLabel ? `${L('group')}: ${entry.groupLabel}` : null,
        entry.votes ? `${entry.votes} ${L('dots')}` : null,
        ...entry.tags.map((t) => `${t.itemName} (${t.directionLabel.toLowerCase()})`),
      ].filter(Boolean);
      blocks.push({ kind: 'item', text: entry.body, detail: detail.join(' · ') });
    }
  });

  if (report.tagCounts.length) {
    blocks.push({ kind: 'heading', level: 2, text: L('values') }, { kind: 'note', text: L('valuesNote') });
    for (const t of report.tagCounts)
      blocks.push({ kind: 'item', text: `${t.itemName}: ${t.directionLabel.toLowerCase()}`, detail: `${t.count}×` });
  }

  blocks.push({ kind: 'heading', level: 2, text: L('harvest') });
  const list = (title: string, items: ReportBlock[]) => items.length && blocks.push({ kind: 'heading', level: 3, text: title }, ...items);
  list(
    L('insights'),
    report.insights.map((text) => ({ kind: 'item', text })),
  );
  list(
    L('advice'),
    report.advice.map((text) => ({ kind: 'item', text })),
  );
  list(
    L('practices'),
    report.practices.map((p) => practiceItem(p, language)),
  );
  list(
    L('reviewed'),
    report.reviewedPractices.flatMap((p) => [
      { kind: 'item' as const, text: p.what, detail: PRACTICE_STATUS_LABELS[p.status][language] },
      ...p.reviews
        .filter((r) => r.sessionId === report.sessionId)
        .map((r) => ({ kind: 'prompt' as const, text: `${r.authorName ?? ''}: ${r.body}` })),
    ]),
  );
  return blocks;
}
