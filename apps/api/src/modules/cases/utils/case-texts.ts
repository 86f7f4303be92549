import { GuardedTextInput } from '@kring/domain';
import type { CaseChapterRow } from '../../../engine/database/tables.generated';
import type { CaseRow } from '../case-rows';

/**
 * Everything a wider audience would read of a case, for the content guard
 * when it is shared: its own texts, then every chapter (in the order given),
 * each with the field the finding points back at.
 */
export function caseTexts(
  caseFile: Pick<CaseRow, 'title' | 'display_pseudonym' | 'life_story_note' | 'burden_note'>,
  chapters: readonly Pick<CaseChapterRow, 'id' | 'title' | 'body'>[],
): GuardedTextInput[] {
  // A case's resident has a pseudonym: the guard's advice points to it, as the case inputs declare.
  const pseudonym = true;
  return [
    { field: 'title', text: caseFile.title, pseudonym },
    { field: 'displayPseudonym', text: caseFile.display_pseudonym, pseudonym },
    { field: 'lifeStoryNote', text: caseFile.life_story_note, pseudonym },
    { field: 'burdenNote', text: caseFile.burden_note, pseudonym },
    ...chapters.flatMap((ch) => [
      { field: `chapters.${ch.id}.title`, text: ch.title, pseudonym },
      { field: `chapters.${ch.id}.body`, text: ch.body, pseudonym },
    ]),
  ];
}
