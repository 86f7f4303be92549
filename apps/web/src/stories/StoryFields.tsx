import { STORY_LIMITS } from '@kring/domain';
import type { GraphqlError } from '../graphql/client';
import { useLanguage } from '../i18n';
import { CheckboxGroup, TextAreaField, TextField } from '../ui/Field';
import { coreValueOptions } from './story-labels';
import { useTexts } from './texts';

export interface StoryTextValues {
  title: string;
  body: string;
  valueIds: string[];
}

/** Title, text and values: the same fields when writing and when changing a story. */
export function StoryFields({
  values,
  onChange,
  error,
}: {
  values: StoryTextValues;
  onChange: (values: StoryTextValues) => void;
  error?: GraphqlError;
}) {
  const { t } = useTexts();
  const [language] = useLanguage();
  return (
    <>
      <TextField
        label={t('stories.fields.title')}
        name="title"
        maxLength={STORY_LIMITS.title}
        value={values.title}
        onChange={(title) => onChange({ ...values, title })}
        error={error?.fields.title}
      />
      <TextAreaField
        label={t('stories.fields.body')}
        hint={t('stories.fields.bodyHint')}
        name="body"
        rows={10}
        maxLength={STORY_LIMITS.body}
        value={values.body}
        onChange={(body) => onChange({ ...values, body })}
        error={error?.fields.body}
      />
      <CheckboxGroup
        legend={t('stories.fields.values')}
        hint={t('stories.fields.valuesHint')}
        name="valueIds"
        options={coreValueOptions(language)}
        values={values.valueIds}
        onChange={(valueIds) => onChange({ ...values, valueIds })}
        error={error?.fields.valueIds}
      />
    </>
  );
}

export function storyTexts(values: StoryTextValues, t: (key: 'stories.fields.title' | 'stories.fields.body') => string) {
  return [
    { field: 'title', label: t('stories.fields.title'), text: values.title },
    { field: 'body', label: t('stories.fields.body'), text: values.body },
  ];
}
