import { residentTermOf } from '../resident-term';

const org = (residentTerm: string) => ({ residentTerm });

describe('the word for the people cared for in a text about some organisations', () => {
  it.each([
    ['one organisation', [org('deelnemer')], 'deelnemer'],
    ['organisations that share their word', [org('deelnemer'), org(' Deelnemer')], 'deelnemer'],
    ['organisations with different words', [org('deelnemer'), org('jongere')], 'bewoner'],
    ['one without a word (so Kring’s) and one with its own', [org(''), org('gast')], 'bewoner'],
    ['no organisation', [], 'bewoner'],
    ['only an empty word', [org(' ')], 'bewoner'],
  ])('%s', (_, organisations, term) => {
    expect(residentTermOf(organisations)).toBe(term);
  });
});
