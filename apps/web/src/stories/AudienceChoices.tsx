import { STORY_AUDIENCE_LABELS, STORY_AUDIENCES, type StoryAudience } from '@kring/domain';
import { useLanguage } from '../i18n';
import { CheckboxGroup } from '../ui/Field';
import { includedByWider, withIncludedAudiences } from '@kring/domain';

/**
 * One checkbox per audience, each with what it means in plain words; consent is given per audience, and an audience
 * ticks and locks what it includes: "Iedereen" the team, the organisation and the network; the organisation its team.
 */
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
        disabled: includedByWider(audience, values),
      }))}
      values={values}
      onChange={(chosen) => onChange(withIncludedAudiences(chosen))}
    />
  );
}
