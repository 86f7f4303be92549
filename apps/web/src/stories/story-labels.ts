import { CORE_VALUES, STORY_AUDIENCE_LABELS, type Language, type StoryAudience } from '@kring/domain';

/**
 * Audiences as a readable list: "het team; het lerend netwerk, zonder namen". A label can hold a comma itself, so
 * they are parted by semicolons: with commas "…, het lerend netwerk, zonder namen, iedereen" read as a fifth
 * audience called "zonder namen".
 */
export function audienceList(audiences: readonly StoryAudience[], language: Language): string {
  return audiences.map((a) => STORY_AUDIENCE_LABELS[a].label[language].toLocaleLowerCase(language)).join('; ');
}

/** The six core values as choices, in the order of the framework. */
export function coreValueOptions(language: Language) {
  return CORE_VALUES.map((value) => ({ value: value.id as string, label: value.name[language] }));
}
