import type { Language, LocalizedText } from '@kring/domain';
import PDFDocument from 'pdfkit';
import { fillLabel } from './outline-writer';

/**
 * pdfkit's built-in Helvetica only knows Latin-1, so "Şükrü Yıldız" or "Łukasz" came out
 * garbled. Every PDF Kring makes embeds DejaVu Sans instead (from the dejavu-fonts-ttf
 * package), which covers the Latin, Greek and Cyrillic names of care teams and families.
 */
export const FONT = { regular: 'Kring', bold: 'Kring-Bold', oblique: 'Kring-Oblique' } as const;

const FILES: Record<(typeof FONT)[keyof typeof FONT], string> = {
  [FONT.regular]: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  [FONT.bold]: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
  [FONT.oblique]: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf'),
};

/** At the foot of every page of every PDF Kring makes, so a printed page that slips out of the pile finds its place. */
const PAGE_NUMBER: LocalizedText = { nl: 'Pagina {page} van {pages}', en: 'Page {page} of {pages}' };
/** Room kept free at the foot of every page for its page number. */
const FOOTER = 28;

/** "Pagina 3 van 7" at the foot of every page, written once all pages exist. */
function numberPages(doc: PDFKit.PDFDocument, margin: number, language: Language): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const { bottom } = doc.page.margins;
    // Writing inside the bottom margin: lift the margin for this one line, or pdfkit starts a new page.
    doc.page.margins.bottom = 0;
    doc
      .font(FONT.regular)
      .fontSize(9)
      .fillColor('#3d3d3d')
      .text(fillLabel(PAGE_NUMBER[language], { page: i + 1, pages: count }), margin, doc.page.height - margin + 12, {
        width: doc.page.width - 2 * margin,
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
}

/**
 * A new A4 document with Kring's fonts and, on `finish()`, the finished file with every page numbered in the
 * reader's language: the one way a PDF is made, so no PDF can leave without page numbers.
 */
export function newPdf(options: { margin: number; title: string; language: Language; author?: string }): {
  doc: PDFKit.PDFDocument;
  finish: () => Promise<Buffer>;
} {
  const info = { Title: options.title, Creator: 'Kring', ...(options.author ? { Author: options.author } : {}) };
  const { margin } = options;
  const margins = { top: margin, left: margin, right: margin, bottom: margin + FOOTER };
  // Pages stay in memory until the end, so each can be numbered once their count is known.
  const doc = new PDFDocument({ size: 'A4', margins, info, bufferPages: true });
  for (const [name, file] of Object.entries(FILES)) doc.registerFont(name, file);
  doc.font(FONT.regular);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const finish = () => {
    numberPages(doc, margin, options.language);
    doc.end();
    return done;
  };
  return { doc, finish };
}
