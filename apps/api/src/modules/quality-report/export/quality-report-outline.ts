import { Language } from '@kring/domain';
import { QualityReportDto, ReportCountDto } from '../dtos/quality-report.dto';
import { formatDay } from '../report-year';
import { type ReportBlock } from '../../../engine/documents/outline';

const LABELS = {
  title: { nl: 'Kwaliteitsverslag {year}: input van {organisation}', en: 'Quality report {year}: input from {organisation}' },
  organisation: { nl: 'Organisatie', en: 'Organisation' },
  year: { nl: 'Jaar', en: 'Year' },
  made: { nl: 'Gemaakt op', en: 'Made on' },
  intro: {
    nl: 'Input voor het kwaliteitsverslag: wat we dit jaar samen leerden, in verhalen en aantallen. Aantallen geven context; het zijn geen scores en ze zijn niet bedoeld om te vergelijken. Herkenbare gegevens zijn vervangen door bijvoorbeeld [naam].',
    en: 'Input for the quality report: what we learned together this year, in stories and numbers. Numbers give context; they are not scores and are not meant for comparison. Identifying details have been replaced by e.g. [name].',
  },
  nothing: { nl: 'Niets vastgelegd in dit jaar.', en: 'Nothing recorded this year.' },
  sessions: { nl: 'Reflectiesessies', en: 'Reflection sessions' },
  sessionsHeld: { nl: 'Gehouden sessies', en: 'Sessions held' },
  byMethod: { nl: 'Per werkvorm', en: 'By method' },
  participants: { nl: 'Wie deed mee', en: 'Who took part' },
  participantsNote: {
    nl: 'Zonder namen. Wie meerdere rollen heeft, telt bij elke rol mee.',
    en: 'Without names. Someone with several roles counts under each role.',
  },
  inSessions: { nl: 'In reflectiesessies', en: 'In reflection sessions' },
  inMirror: { nl: 'Naasten en bewoners in spiegelgesprekken', en: 'Relatives and residents in mirror conversations' },
  insights: { nl: 'Belangrijkste leerpunten', en: 'Main insights' },
  insightsNote: { nl: 'Leerpunten uit verslagen die de gespreksleider heeft goedgekeurd.', en: 'Insights from reports the moderator approved.' },
  practices: { nl: 'Nieuwe praktijk: wat we probeerden en hoe het ging', en: 'New practices: what we tried and how it went' },
  status: { nl: 'Stand van zaken', en: 'Where they stand' },
  perPractice: { nl: 'Per praktijk', en: 'Per practice' },
  howItWent: { nl: 'Hoe ging het', en: 'How it went' },
  voice: { nl: 'De stem van naasten', en: "Relatives' voice" },
  conversationsHeld: { nl: 'Gehouden spiegelgesprekken', en: 'Mirror conversations held' },
  voiceNote: {
    nl: 'Thema’s in de woorden van de gespreksleider; citaten alleen van naasten die nu toestemming geven om ze binnen de organisatie te delen. Vraag aparte toestemming voordat u citaten openbaar maakt.',
    en: "Themes in the moderator's words; quotes only from relatives who now consent to sharing them within the organisation. Ask for separate consent before publishing quotes.",
  },
  approvedOn: { nl: 'oogst goedgekeurd op', en: 'harvest approved on' },
  visits: { nl: 'Collegiale visitaties', en: 'Peer-review visits' },
  hosted: { nl: 'Ontvangen visitaties', en: 'Visits hosted' },
  made_: { nl: 'Zelf op visitatie', en: 'Visits made' },
  visitOn: { nl: 'Visitatie op {date}', en: 'Visit on {date}' },
  focus: { nl: 'Focusvraag', en: 'Focus question' },
  mirror: { nl: 'Spiegel van de bezoekers', en: "The visitors' mirror" },
  reflection: { nl: 'Reflectie van de gastheer', en: "The host's reflection" },
  responses: { nl: 'Antwoorden in het spiegelgesprek', en: 'Responses in the mirror conversation' },
  findings: { nl: 'Beelden in het rapport', en: 'Observations in the report' },
  chosen: { nl: 'Gekozen om te proberen', en: 'Chosen to try' },
  notShared: {
    nl: '{count} ontvangen visitatie(s): de gastheer hield het spiegelrapport binnen de visitatie of een team, dus het staat hier niet in.',
    en: '{count} hosted visit(s): the host kept the mirror report within the visit or a team, so it is not included here.',
  },
} as const;

type Key = keyof typeof LABELS;

function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}

/** Counts as plain items ("Incidentmethode — 3"), in the order given. */
export function countItems(counts: readonly { label: string; count: number | null }[], suppressedText: string): ReportBlock[] {
  return counts.map((c) => ({ kind: 'item' as const, text: c.label, detail: c.count === null ? suppressedText : String(c.count) }));
}

/**
 * The quality report as plain blocks in the reader's language; the Markdown
 * and PDF exports both render this one outline (with the renderers of the
 * session report), so they always say the same.
 */
export function qualityReportOutline(report: QualityReportDto, language: Language): ReportBlock[] {
  const L = (key: Key, values: Record<string, string | number> = {}) => fill(LABELS[key][language], values);
  const blocks: ReportBlock[] = [
    { kind: 'title', text: L('title', { year: report.year, organisation: report.organisationName }) },
    { kind: 'meta', label: L('organisation'), value: report.organisationName },
    { kind: 'meta', label: L('year'), value: String(report.year) },
    { kind: 'meta', label: L('made'), value: formatDay(report.generatedAt, language) },
    { kind: 'note', text: L('intro') },
  ];
  const section = (title: string) => blocks.push({ kind: 'heading', level: 2, text: title });
  const sub = (title: string) => blocks.push({ kind: 'heading', level: 3, text: title });
  const counts = (items: readonly ReportCountDto[]) => blocks.push(...(items.length ? countItems(items, '') : [{ kind: 'note' as const, text: L('nothing') }]));

  section(`1. ${L('sessions')}`);
  blocks.push({ kind: 'meta', label: L('sessionsHeld'), value: String(report.sessionsHeld) });
  if (report.sessionsByMethod.length) {
    sub(L('byMethod'));
    counts(report.sessionsByMethod);
  }

  section(`2. ${L('participants')}`);
  blocks.push({ kind: 'note', text: L('participantsNote') });
  sub(L('inSessions'));
  counts(report.participantsByRole);
  sub(L('inMirror'));
  counts(report.mirrorParticipants);

  section(`3. ${L('insights')}`);
  blocks.push({ kind: 'note', text: L('insightsNote') });
  if (report.insights.length === 0) blocks.push({ kind: 'note', text: L('nothing') });
  for (const insight of report.insights) blocks.push({ kind: 'item', text: insight.text, detail: `${insight.methodName}, ${insight.heldOn}` });

  section(`4. ${L('practices')}`);
  if (report.practices.length === 0) blocks.push({ kind: 'note', text: L('nothing') });
  else {
    sub(L('status'));
    counts(report.practicesByStatus);
    sub(L('perPractice'));
    for (const p of report.practices) {
      blocks.push({ kind: 'item', text: p.what, detail: [p.teamName, p.source, p.statusLabel].filter(Boolean).join(' · ') });
      if (p.lastReview) blocks.push({ kind: 'prompt', text: `${L('howItWent')}: ${p.lastReview}` });
    }
  }

  section(`5. ${L('voice')}`);
  blocks.push({ kind: 'meta', label: L('conversationsHeld'), value: String(report.mirrorConversationsHeld) });
  blocks.push({ kind: 'note', text: L('voiceNote') });
  if (report.relativesVoice.length === 0) blocks.push({ kind: 'note', text: L('nothing') });
  for (const c of report.relativesVoice) {
    sub(`${c.theme} (${L('approvedOn')} ${c.approvedOn})`);
    for (const t of c.themes) blocks.push({ kind: 'item', text: `${t.theme}: ${t.summary}` });
    for (const quote of c.quotes) blocks.push({ kind: 'prompt', text: `“${quote}”` });
  }

  section(`6. ${L('visits')}`);
  blocks.push({ kind: 'meta', label: L('hosted'), value: String(report.visitsHosted) }, { kind: 'meta', label: L('made_'), value: String(report.visitsMade) });
  for (const v of report.visits) {
    sub(L('visitOn', { date: v.visitedOn }));
    if (v.focusQuestion) blocks.push({ kind: 'meta', label: L('focus'), value: v.focusQuestion });
    if (v.summary) blocks.push({ kind: 'item', text: L('mirror'), detail: v.summary });
    if (v.hostReflection) blocks.push({ kind: 'item', text: L('reflection'), detail: v.hostReflection });
    for (const r of v.responses) blocks.push({ kind: 'item', text: r.topic, detail: r.body });
    if (v.findings.length) blocks.push({ kind: 'item', text: L('findings'), detail: v.findings.map((f) => `${f.label}: ${f.count}`).join(' · ') });
    if (v.practicesChosen) blocks.push({ kind: 'item', text: L('chosen'), detail: String(v.practicesChosen) });
  }
  if (report.visitsNotShared) blocks.push({ kind: 'note', text: L('notShared', { count: report.visitsNotShared }) });
  return blocks;
}
