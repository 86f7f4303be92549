import { renderPdf } from './outline-pdf';
import { extractText, UNICODE_NAMES as NAMES } from './pdf-text.testing';

describe('every PDF prints every name', () => {
  it('a report outline keeps Turkish, Polish and Dutch names intact in title, meta, headings, items and notes', async () => {
    const pdf = await renderPdf(
      [
        { kind: 'title', text: `Verslag met ${NAMES[0]}` },
        { kind: 'meta', label: 'Deelnemers', value: NAMES.join(', ') },
        { kind: 'heading', level: 2, text: NAMES[1] },
        { kind: 'item', text: NAMES[2], detail: NAMES[3] },
        { kind: 'note', text: `Goedgekeurd door ${NAMES[0]}` },
      ],
      'Verslag',
    );
    const text = extractText(pdf).replace(/\s+/g, ' ');
    for (const name of NAMES) expect(text).toContain(name);
  });
});
