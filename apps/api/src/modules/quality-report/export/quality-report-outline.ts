import { Language } from '@kring/domain';
import { QualityReportDto } from '../dtos/quality-report.dto';
import { formatDay } from '../report-year';
import { type ReportBlock } from '../../../engine/documents/outline';
import { outlineWriter } from '../../../engine/documents/outline-writer';

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

/**
 * The quality report's narrative draft as plain blocks in the reader's
 * language: a chapter per theme of the Kwaliteitskader, a sub-heading per
 * strand, running text, quotes set apart, and what is left out (and why)
 * as a note. The Markdown and PDF exports both render this one outline.
 */
export function qualityReportOutline(report: QualityReportDto, language: Language): ReportBlock[] {
  const o = outlineWriter(LABELS, language);
  o.title(o.label('title', { year: report.year, organisation: report.organisationName }));
  o.meta(o.label('organisation'), report.organisationName);
  o.meta(o.label('year'), String(report.year));
  o.meta(o.label('made'), formatDay(report.generatedAt, language));
  o.note(o.label('intro'));
  if (report.chapters.length === 0) o.paragraph(o.label('nothing'));
  for (const chapter of report.chapters) {
    o.heading(2, `${chapter.number}. ${chapter.title}`);
    for (const passage of chapter.passages) {
      o.heading(3, passage.heading);
      passage.paragraphs.forEach(o.paragraph);
      passage.quotes.forEach(o.quote);
      passage.leftOut.forEach(o.note);
    }
  }
  if (report.chaptersWithoutInput.length) {
    o.heading(2, o.label('withoutInput'));
    o.paragraph(o.label('withoutInputNote'));
    report.chaptersWithoutInput.forEach((text) => o.item(text));
  }
  return o.blocks;
}
