import { mirrorWordsAllowed, normaliseMirrorConsent, quoteAllowed, readsLetter } from './consent';
import { impliesLegalRepresentative, mirrorParticipantKindLabels, mirrorPseudonym, mirrorRelationLabels } from './relations';

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
    expect(mirrorPseudonym('relative', 0, 'bewoner')).toBe('Naaste A');
    expect(mirrorPseudonym('resident', 1, 'bewoner')).toBe('Bewoner B');
    expect(mirrorPseudonym('relative', 27, 'bewoner')).toBe('Naaste B2');
  });

  it.each([
    ['bewoner', 'Bewoner B'],
    ['deelnemer', 'Deelnemer B'],
    ['', 'Bewoner B'],
    ['mens met een zorgvraag', 'Mens met een zorgvraag B'],
  ])("names someone the organisation cares for in its own word %j, in Dutch whatever the reader's language", (term, pseudonym) => {
    expect(mirrorPseudonym('resident', 1, term)).toBe(pseudonym);
    expect(mirrorPseudonym('relative', 1, term)).toBe('Naaste B');
  });

  it.each([
    ['bewoner', { nl: 'Bewoner', en: 'Resident' }, { nl: 'Ik ben hier zelf bewoner', en: 'I am one of the residents here' }],
    ['deelnemer', { nl: 'Deelnemer', en: 'Participant' }, { nl: 'Ik ben hier zelf deelnemer', en: 'I am one of the participants here' }],
    ['jongere', { nl: 'Jongere', en: 'Young person' }, { nl: 'Ik ben hier zelf jongere', en: 'I am one of the young people here' }],
  ])('offers the kind and the relation of someone the organisation calls %j in its word', (term, kind, relation) => {
    expect(mirrorParticipantKindLabels(term)).toEqual({ relative: { nl: 'Naaste', en: 'Relative' }, resident: kind });
    expect(mirrorRelationLabels(term).resident).toEqual(relation);
    expect(mirrorRelationLabels(term).child).toEqual({ nl: 'Zoon of dochter', en: 'Son or daughter' });
  });
});
