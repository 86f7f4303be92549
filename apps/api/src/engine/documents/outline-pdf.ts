import { ReportBlock } from './outline';
import { FONT, newPdf } from './pdf-document';

const MARGIN = 56;
const GREY = '#555555';
const BULLET_INDENT = 14;

/** A printable A4 report from the outline, in the embedded Unicode font. */
export function renderPdf(blocks: readonly ReportBlock[], title: string): Promise<Buffer> {
  const { doc, done } = newPdf({ margin: MARGIN, title });
  for (const block of blocks) {
    switch (block.kind) {
      case 'title':
        doc.font(FONT.bold).fontSize(18).fillColor('black').text(block.text).moveDown(0.6);
        break;
      case 'meta':
        doc.font(FONT.bold).fontSize(10).text(`${block.label}: `, { continued: true }).font(FONT.regular).text(block.value);
        break;
      case 'note':
        doc.moveDown(0.3).font(FONT.oblique).fontSize(10).fillColor(GREY).text(block.text).fillColor('black').moveDown(0.3);
        break;
      case 'heading':
        doc.moveDown(0.8).font(FONT.bold).fontSize(block.level === 2 ? 14 : 12).text(block.text).moveDown(0.3);
        break;
      case 'prompt':
        doc.font(FONT.oblique).fontSize(10).fillColor(GREY).text(block.text, { indent: 12 }).fillColor('black').moveDown(0.3);
        break;
      case 'item': {
        // A hanging bullet: text that runs over several lines stays aligned after the bullet.
        // Bullet and text are placed at one height, so start a new page before they could be split.
        if (doc.y > doc.page.height - MARGIN - 60) doc.addPage();
        const y = doc.y;
        const width = doc.page.width - 2 * MARGIN - BULLET_INDENT;
        doc.font(FONT.regular).fontSize(11).text('•', MARGIN, y);
        doc.text(block.text, MARGIN + BULLET_INDENT, y, { width });
        if (block.detail) doc.font(FONT.oblique).fontSize(9).fillColor(GREY).text(block.detail, { width }).fillColor('black');
        doc.x = MARGIN;
        doc.moveDown(0.25);
        break;
      }
    }
  }
  doc.end();
  return done;
}
