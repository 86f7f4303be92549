import { renderToStaticMarkup } from 'react-dom/server';
import { LetterBack, type LetterTexts } from './LetterBack';

const TEXTS: LetterTexts = {
  heard: 'Wat we hoorden',
  quotes: 'In de woorden van naasten',
  willDo: 'Wat we gaan doen',
  sentOn: (date) => `Verstuurd op ${date}.`,
  lookBack: (date) => `We komen hierop terug op ${date}.`,
};

const render = (props: Partial<Parameters<typeof LetterBack>[0]> = {}) =>
  renderToStaticMarkup(
    <LetterBack
      letter={{ heard: 'Rust in huis.', willDo: 'Een vaste begeleider.', lookBackOn: '2031-06-01', sentAt: '2031-03-02T10:00:00Z' }}
      quotes={[{ key: 'a', body: 'Hier is het als thuis.' }]}
      texts={TEXTS}
      headingLevel={3}
      quoteClassName="relative-quote"
      {...props}
    />,
  );

describe('LetterBack', () => {
  it('reads in one order for staff and relatives: sent, heard, quotes, will do, look back', () => {
    const html = render();
    const order = [
      'Verstuurd op',
      'Wat we hoorden',
      'Rust in huis.',
      'Hier is het als thuis.',
      'Wat we gaan doen',
      'We komen hierop terug op',
    ];
    expect(order.map((text) => html.indexOf(text))).toEqual([...order.map((text) => html.indexOf(text))].sort((a, b) => a - b));
    expect(order.every((text) => html.includes(text))).toBe(true);
    expect(html).toContain('<h3>Wat we hoorden</h3>');
    expect(html).toContain('<blockquote class="relative-quote">Hier is het als thuis.</blockquote>');
  });

  it('leaves out what is not there: no quotes heading without quotes, no date before sending', () => {
    const html = render({ quotes: [], letter: { heard: 'Rust.', willDo: 'Samen eten.', lookBackOn: null, sentAt: null }, headingLevel: 4 });
    expect(html).not.toMatch(/In de woorden|Verstuurd op|terugkomen|terug op/);
    expect(html).toContain('<h4>Wat we gaan doen</h4>');
  });
});
