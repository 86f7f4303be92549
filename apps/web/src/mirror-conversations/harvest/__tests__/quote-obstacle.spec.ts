import { quoteObstacle, type QuoteObstacle } from '../quote-obstacle';

describe('why a captured statement cannot be a quote', () => {
  it.each<[string, { pseudonym: string | null; quotable: boolean; mayBeQuoted: boolean }, QuoteObstacle | null]>([
    ['linked, marked, consent given', { pseudonym: 'Naaste A', quotable: true, mayBeQuoted: true }, null],
    ['"een naaste": no one to ask', { pseudonym: null, quotable: true, mayBeQuoted: false }, 'notLinked'],
    ['not linked and not marked: linking comes first', { pseudonym: null, quotable: false, mayBeQuoted: false }, 'notLinked'],
    ['linked but not marked quotable', { pseudonym: 'Naaste A', quotable: false, mayBeQuoted: true }, 'notMarked'],
    [
      'not marked and no consent: marking is what the moderator missed',
      { pseudonym: 'Naaste B', quotable: false, mayBeQuoted: false },
      'notMarked',
    ],
    ['marked, but the relative did not consent', { pseudonym: 'Naaste B', quotable: true, mayBeQuoted: false }, 'noConsent'],
  ])('%s', (_, candidate, obstacle) => {
    expect(quoteObstacle(candidate)).toBe(obstacle);
  });
});
