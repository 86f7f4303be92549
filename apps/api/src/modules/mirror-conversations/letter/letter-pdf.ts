import { formatLetterDate, Language } from '@kring/domain';
import { FONT, newPdf } from '../../../engine/documents/pdf-document';

interface LetterForPdf {
  language: Language;
  organisationName: string;
  theme: string;
  heldOn: Date;
  heard: string;
  willDo: string;
  quotes: readonly string[];
  lookBackOn: string | null;
}

const TEXTS = {
  nl: {
    title: 'Wat we hoorden, wat we gaan doen',
    about: (theme: string, date: string) => `Spiegelgesprek over "${theme}", ${date}`,
    heard: 'Wat we hoorden',
    quotes: 'In de woorden van naasten',
    willDo: 'Wat we gaan doen',
    lookBack: (date: string) => `We komen hierop terug op ${date}.`,
  },
  en: {
    title: 'What we heard, what we will do',
    about: (theme: string, date: string) => `Mirror conversation about "${theme}", ${date}`,
    heard: 'What we heard',
    quotes: 'In the words of relatives',
    willDo: 'What we will do',
    lookBack: (date: string) => `We will come back to this on ${date}.`,
  },
} as const;

const GREEN = '#2f5d50';

/** The letter back as an A4 PDF: calm, readable, printable; the quotes without names. */
export function letterPdf(letter: LetterForPdf): Promise<Buffer> {
  const text = TEXTS[letter.language];
  const { doc, finish } = newPdf({ margin: 64, title: text.title, author: letter.organisationName, language: letter.language });

  doc.font(FONT.regular).fontSize(10).fillColor('#5c5750').text(letter.organisationName);
  doc.moveDown(0.5).font(FONT.bold).fontSize(20).fillColor(GREEN).text(text.title);
  doc
    .moveDown(0.3)
    .font(FONT.regular)
    .fontSize(11)
    .fillColor('#5c5750')
    .text(text.about(letter.theme, formatLetterDate(letter.heldOn.toISOString(), letter.language)));

  const section = (heading: string, body: string) => {
    doc.moveDown(1.2).font(FONT.bold).fontSize(14).fillColor(GREEN).text(heading);
    doc.moveDown(0.4).font(FONT.regular).fontSize(11.5).fillColor('#2b2926').text(body, { lineGap: 3 });
  };
  section(text.heard, letter.heard);
  if (letter.quotes.length) {
    doc.moveDown(1.2).font(FONT.bold).fontSize(14).fillColor(GREEN).text(text.quotes);
    for (const quote of letter.quotes) {
      doc.moveDown(0.5).font(FONT.oblique).fontSize(11.5).fillColor('#2b2926').text(`“${quote}”`, { indent: 16, lineGap: 3 });
    }
  }
  section(text.willDo, letter.willDo);
  if (letter.lookBackOn) {
    doc
      .moveDown(1.2)
      .font(FONT.bold)
      .fontSize(11.5)
      .fillColor('#2b2926')
      .text(text.lookBack(formatLetterDate(letter.lookBackOn, letter.language)));
  }
  return finish();
}
