import { LIMITS } from '@kring/domain';
import { guardCheckInput, type GuardCheckInput } from '../guard-check-input';

describe('guardCheckInput', () => {
  const longest = 'a'.repeat(LIMITS.longText);
  const longestName = 'H'.repeat(LIMITS.name);
  it.each<[string, string, string, GuardCheckInput | undefined]>([
    ['a text, no one typed', 'Henk at niet.', '', { text: 'Henk at niet.', alsoPerson: null }],
    [
      'a text and the storyteller typed beside it, trimmed',
      'Henk at niet.',
      ' Henk Zomer ',
      { text: 'Henk at niet.', alsoPerson: 'Henk Zomer' },
    ],
    ['an empty text: nothing to find', '', 'Henk Zomer', undefined],
    ['the longest text a form keeps', longest, '', { text: longest, alsoPerson: null }],
    ['one character more: the check would refuse it, the box says it is too long', `${longest}a`, '', undefined],
    ['the longest name', 'Henk at niet.', longestName, { text: 'Henk at niet.', alsoPerson: longestName }],
    [
      'a name too long for its box: the text is still checked, without it',
      'Henk at niet.',
      `${longestName}H`,
      { text: 'Henk at niet.', alsoPerson: null },
    ],
  ])('%s', (_case, text, alsoPerson, expected) => {
    expect(guardCheckInput(text, alsoPerson)).toEqual(expected);
  });
});
