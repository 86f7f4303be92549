import { MIRROR_LIMITS } from '@kring/domain';
import type { RelativeInvitationPartsFragment } from '../graphql/generated';
import { draftFrom, guardFindingsByField, responseInput, tooLong } from './relative-draft';

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

  it("names what the content guard found at the box it was found in, by the input's paths and the draft's theme order", () => {
    const draft = draftFrom(invitation);
    const finding = (field: string, match: string, label: string) => ({ field, match, label });
    expect(
      guardFindingsByField(
        [
          finding('freeText', '111222333', 'BSN'),
          finding('freeText', '06-12345678', 'telefoonnummer'),
          finding('themeAnswers.1.experienced', 'j@x.nl', 'e-mailadres'),
          finding('themeAnswers.7.important', 'x', 'naam'),
          finding('relation', 'x', 'naam'),
        ],
        draft,
      ),
    ).toEqual({ freeText: ['111222333 (BSN)', '06-12345678 (telefoonnummer)'], 'information.experienced': ['j@x.nl (e-mailadres)'] });
  });
});
