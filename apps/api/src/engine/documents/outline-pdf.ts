import type { Language } from '@kring/domain';
import { ReportBlock } from './outline';
import { FONT, newPdf } from './pdf-document';

const MARGIN = 56;
const INK = '#1a1a1a';
const SOFT_INK = '#3d3d3d';
const RULE = '#9a9a9a';
const BULLET_INDENT = 14;
const QUOTE_INDENT = 16;

/**
 * The typographic hierarchy, in one place: a title, two heading levels,
 * body text at a reading size in near-black, notes a little smaller but
 * never grey italics, and quotes set apart by a rule rather than by a
 * fainter colour.
 */
const STYLE = {
  title: { font: FONT.bold, size: 20, gapAfter: 0.5 },
  heading2: { font: FONT.bold, size: 15, gapBefore: 1.1, gapAfter: 0.35 },
  heading3: { font: FONT.bold, size: 12.5, gapBefore: 0.8, gapAfter: 0.25 },
  body: { font: FONT.regular, size: 11, lineGap: 2.5 },
  note: { font: FONT.regular, size: 10, lineGap: 2 },
} as const;

/** How much of the block after a heading must fit under it: the whole block, or its first three lines. */
const KEEP_LINES = 3;

function bottom(doc: PDFKit.PDFDocument): number {
  return doc.page.height - doc.page.margins.bottom;
}

function textWidth(doc: PDFKit.PDFDocument, indent = 0): number {
  return doc.page.width - 2 * MARGIN - indent;
}

/** The height a block will take on the page, as far as keeping a heading with it needs to know. */
function startHeight(doc: PDFKit.PDFDocument, block: ReportBlock | undefined): number {
  if (!block) return 0;
  const text = block.kind === 'meta' ? `${block.label}: ${block.value}` : block.text;
  const style = block.kind === 'note' ? STYLE.note : block.kind === 'heading' ? STYLE.heading3 : STYLE.body;
  const indent = block.kind === 'item' ? BULLET_INDENT : block.kind === 'prompt' ? QUOTE_INDENT : 0;
  doc.font(style.font).fontSize(style.size);
  const full = doc.heightOfString(text, { width: textWidth(doc, indent), lineGap: 'lineGap' in style ? style.lineGap : 0 });
  const lines = doc.currentLineHeight(true) * KEEP_LINES;
  // A following heading (a chapter opening with a sub-heading) needs its own next lines too.
  return Math.min(full, lines) + (block.kind === 'heading' ? doc.currentLineHeight(true) * KEEP_LINES : 0);
}

function heading(doc: PDFKit.PDFDocument, block: Extract<ReportBlock, { kind: 'heading' }>, next: ReportBlock | undefined): void {
  const style = block.level === 2 ? STYLE.heading2 : STYLE.heading3;
  doc.font(style.font).fontSize(style.size);
  const own = doc.heightOfString(block.text, { width: textWidth(doc) }) + doc.currentLineHeight(true) * (style.gapBefore + style.gapAfter);
  // Keep the heading with the start of what it heads: never a heading alone at the foot of a page.
  const needed = own + startHeight(doc, next);
  doc.font(style.font).fontSize(style.size);
  if (doc.y + needed > bottom(doc)) doc.addPage();
  else if (doc.y > doc.page.margins.top) doc.moveDown(style.gapBefore);
  doc
    .fillColor(INK)
    .text(block.text, MARGIN, doc.y, { width: textWidth(doc) })
    .moveDown(style.gapAfter);
}

function item(doc: PDFKit.PDFDocument, block: Extract<ReportBlock, { kind: 'item' }>): void {
  // A hanging bullet: text that runs over several lines stays aligned after the bullet.
  // Bullet and text are placed at one height, so start a new page before they could be split.
  doc.font(STYLE.body.font).fontSize(STYLE.body.size);
  if (doc.y + doc.currentLineHeight(true) * 2 > bottom(doc)) doc.addPage();
  const y = doc.y;
  const width = textWidth(doc, BULLET_INDENT);
  doc.fillColor(INK).text('•', MARGIN, y);
  doc.text(block.text, MARGIN + BULLET_INDENT, y, { width, lineGap: STYLE.body.lineGap });
  if (block.detail)
    doc
      .font(STYLE.note.font)
      .fontSize(STYLE.note.size)
      .fillColor(SOFT_INK)
      .text(block.detail, { width, lineGap: STYLE.note.lineGap })
      .fillColor(INK);
  doc.x = MARGIN;
  doc.moveDown(0.3);
}

function quote(doc: PDFKit.PDFDocument, text: string): void {
  doc.font(STYLE.body.font).fontSize(STYLE.body.size);
  const width = textWidth(doc, QUOTE_INDENT);
  if (doc.y + doc.currentLineHeight(true) * 2 > bottom(doc)) doc.addPage();
  const top = doc.y;
  doc.fillColor(INK).text(text, MARGIN + QUOTE_INDENT, top, { width, lineGap: STYLE.body.lineGap });
  // The rule runs along the part of the quote on this page (a long quote may continue on the next).
  const end = doc.y;
  if (end > top)
    doc
      .save()
      .moveTo(MARGIN + 3, top + 1)
      .lineTo(MARGIN + 3, end - 2)
      .lineWidth(1.5)
      .strokeColor(RULE)
      .stroke()
      .restore();
  doc.x = MARGIN;
  doc.moveDown(0.4);
}

/** A printable A4 report from the outline, in the embedded Unicode font, with page numbers in the reader's language. */
export function renderPdf(blocks: readonly ReportBlock[], title: string, language: Language): Promise<Buffer> {
  const { doc, finish } = newPdf({ margin: MARGIN, title, language });
  blocks.forEach((block, index) => {
    switch (block.kind) {
      case 'title':
        doc
          .font(STYLE.title.font)
          .fontSize(STYLE.title.size)
          .fillColor(INK)
          .text(block.text, { width: textWidth(doc) })
          .moveDown(STYLE.title.gapAfter);
        break;
      case 'meta':
        doc
          .font(FONT.bold)
          .fontSize(STYLE.note.size)
          .fillColor(INK)
          .text(`${block.label}: `, { continued: true })
          .font(FONT.regular)
          .text(block.value);
        break;
      case 'note':
        doc
          .moveDown(0.3)
          .font(STYLE.note.font)
          .fontSize(STYLE.note.size)
          .fillColor(SOFT_INK)
          .text(block.text, MARGIN, doc.y, { width: textWidth(doc), lineGap: STYLE.note.lineGap })
          .fillColor(INK)
          .moveDown(0.3);
        break;
      case 'paragraph':
        doc
          .font(STYLE.body.font)
          .fontSize(STYLE.body.size)
          .fillColor(INK)
          .text(block.text, MARGIN, doc.y, { width: textWidth(doc), lineGap: STYLE.body.lineGap })
          .moveDown(0.5);
        break;
      case 'heading':
        heading(doc, block, blocks[index + 1]);
        break;
      case 'prompt':
        quote(doc, block.text);
        break;
      case 'item':
        item(doc, block);
        break;
    }
  });
  return finish();
}
