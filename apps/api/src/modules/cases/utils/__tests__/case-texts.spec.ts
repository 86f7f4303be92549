import { GuardedTextInput } from '@kring/domain';
import { caseTexts } from '../case-texts';

const caseFile = {
  title: 'Onrust bij het avondeten',
  display_pseudonym: 'mevrouw A.',
  life_story_note: 'Was boerin.',
  burden_note: '',
};

const own: GuardedTextInput[] = [
  { field: 'title', text: 'Onrust bij het avondeten', pseudonym: true },
  { field: 'displayPseudonym', text: 'mevrouw A.', pseudonym: true },
  { field: 'lifeStoryNote', text: 'Was boerin.', pseudonym: true },
  { field: 'burdenNote', text: '', pseudonym: true },
];

describe('caseTexts', () => {
  it.each([
    {
      what: 'a case without chapters: its own four texts, empty ones included, each pointing to the case’s pseudonym',
      chapters: [],
      texts: own,
    },
    {
      what: 'chapters follow in the order given, title before body, named by their id',
      chapters: [
        { id: 'ch-2', title: 'Tweede keer', body: 'Het ging beter.' },
        { id: 'ch-1', title: 'Eerste keer', body: 'Zij stond op.' },
      ],
      texts: [
        ...own,
        { field: 'chapters.ch-2.title', text: 'Tweede keer', pseudonym: true },
        { field: 'chapters.ch-2.body', text: 'Het ging beter.', pseudonym: true },
        { field: 'chapters.ch-1.title', text: 'Eerste keer', pseudonym: true },
        { field: 'chapters.ch-1.body', text: 'Zij stond op.', pseudonym: true },
      ],
    },
  ] as { what: string; chapters: { id: string; title: string; body: string }[]; texts: GuardedTextInput[] }[])(
    '$what',
    ({ chapters, texts }) => {
      expect(caseTexts(caseFile, chapters)).toEqual(texts);
    },
  );
});
