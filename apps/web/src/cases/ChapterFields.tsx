import { CASE_LIMITS, CHAPTER_TITLE_SUGGESTIONS } from '@kring/domain';
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
