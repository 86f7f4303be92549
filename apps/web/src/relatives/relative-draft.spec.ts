import { MIRROR_LIMITS } from '@kring/domain';
import type { RelativeInvitationPartsFragment, SaveRelativeResponseInput } from '../graphql/generated';
import {
  draftFrom,
  guardFindingsByField,
  responseInput,
  saveInSteps,
  tooLong,
  type RelativeDraft,
  type TextsSaved,
} from './relative-draft';

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

  describe('saving', () => {
    /** A server that stores what it is sent, except a text with a BSN in it, which the content guard refuses whole. */
    function server() {
      const sent: SaveRelativeResponseInput[] = [];
      const stored: string[][] = [];
      const save = (input: SaveRelativeResponseInput) => {
        sent.push(input);
        if (input.freeText?.includes('123456782')) return Promise.resolve(undefined);
        stored.push([...input.consents]);
        return Promise.resolve({ consents: input.consents });
      };
      return { sent, stored, save };
    }
    const ticked = { ...draftFrom({ ...invitation, consents: [] }), consents: ['take_part' as const] };

    it('saves the choices on their own first, so a text the guard refuses does not take "Ik doe mee" with it', async () => {
      const { sent, stored, save } = server();
      const chosen = jest.fn();
      const done = await saveInSteps(save, { ...ticked, freeText: 'Haar BSN is 123456782.' }, 't', 'standard', true, chosen);
      expect(sent.map((input) => [input.consents, input.freeText, input.themeAnswers?.length ?? null])).toEqual([
        [['take_part'], null, null],
        [['take_part'], 'Haar BSN is 123456782.', 2],
      ]);
      expect(stored).toEqual([['take_part']]);
      expect(chosen).toHaveBeenCalledWith({ consents: ['take_part'] });
      expect(done).toEqual({ saved: { consents: ['take_part'] }, texts: 'refused' });
    });

    it('sends the texts after the choices when they may go, and says what became of them', async () => {
      const { sent, save } = server();
      expect(await saveInSteps(save, ticked, 't', 'easy_read', true, () => {})).toEqual({
        saved: { consents: ['take_part'] },
        texts: 'saved',
      });
      expect(sent.map((input) => [input.form, input.freeText])).toEqual([
        ['easy_read', null],
        ['easy_read', 'Fijn dat jullie het vragen.'],
      ]);
      // Too long: not sent at all. Once the conversation has begun, or without taking part: nothing to send.
      const long = { ...ticked, freeText: 'a'.repeat(MIRROR_LIMITS.freeTextMaxLength + 1) };
      for (const [draft, open, texts] of [
        [long, true, 'tooLong'],
        [ticked, false, 'notSent'],
        [{ ...ticked, consents: [] }, true, 'notSent'],
      ] as [RelativeDraft, boolean, TextsSaved][]) {
        const one = server();
        expect(await saveInSteps(one.save, draft, 't', 'standard', open, () => {})).toMatchObject({ texts });
        expect(one.sent.map((input) => input.freeText)).toEqual([null]);
      }
    });

    it('stops when the choices themselves are refused, and says nothing was stored', async () => {
      const chosen = jest.fn();
      const save = jest.fn(() => Promise.resolve(undefined));
      expect(await saveInSteps(save, ticked, 't', 'standard', true, chosen)).toBeUndefined();
      expect(save).toHaveBeenCalledTimes(1);
      expect(chosen).not.toHaveBeenCalled();
    });
  });
});
