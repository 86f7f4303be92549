import { MIRROR_LIMITS } from '@kring/domain';
import type { RelativeInvitationPartsFragment } from '../graphql/generated';
import { draftFrom, responseInput, tooLong, withoutFlagged } from './relative-draft';

const invitation = {
  consents: ['take_part', 'quote_anonymously'],
  relation: 'child',
  legalRepresentative: null,
  freeText: 'Fijn dat jullie het vragen.',
  askedThemeIds: ['being_at_home', 'information'],
  themeAnswers: [{ themeId: 'information', important: 'Eerlijk', experienced: 'Via de app' }],
} as unknown as RelativeInvitationPartsFragment;

describe("the relative's page", () => {
  it('starts from what was saved, with an empty answer for every theme asked', () => {
    expect(draftFrom(invitation)).toEqual({
      consents: ['take_part', 'quote_anonymously'],
      relation: 'child',
      legal: 'unknown',
      freeText: 'Fijn dat jullie het vragen.',
      answers: { being_at_home: { important: '', experienced: '' }, information: { important: 'Eerlijk', experienced: 'Via de app' } },
    });
  });

  it('sends input beforehand only while it can change and only for someone who takes part', () => {
    const draft = draftFrom(invitation);
    expect(responseInput(draft, 't', 'easy_read', true)).toMatchObject({
      consents: ['take_part', 'quote_anonymously'],
      form: 'easy_read',
      legalRepresentative: null,
      freeText: 'Fijn dat jullie het vragen.',
      themeAnswers: [
        { themeId: 'being_at_home', important: '', experienced: '' },
        { themeId: 'information', important: 'Eerlijk', experienced: 'Via de app' },
      ],
    });
    expect(responseInput(draft, 't', 'standard', false)).toMatchObject({ freeText: null, themeAnswers: null });
    expect(responseInput({ ...draft, consents: ['quote_anonymously'], legal: 'yes' }, 't', 'standard', true)).toMatchObject({
      consents: [],
      legalRepresentative: true,
      freeText: null,
      themeAnswers: null,
    });
  });

  it('names every field that is longer than the server accepts', () => {
    const draft = draftFrom(invitation);
    draft.freeText = 'a'.repeat(MIRROR_LIMITS.freeTextMaxLength + 1);
    draft.answers.information.experienced = 'b'.repeat(MIRROR_LIMITS.answerMaxLength + 2);
    expect(tooLong(draft)).toEqual({
      freeText: { length: MIRROR_LIMITS.freeTextMaxLength + 1, max: MIRROR_LIMITS.freeTextMaxLength },
      'information.experienced': { length: MIRROR_LIMITS.answerMaxLength + 2, max: MIRROR_LIMITS.answerMaxLength },
    });
  });

  it('clears exactly the texts the server flagged when the relative removes them', () => {
    const draft = draftFrom(invitation);
    draft.freeText = 'Mijn moeder is geslagen.';
    const [first, second] = Object.keys(draft.answers);
    draft.answers[first].important = 'Rust';
    draft.answers[second].experienced = 'Er is een klacht ingediend.';
    const cleared = withoutFlagged(draft, ['freeText', 'themeAnswers.1.experienced']);
    expect(cleared.freeText).toBe('');
    expect(cleared.answers[first].important).toBe('Rust');
    expect(cleared.answers[second].experienced).toBe('');
    // The order of responseInput's answers is the draft's order, so the paths point at the right theme.
    expect(responseInput(draft, 't', 'standard', true).themeAnswers![1].themeId).toBe(second);
  });
});
