import type { TextsSaved } from '../relative-draft';
import { saveNotice, type SaveNotice } from '../save-notice';

describe('what the relative hears after "Opslaan"', () => {
  it.each<[string, boolean, boolean, TextsSaved, boolean, SaveNotice | undefined]>([
    // case, saidYes, hadSaidYes, texts, wroteSomething, notice
    ['a first "no"', false, false, 'notSent', false, 'declined'],
    ['a "no" after a yes is a withdrawal', false, true, 'notSent', true, 'withdrawn'],
    ['a yes with nothing written', true, false, 'saved', false, 'saved'],
    ['a yes with a text that went along', true, false, 'saved', true, 'savedWithText'],
    ['a text shortened after "te lang", saved now', true, true, 'saved', true, 'savedWithText'],
    ['a yes once the conversation began (no texts asked)', true, true, 'notSent', true, 'saved'],
    ['a text too long: the choices are kept, the text not', true, false, 'tooLong', true, 'savedButTooLong'],
    ['a text the guard refused says its own', true, false, 'refused', true, undefined],
  ])('%s', (_case, saidYes, hadSaidYes, texts, wroteSomething, notice) => {
    expect(saveNotice({ saidYes, hadSaidYes, texts, wroteSomething })).toBe(notice);
  });
});
