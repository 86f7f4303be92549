import { CASE_LIMITS } from '@kring/domain';
import { chapterTitleProblem } from './ChapterFields';

describe('the first chapter’s title, checked before a new case is sent', () => {
  it('names an empty title with the server’s words, beside the chapter’s own title box', () => {
    expect(chapterTitleProblem('', 'nl')).toBe('Titel is verplicht');
    expect(chapterTitleProblem('   ', 'en')).toBe('Title is required');
  });

  it('refuses a title over the domain’s limit (counted after trimming, as the server does)', () => {
    expect(chapterTitleProblem('x'.repeat(CASE_LIMITS.chapterTitle + 1), 'nl')).toBe(
      `Titel mag hoogstens ${CASE_LIMITS.chapterTitle} tekens lang zijn`,
    );
    expect(chapterTitleProblem(` ${'x'.repeat(CASE_LIMITS.chapterTitle)} `, 'nl')).toBeUndefined();
  });

  it('lets a title through', () => {
    expect(chapterTitleProblem('Het begin', 'nl')).toBeUndefined();
  });
});
