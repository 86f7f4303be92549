import { draftOf, emptyDraft, fieldsOf, momentAt } from './note-fields';

describe('the note capture form', () => {
  it('starts at the moment of the day it is written', () => {
    expect([3, 9, 12, 15, 20, 23].map(momentAt)).toEqual(['night', 'morning', 'midday', 'afternoon', 'evening', 'night']);
    expect(emptyDraft(new Date(2026, 3, 14, 10, 30))).toMatchObject({ body: '', findingType: '', momentOfDay: 'morning' });
  });

  it('turns a draft into note fields and back, with empty choices as none', () => {
    const draft = {
      body: '  Samen koken  ',
      findingType: 'suggestion' as const,
      valueIds: ['being_together'],
      mirrorThemeId: '',
      momentOfDay: '' as const,
      aboutFocus: true,
    };
    const fields = fieldsOf(draft);
    expect(fields).toEqual({
      body: 'Samen koken',
      findingType: 'suggestion',
      valueIds: ['being_together'],
      mirrorThemeId: null,
      momentOfDay: null,
      aboutFocus: true,
      deleted: false,
    });
    expect(draftOf(fields)).toEqual({ ...draft, body: 'Samen koken' });
  });
});
