import { formatDutchDay, formatDutchTime, Language, PRACTICE_STATUS_LABELS } from '@kring/domain';
import { SessionReportDto } from '../dtos/report.dto';
import type { ReportBlock } from '../../../engine/documents/outline';
import { detailOf, outlineWriter } from '../../../engine/documents/outline-writer';

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
  conversation: { nl: 'Het gesprek', en: 'The conversation' },
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
function formatMoment(date: Date, language: Language): string {
  return formatDutchTime(date, language, { dateStyle: 'long', timeStyle: 'short' });
}

/**
 * The report as its readers need it: the question first, then what the session
 * yielded (the harvest and the new practices, with who and when to look back),
 * and only then the conversation that led there, phase by phase. The Markdown
 * and the PDF export both render this outline.
 */
export function reportOutline(report: SessionReportDto, language: Language): ReportBlock[] {
  const o = outlineWriter(LABELS, language);
  const L = o.label;
  o.title(`${L('report')}: ${report.question}`);
  o.meta(L('method'), `${report.methodName} (${L('version')} ${report.methodVersion})`);
  o.meta(L('team'), report.teamName);
  o.meta(L('case'), report.casePseudonym);
  o.meta(L('date'), formatMoment(report.startedAt ?? report.scheduledAt, language));
  o.meta(L('place'), report.place);
  o.meta(L('moderator'), report.moderatorName);
  o.meta(L('participants'), report.participantNames.join(', '));
  o.meta(L('lenses'), report.lensNames.join(', '));
  o.note(
    report.approvedAt
      ? `${L('approved')}${report.approvedBy ? ` (${report.approvedBy})` : ''}, ${formatMoment(report.approvedAt, language)}.`
      : L('draft'),
  );

  o.heading(2, L('harvest'));
  if (report.insights.length + report.advice.length === 0) o.note(L('nothing'));
  const list = (title: string, texts: readonly string[]) => {
    if (texts.length === 0) return;
    o.heading(3, title);
    for (const text of texts) o.item(text);
  };
  list(L('insights'), report.insights);
  list(L('advice'), report.advice);

  o.heading(2, L('practices'));
  if (report.practices.length === 0) o.note(L('nothing'));
  for (const practice of report.practices)
    o.item(
      practice.what,
      detailOf(
        practice.who && `${L('who')}: ${practice.who}`,
        practice.lookBackOn && `${L('lookBack')} ${formatDutchDay(practice.lookBackOn, language)}`,
      ),
    );
  if (report.reviewedPractices.length) {
    o.heading(3, L('reviewed'));
    for (const practice of report.reviewedPractices) {
      o.item(practice.what, PRACTICE_STATUS_LABELS[practice.status][language]);
      for (const review of practice.reviews.filter((r) => r.sessionId === report.sessionId))
        o.prompt(`${review.authorName ?? ''}: ${review.body}`);
    }
  }

  o.heading(2, L('conversation'));
  report.phases.forEach((phase, index) => {
    o.heading(3, `${index + 1}. ${phase.title}`);
    o.prompt(phase.prompt);
    if (phase.entries.length === 0) o.note(L('nothing'));
    for (const entry of phase.entries)
      o.item(
        entry.body,
        detailOf(
          entry.author ?? (entry.forRoom ? L('room') : L('anonymous')),
          entry.groupLabel && `${L('group')}: ${entry.groupLabel}`,
          entry.votes > 0 && `${entry.votes} ${L('dots')}`,
          ...entry.tags.map((t) => `${t.itemName} (${t.directionLabel.toLowerCase()})`),
        ),
      );
  });
  if (report.tagCounts.length) {
    o.heading(3, L('values'));
    o.note(L('valuesNote'));
    for (const t of report.tagCounts) o.item(`${t.itemName}: ${t.directionLabel.toLowerCase()}`, `${t.count}×`);
  }
  return o.blocks;
}
