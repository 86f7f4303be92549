import { STORY_AUDIENCE_LABELS, STORY_AUDIENCES, type StoryAudience } from '@kring/domain';
import { useLanguage } from '../i18n';
import { CheckboxGroup } from '../ui/Field';

/** One checkbox per audience, each with what it means in plain words; consent is given per audience. */
export function AudienceChoices({
  legend,
  hint,
  values,
  onChange,
}: {
  legend: string;
  hint?: string;
  values: readonly StoryAudience[];
  onChange: (values: StoryAudience[]) => void;
}) {
  const [language] = useLanguage();
  return (
    <CheckboxGroup
      legend={legend}
      hint={hint}
      name="audiences"
      options={STORY_AUDIENCES.map((audience) => ({
        value: audience,
        label: (
          <span>
            {STORY_AUDIENCE_LABELS[audience].label[language]}
            <span className="audience-choice__explanation">{STORY_AUDIENCE_LABELS[audience].explanation[language]}</span>
          </span>
        ),
      }))}
      values={values}
      onChange={onChange}
    />
  );
}
