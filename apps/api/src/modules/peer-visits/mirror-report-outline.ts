import {
  CORE_VALUES,
  FINDING_TYPES,
  Language,
  MIRROR_QUESTIONS,
  MIRROR_THEMES,
  MOMENT_OF_DAY_LABELS,
  MomentOfDay,
  ORGANISATION_KIND_LABELS,
  REPORT_VISIBILITY_LABELS,
  VISIT_FORMAT_LABELS,
} from '@kring/domain';
import { MirrorReportDto } from './dtos/mirror.dto';
import { ReportBlock } from '../../engine/documents/outline';

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
    nl: 'Geanonimiseerde versie voor het lerend netwerk: namen, plaatsen en andere herkenbare gegevens zijn weggelaten.',
    en: 'Anonymised version for the learning network: names, places and other identifying details have been left out.',
  },
  notScored: { nl: 'Een spiegel, geen oordeel: er worden geen scores gegeven.', en: 'A mirror, not a verdict: no scores are given.' },
} as const;

/** The mirror report as blocks for the shared PDF renderer, in the reader's language. */
export function mirrorReportOutline(report: MirrorReportDto, language: Language): ReportBlock[] {
  const l = (key: keyof typeof LABELS) => LABELS[key][language];
  const value = (id: string) => CORE_VALUES.find((v) => v.id === id)?.name[language] ?? id;
  const response = (kind: string, id: string) => report.responses.find((r) => r.topicKind === kind && r.topicId === id)?.body;
  const blocks: ReportBlock[] = [{ kind: 'title', text: `${l('title')}: ${report.host?.name ?? l('anonymousHost')}` }];
  if (report.anonymised) blocks.push({ kind: 'note', text: l('anonymised') });
  blocks.push({
    kind: 'meta',
    label: l('host'),
    value: report.host?.name ?? (report.hostKind ? ORGANISATION_KIND_LABELS[report.hostKind][language] : l('anonymousHost')),
  });
  if (report.visitor) blocks.push({ kind: 'meta', label: l('visitors'), value: report.visitor.name });
  if (report.visitDate) blocks.push({ kind: 'meta', label: l('date'), value: report.visitDate });
  else if (report.period) blocks.push({ kind: 'meta', label: l('period'), value: report.period });
  if (report.format) blocks.push({ kind: 'meta', label: l('format'), value: VISIT_FORMAT_LABELS[report.format][language] });
  blocks.push({ kind: 'meta', label: l('visibility'), value: REPORT_VISIBILITY_LABELS[report.visibility][language] });
  blocks.push({ kind: 'note', text: l('notScored') });

  blocks.push({ kind: 'heading', level: 2, text: l('focus') }, { kind: 'prompt', text: report.focusQuestion });
  const focus = response('focus', 'focus');
  if (focus) blocks.push({ kind: 'item', text: focus, detail: l('responseOfHost') });
  if (report.purpose) blocks.push({ kind: 'meta', label: l('purpose'), value: report.purpose });
  if (report.summary) blocks.push({ kind: 'heading', level: 2, text: l('summary') }, { kind: 'prompt', text: report.summary });

  blocks.push({ kind: 'heading', level: 2, text: l('conversation') });
  for (const question of MIRROR_QUESTIONS) {
    const text = response('question', question.id);
    if (text)
      blocks.push({ kind: 'heading', level: 3, text: question.name[language] }, { kind: 'item', text, detail: l('responseOfHost') });
  }
  for (const theme of MIRROR_THEMES) {
    const text = response('theme', theme.id);
    if (text) blocks.push({ kind: 'heading', level: 3, text: theme.name[language] }, { kind: 'item', text, detail: l('responseOfHost') });
  }

  blocks.push({ kind: 'heading', level: 2, text: l('beelden') });
  for (const type of FINDING_TYPES) {
    const notes = report.notes.filter((n) => n.inReport && n.findingType === type.id);
    if (notes.length === 0) continue;
    blocks.push({ kind: 'heading', level: 3, text: type.name[language] });
    for (const note of notes) {
      const detail = [
        ...note.valueIds.map(value),
        note.mirrorThemeId ? MIRROR_THEMES.find((t) => t.id === note.mirrorThemeId)?.name[language] : null,
        note.momentOfDay ? MOMENT_OF_DAY_LABELS[note.momentOfDay as MomentOfDay][language] : null,
        note.author,
      ].filter(Boolean);
      blocks.push({ kind: 'item', text: note.body, detail: detail.join(' · ') || undefined });
    }
  }

  if (report.hostReflection)
    blocks.push({ kind: 'heading', level: 2, text: l('reflection') }, { kind: 'prompt', text: report.hostReflection });
  if (report.practices.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: l('practices') });
    for (const p of report.practices) {
      const detail = [p.who, p.lookBackOn ? `${l('lookBack')} ${p.lookBackOn}` : null].filter(Boolean).join(' · ');
      blocks.push({ kind: 'item', text: p.what, detail: detail || undefined });
    }
  }
  return blocks;
}
