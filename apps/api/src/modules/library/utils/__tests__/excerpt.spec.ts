import { excerptOf } from '../excerpt';

const word = (n: number, letter = 'a') => letter.repeat(n);

describe('excerptOf', () => {
  it.each([
    { what: 'an empty text', body: '', excerpt: '' },
    { what: 'a short text, whole', body: 'Samen koffie drinken.', excerpt: 'Samen koffie drinken.' },
    { what: 'exactly 160 characters, whole', body: word(160), excerpt: word(160) },
    // 150 letters, a space, then a word of 20: the cut at 160 falls inside that word, which goes.
    { what: 'a word that does not fit whole is left out', body: `${word(150)} ${word(20, 'b')}`, excerpt: `${word(150)} …` },
    // 159 letters, a space, then more: the cut ends on the space, so the text before it stays whole.
    { what: 'a cut just after a space', body: `${word(159)} ${word(5, 'b')}`, excerpt: `${word(159)} …` },
    // Spaces and a line break before the cut word go with it.
    { what: 'white space before the cut word goes too', body: `${word(140)} \n  ${word(30, 'b')}`, excerpt: `${word(140)} …` },
    // One word longer than the excerpt: nothing to cut back to, so the first 160 characters.
    { what: 'one long word: cut at 160', body: word(200), excerpt: `${word(160)} …` },
  ])('$what', ({ body, excerpt }) => {
    expect(excerptOf(body)).toBe(excerpt);
  });
});
