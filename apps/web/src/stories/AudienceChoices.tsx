import { STORY_AUDIENCE_LABELS, STORY_AUDIENCES, type StoryAudience } from '@kring/domain';
import { useLanguage } from '../i18n';
import { CheckboxGroup } from '../ui/Field';
import { includedByWider, withIncludedAudiences } from '@kring/domain';

/** The storyteller's own choices in what is stored: an audience a wider one includes was ticked by that one, not on its own. */
export function ownAudiences(stored: readonly StoryAudience[]): StoryAudience[] {
  return STORY_AUDIENCES.filter((audience) => stored.includes(audience) && !includedByWider(audience, stored));
}

/**
 * The storyteller's own choices after a click, from the boxes ticked now. Only an audience that is not locked can
 * change, so what changed is one of their own choices; what it included goes with it.
 */
export function afterToggle(chosen: readonly StoryAudience[], ticked: readonly StoryAudience[]): StoryAudience[] {
  const shown = withIncludedAudiences(chosen);
  return STORY_AUDIENCES.filter((a) => (shown.includes(a) === ticked.includes(a) ? chosen.includes(a) : ticked.includes(a)));
}

/**
 * One checkbox per audience, each with what it means in plain words; consent is given per audience, and an audience
 * ticks and locks what it includes: "Iedereen" the team, the organisation and the network; the organisation its team.
 * `chosen` are the storyteller's own choices (ownAudiences): taking "Iedereen" away takes away what it ticked too, so
 * a withdrawn consent leaves nothing ticked that the storyteller did not tick themselves.
 */
export function AudienceChoices({
  legend,
  hint,
  chosen,
  onChange,
}: {
  legend: string;
  hint?: string;
  chosen: readonly StoryAudience[];
  onChange: (chosen: StoryAudience[]) => void;
}) {
  const [language] = useLanguage();
  const values = withIncludedAudiences(chosen);
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
      onChange={(ticked) => onChange(afterToggle(chosen, ticked))}
    />
  );
}
