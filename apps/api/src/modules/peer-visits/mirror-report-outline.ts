import {
  CORE_VALUES,
  DATE_LOCALES,
  DEFAULT_RESIDENT_TERM,
  FINDING_TYPES,
  formatDutchDay,
  Language,
  MIRROR_QUESTIONS,
  mirrorThemesFor,
  MOMENT_OF_DAY_LABELS,
  MomentOfDay,
  ORGANISATION_KIND_LABELS,
  quarterLabel,
  QuarterKey,
  REPORT_VISIBILITY_LABELS,
  VISIT_FORMAT_LABELS,
} from '@kring/domain';
import { MirrorReportDto } from './dtos/mirror.dto';
import { ReportBlock } from '../../engine/documents/outline';
import { detailOf, outlineWriter } from '../../engine/documents/outline-writer';
import { NETWORK_VERSION_LEAVES_OUT } from './network-version';

const LABELS = {
  title: { nl: 'Spiegelrapport', en: 'Mirror report' },
  host: { nl: 'Gastheer', en: 'Host' },
  visitors: { nl: 'Bezoekers', en: 'Visitors' },
  anonymousHost: { nl: 'Een organisatie in het netwerk', en: 'An organisation in the network' },
  date: { nl: 'Datum', en: 'Date' },
  period: { nl: 'Periode', en: 'Period' },
  format: { nl: 'Vorm', en: 'Format' },
  visibility: { nl: 'Wie ziet dit rapport', en: 'Who sees this report' },
  focus: { nl: 'Focusvraag: waar wilde de gastheer een spiegel op?', en: 'Focus question: what did the host want a mirror on?' },
  purpose: { nl: 'Doel', en: 'Purpose' },
  summary: { nl: 'Wat de bezoekers zagen', en: 'What the visitors saw' },
  conversation: { nl: 'Het spiegelgesprek', en: 'The mirror conversation' },
  responseOfHost: { nl: 'Antwoord van de gastheer', en: "The host's response" },
  beelden: { nl: 'Beelden', en: 'Observations' },
  reflection: { nl: 'Reflectie van de gastheer', en: "The host's reflection" },
  practices: { nl: 'Wat we gaan proberen', en: 'What we will try' },
  lookBack: { nl: 'terugkijken op', en: 'look back on' },
  anonymised: {
    nl: 'Geanonimiseerde versie voor het lerend netwerk: {leftOut} zijn weggelaten.',
    en: 'Anonymised version for the learning network: {leftOut} have been left out.',
  },
  notScored: { nl: 'Een spiegel, geen oordeel: er worden geen scores gegeven.', en: 'A mirror, not a verdict: no scores are given.' },
} as const;

/** "namen, plaatsen, datums en andere herkenbare gegevens". */
function leftOutWords(language: Language): string {
  const words = Object.values(NETWORK_VERSION_LEAVES_OUT).map((w) => w[language]);
  return new Intl.ListFormat(DATE_LOCALES[language], { type: 'conjunction' }).format(words);
}

/** The mirror report as blocks for the shared PDF renderer, in the reader's language. */
export function mirrorReportOutline(report: MirrorReportDto, language: Language): ReportBlock[] {
  const o = outlineWriter(LABELS, language);
  const value = (id: string) => CORE_VALUES.find((v) => v.id === id)?.name[language] ?? id;
  const response = (kind: string, id: string) => report.responses.find((r) => r.topicKind === kind && r.topicId === id)?.body;
  const answered = (heading: string, text: string | undefined) => {
    if (!text) return;
    o.heading(3, heading);
    o.item(text, o.label('responseOfHost'));
  };
  o.title(`${o.label('title')}: ${report.host?.name ?? o.label('anonymousHost')}`);
  // The note names what networkVersion leaves out, from the same list.
  if (report.anonymised) o.note(o.label('anonymised', { leftOut: leftOutWords(language) }));
  o.meta(
    o.label('host'),
    report.host?.name ?? (report.hostKind ? ORGANISATION_KIND_LABELS[report.hostKind][language] : o.label('anonymousHost')),
  );
  o.meta(o.label('visitors'), report.visitor?.name);
  // The API hands out the day and the quarter as keys (2026-10-25, 2026-Q4); the reader gets them in words.
  if (report.visitDate) o.meta(o.label('date'), formatDutchDay(report.visitDate, language));
  else if (report.period) o.meta(o.label('period'), quarterLabel(report.period as QuarterKey)[language]);
  if (report.format) o.meta(o.label('format'), VISIT_FORMAT_LABELS[report.format][language]);
  o.meta(o.label('visibility'), REPORT_VISIBILITY_LABELS[report.visibility][language]);
  o.note(o.label('notScored'));

  o.heading(2, o.label('focus'));
  o.prompt(report.focusQuestion);
  const focus = response('focus', 'focus');
  if (focus) o.item(focus, o.label('responseOfHost'));
  o.meta(o.label('purpose'), report.purpose);
  if (report.summary) {
    o.heading(2, o.label('summary'));
    o.prompt(report.summary);
  }

  o.heading(2, o.label('conversation'));
  for (const question of MIRROR_QUESTIONS) answered(question.name[language], response('question', question.id));
  // In the host's own word for its people; the anonymised version has none, and says "bewoners".
  const themes = mirrorThemesFor(report.hostResidentTerm ?? DEFAULT_RESIDENT_TERM);
  for (const theme of themes) answered(theme.name[language], response('theme', theme.id));

  o.heading(2, o.label('beelden'));
  for (const type of FINDING_TYPES) {
    const notes = report.notes.filter((n) => n.inReport && n.findingType === type.id);
    if (notes.length === 0) continue;
    o.heading(3, type.name[language]);
    for (const note of notes) {
      o.item(
        note.body,
        detailOf(
          ...note.valueIds.map(value),
          note.mirrorThemeId ? themes.find((t) => t.id === note.mirrorThemeId)?.name[language] : null,
          note.momentOfDay ? MOMENT_OF_DAY_LABELS[note.momentOfDay as MomentOfDay][language] : null,
          note.author,
        ),
      );
    }
  }

  if (report.hostReflection) {
    o.heading(2, o.label('reflection'));
    o.prompt(report.hostReflection);
  }
  if (report.practices.length > 0) {
    o.heading(2, o.label('practices'));
    for (const p of report.practices)
      o.item(p.what, detailOf(p.who, p.lookBackOn ? `${o.label('lookBack')} ${formatDutchDay(p.lookBackOn, language)}` : null));
  }
  return o.blocks;
}
