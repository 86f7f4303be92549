import { STORY_AUDIENCE_LABELS, STORY_AUDIENCES, type StoryAudience } from '@kring/domain';
import { useId } from 'react';
import { useLanguage } from '../i18n';

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
  const hintId = useId();
  const toggle = (audience: StoryAudience, on: boolean) =>
    onChange(STORY_AUDIENCES.filter((a) => (a === audience ? on : values.includes(a))));
  return (
    <fieldset className="field" aria-describedby={hint ? hintId : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {STORY_AUDIENCES.map((audience) => (
        <label key={audience} className="checkbox">
          <input
            type="checkbox"
            name="audiences"
            value={audience}
            checked={values.includes(audience)}
            onChange={(e) => toggle(audience, e.target.checked)}
          />
          <span>
            {STORY_AUDIENCE_LABELS[audience].label[language]}
            <span className="audience-choice__explanation">{STORY_AUDIENCE_LABELS[audience].explanation[language]}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
