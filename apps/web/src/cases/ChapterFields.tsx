import { CASE_LIMITS, CHAPTER_TITLE_SUGGESTIONS, fieldMessage, type Language } from '@kring/domain';
import { useId } from 'react';
import { useLanguage } from '../i18n';
import { TextAreaField, TextField } from '../ui/Field';
import { useTexts } from './texts';

export interface ChapterValues {
  title: string;
  body: string;
}

/** The usual chapter titles in the UI language, e.g. "Het begin" for the first one. */
export function suggestedChapterTitle(language: 'nl' | 'en', position: number): string {
  const suggestion = CHAPTER_TITLE_SUGGESTIONS[Math.min(position, CHAPTER_TITLE_SUGGESTIONS.length) - 1];
  return suggestion[language];
}

/**
 * What the server's rule (CaseChapterTextInput: required, at most CASE_LIMITS.chapterTitle after trimming) says about a
 * chapter's title, checked before sending. A new case sends its first chapter inside the case, and the server names
 * a nested field by its own name: its "title" is the case's too, so its message would land under the case's title.
 */
export function chapterTitleProblem(title: string, language: Language): string | undefined {
  const trimmed = title.trim();
  if (trimmed === '') return fieldMessage({ field: 'title', rule: 'required' }, language);
  if (trimmed.length > CASE_LIMITS.chapterTitle)
    return fieldMessage({ field: 'title', rule: 'maxLength', value: CASE_LIMITS.chapterTitle }, language);
  return undefined;
}

/** Title (with the usual titles as suggestions) and text of one chapter. */
export function ChapterFields({
  values,
  onChange,
  errors,
}: {
  values: ChapterValues;
  onChange: (values: ChapterValues) => void;
  errors: Partial<Record<keyof ChapterValues, string>>;
}) {
  const { t } = useTexts();
  const [language] = useLanguage();
  const listId = useId();
  return (
    <>
      <TextField
        label={t('cases.fields.chapterTitle')}
        name="chapterTitle"
        list={listId}
        autoComplete="off"
        maxLength={CASE_LIMITS.chapterTitle}
        value={values.title}
        error={errors.title}
        onChange={(title) => onChange({ ...values, title })}
      />
      <datalist id={listId}>
        {CHAPTER_TITLE_SUGGESTIONS.map((suggestion) => (
          <option key={suggestion.nl} value={suggestion[language]} />
        ))}
      </datalist>
      <TextAreaField
        label={t('cases.fields.chapterBody')}
        hint={t('cases.fields.chapterBodyHint')}
        name="chapterBody"
        rows={10}
        maxLength={CASE_LIMITS.chapterBody}
        value={values.body}
        error={errors.body}
        onChange={(body) => onChange({ ...values, body })}
      />
    </>
  );
}
