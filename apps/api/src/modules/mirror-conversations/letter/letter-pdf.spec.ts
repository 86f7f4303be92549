import { extractText, UNICODE_NAMES as NAMES } from '../../../engine/documents/pdf-text.testing';
import { letterPdf } from './letter-pdf';

describe('the letter to relatives as PDF', () => {
  it('the letter to relatives (its own layout) uses the same embedded font', async () => {
    const pdf = await letterPdf({
      language: 'nl',
      organisationName: 'Zorgboerderij Łąka',
      theme: `Wonen bij ${NAMES[0]}`,
      heldOn: new Date('2026-03-02T10:00:00Z'),
      heard: `We hoorden ${NAMES[2]}.`,
      willDo: `${NAMES[1]} gaat het proberen.`,
      quotes: [`Zeg het maar, ${NAMES[3]}`],
      lookBackOn: null,
    });
    const text = extractText(pdf).replace(/\s+/g, ' ');
    for (const name of NAMES) expect(text).toContain(name);
    expect(text).toContain('Zorgboerderij Łąka');
    // Every PDF numbers its pages, the letter too.
    expect(text).toContain('Pagina 1 van 1');
  });
});
