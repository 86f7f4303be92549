import { NoteFields } from '@kring/domain';
import { noteFieldValues } from '../note-field-values';

const note: NoteFields = {
  body: 'Bewoners schenken zelf koffie in.',
  findingType: 'touched_us',
  valueIds: ['feeling_at_home', 'being_together'],
  mirrorThemeId: null,
  momentOfDay: 'morning',
  aboutFocus: true,
  deleted: false,
};

describe('noteFieldValues', () => {
  it.each([
    {
      what: 'every field, in the column order of the note and conflict tables',
      fields: note,
      values: ['Bewoners schenken zelf koffie in.', 'touched_us', ['feeling_at_home', 'being_together'], null, 'morning', true, false],
    },
    {
      what: 'a withdrawn note without values, theme or moment',
      fields: { ...note, valueIds: [], momentOfDay: null, aboutFocus: false, deleted: true },
      values: ['Bewoners schenken zelf koffie in.', 'touched_us', [], null, null, false, true],
    },
    {
      what: 'a note about a mirror theme',
      fields: { ...note, mirrorThemeId: 'residents' },
      values: [
        'Bewoners schenken zelf koffie in.',
        'touched_us',
        ['feeling_at_home', 'being_together'],
        'residents',
        'morning',
        true,
        false,
      ],
    },
  ] as { what: string; fields: NoteFields; values: unknown[] }[])('$what', ({ fields, values }) => {
    expect(noteFieldValues(fields)).toEqual(values);
  });
});
