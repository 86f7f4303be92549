import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ReportBlock } from './outline';
import { renderPdf } from './outline-pdf';
import { extractText, UNICODE_NAMES as NAMES } from './pdf-text.testing';

/** The fonts a PDF uses, as pdffonts (poppler-utils) lists them. */
function fontsOf(pdf: Buffer): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kring-pdf-'));
  try {
    writeFileSync(path.join(dir, 'd.pdf'), pdf);
    return execFileSync('pdffonts', [path.join(dir, 'd.pdf')], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Text per page, without blank lines. */
function pages(pdf: Buffer): string[][] {
  return extractText(pdf)
    .split('\f')
    .map((page) =>
      page
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    )
    .filter((lines) => lines.length > 0);
}

/** "Pagina 3 van 7", in the reader's language. */
const PAGE_NUMBER = /^Pagina (\d+) van (\d+)$/;

const PARAGRAPH =
  'Bewoners koken op zondag samen met de begeleiders; wie niet meer kan snijden, proeft en vertelt hoe het vroeger thuis ging. '.repeat(3);

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
      'nl',
    );
    const text = extractText(pdf).replace(/\s+/g, ' ');
    for (const name of NAMES) expect(text).toContain(name);
  });
});

describe('the typographic hierarchy of a PDF', () => {
  // Headings at every possible height of a page: with paragraphs of varying length, some heading lands near every page foot.
  const headings = Array.from({ length: 40 }, (_, i) => `Kopje ${i + 1}`);
  const blocks: ReportBlock[] = [{ kind: 'title', text: 'Kwaliteitsverslag' }];
  headings.forEach((text, i) => {
    blocks.push({ kind: 'heading', level: i % 3 === 0 ? 2 : 3, text });
    blocks.push({ kind: 'paragraph', text: PARAGRAPH.slice(0, 120 + ((i * 97) % PARAGRAPH.length)) });
    if (i % 4 === 1)
      blocks.push(
        { kind: 'prompt', text: '“Mijn moeder mag hier gewoon zichzelf zijn.”' },
        { kind: 'note', text: 'Eén uitspraak laten we weg: geen toestemming.' },
      );
  });
  let pdf: Buffer;
  beforeAll(async () => {
    pdf = await renderPdf(blocks, 'Kwaliteitsverslag', 'nl');
  });

  it('never leaves a heading alone at the foot of a page', () => {
    const all = pages(pdf);
    expect(all.length).toBeGreaterThan(3);
    for (const lines of all) {
      // The last line is the page number; the one above it is the last line of content.
      const lastContent = lines[lines.length - 2];
      expect(headings).not.toContain(lastContent);
    }
    // And every heading is followed on its page by the text it heads.
    for (const lines of all) {
      lines.forEach((line, i) => {
        if (headings.includes(line)) expect(lines[i + 1]).not.toMatch(PAGE_NUMBER);
      });
    }
  });

  it('numbers every page', () => {
    const all = pages(pdf);
    all.forEach((lines, i) => expect(PAGE_NUMBER.exec(lines[lines.length - 1])?.slice(1)).toEqual([String(i + 1), String(all.length)]));
  });

  it('numbers the pages in the reader’s language', async () => {
    const english = pages(await renderPdf(blocks, 'Quality report', 'en'));
    expect(english[0][english[0].length - 1]).toBe(`Page 1 of ${english.length}`);
  });

  it('sets notes and quotes upright, not in italics', () => {
    expect(fontsOf(pdf)).not.toMatch(/Oblique/);
  });
});
