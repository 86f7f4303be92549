import { mirrorWordsAllowed, normaliseMirrorConsent, quoteAllowed, readsLetter } from './consent';
import { impliesLegalRepresentative, mirrorPseudonym } from './relations';

describe('mirror conversation consent', () => {
  it('drops every other scope when someone does not take part', () => {
    expect(normaliseMirrorConsent(['quote_anonymously', 'share_in_network'])).toEqual([]);
    expect(normaliseMirrorConsent(['share_in_network', 'take_part', 'take_part'])).toEqual(['take_part', 'share_in_network']);
  });

  it('allows a quote per audience only with every scope that audience needs', () => {
    expect(quoteAllowed('team', ['take_part'])).toBe(false);
    expect(quoteAllowed('team', ['take_part', 'quote_anonymously'])).toBe(true);
    expect(quoteAllowed('participants', ['take_part', 'quote_anonymously'])).toBe(true);
    expect(quoteAllowed('organisation', ['take_part', 'quote_anonymously'])).toBe(false);
    expect(quoteAllowed('organisation', ['take_part', 'quote_anonymously', 'share_in_organisation'])).toBe(true);
    // Sharing in the network does not cover the organisation, where the resident may be recognised.
    expect(quoteAllowed('organisation', ['take_part', 'quote_anonymously', 'share_in_network'])).toBe(false);
    expect(quoteAllowed('network', ['take_part', 'quote_anonymously', 'share_in_network'])).toBe(true);
  });

  it('counts answers beforehand in the mirror for the team with taking part, beyond it only with sharing', () => {
    expect(mirrorWordsAllowed('team', ['take_part'])).toBe(true);
    expect(mirrorWordsAllowed('organisation', ['take_part'])).toBe(false);
    expect(mirrorWordsAllowed('organisation', ['take_part', 'share_in_organisation'])).toBe(true);
    expect(mirrorWordsAllowed('team', [])).toBe(false);
  });
});

describe('who reads the letter back', () => {
  it.each([
    [[], false],
    [['take_part'], true],
    [['take_part', 'quote_anonymously', 'share_in_network'], true],
    // Not a consent anyone can hold without taking part (normaliseMirrorConsent), but the rule still reads it so.
    [['quote_anonymously'], false],
  ] as const)('with consent %j: %s', (scopes, reads) => {
    expect(readsLetter(scopes)).toBe(reads);
  });
});

describe('relations and pseudonyms', () => {
  it('knows which relations are legal representatives by law', () => {
    expect(impliesLegalRepresentative('mentor')).toBe(true);
    expect(impliesLegalRepresentative('child')).toBe(false);
  });

  it('names participants by letter, also past the alphabet', () => {
    expect(mirrorPseudonym('relative', 0)).toBe('Naaste A');
    expect(mirrorPseudonym('resident', 1)).toBe('Bewoner B');
    expect(mirrorPseudonym('relative', 27)).toBe('Naaste B2');
  });
});
