import { Language } from '@kring/domain';
import { QualityReportDto } from '../dtos/quality-report.dto';
import { formatDay } from '../report-year';
import { type ReportBlock } from '../../../engine/documents/outline';

const LABELS = {
  title: { nl: 'Kwaliteitsverslag {year}: input van {organisation}', en: 'Quality report {year}: input from {organisation}' },
  organisation: { nl: 'Organisatie', en: 'Organisation' },
  year: { nl: 'Jaar', en: 'Year' },
  made: { nl: 'Gemaakt op', en: 'Made on' },
  intro: {
    nl: 'Een eerste versie van het kwaliteitsverslag, per hoofdstuk van het Kwaliteitskader: wat we dit jaar leerden, wat we probeerden en hoe het ging, wat naasten ons vertelden en wat collega’s ons spiegelden. Aantallen geven context; het zijn geen scores en ze zijn niet bedoeld om te vergelijken. Herkenbare gegevens zijn vervangen door bijvoorbeeld [naam]. Citaten van naasten staan hier met hun toestemming om ze binnen de organisatie te delen: vraag aparte toestemming voordat u ze openbaar maakt.',
    en: 'A first draft of the quality report, per chapter of the Kwaliteitskader: what we learned this year, what we tried and how it went, what relatives told us and what peers mirrored back. Numbers give context; they are not scores and are not meant for comparison. Identifying details have been replaced by e.g. [name]. Relatives’ quotes appear with their consent to share them within the organisation: ask for separate consent before publishing them.',
  },
  nothing: { nl: 'Kring heeft voor dit jaar nog niets om te vertellen.', en: 'Kring has nothing to tell for this year yet.' },
  withoutInput: { nl: 'Hoofdstukken zonder input uit Kring', en: 'Chapters without input from Kring' },
  withoutInputNote: {
    nl: 'Voor deze hoofdstukken van het Kwaliteitskader leverde Kring dit jaar niets aan; die schrijft u zelf.',
    en: 'For these chapters of the Kwaliteitskader Kring has nothing this year; you write them yourself.',
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
 * The quality report's narrative draft as plain blocks in the reader's
 * language: a chapter per theme of the Kwaliteitskader, a sub-heading per
 * strand, running text, quotes set apart, and what is left out (and why)
 * as a note. The Markdown and PDF exports both render this one outline.
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
  if (report.chapters.length === 0) blocks.push({ kind: 'paragraph', text: L('nothing') });
  for (const chapter of report.chapters) {
    blocks.push({ kind: 'heading', level: 2, text: `${chapter.number}. ${chapter.title}` });
    for (const passage of chapter.passages) {
      blocks.push({ kind: 'heading', level: 3, text: passage.heading });
      blocks.push(...passage.paragraphs.map((text) => ({ kind: 'paragraph' as const, text })));
      blocks.push(...passage.quotes.map((text) => ({ kind: 'prompt' as const, text: `“${text}”` })));
      blocks.push(...passage.leftOut.map((text) => ({ kind: 'note' as const, text })));
    }
  }
  if (report.chaptersWithoutInput.length) {
    blocks.push({ kind: 'heading', level: 2, text: L('withoutInput') }, { kind: 'paragraph', text: L('withoutInputNote') });
    blocks.push(...report.chaptersWithoutInput.map((text) => ({ kind: 'item' as const, text })));
  }
  return blocks;
}
