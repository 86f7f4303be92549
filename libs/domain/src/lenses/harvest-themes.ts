import { LocalizedText } from '../values/localized-text';
import { CoreValueId } from '../values/types';

export interface HarvestTheme {
  readonly id: string;
  readonly name: LocalizedText;
  /**
   * A starting question for the question guide (gespreksleidraad). It asks
   * relatives about their experience, never for a rating: gratitude clouds
   * judgement (domain guide §5).
   */
  readonly exampleQuestion: LocalizedText;
  /** Where the theme meets the mensperspectief, to suggest value tags. */
  readonly relatedValueIds: readonly CoreValueId[];
}

/** Harvest themes of a mirror conversation with relatives (spiegelgesprek; domain guide §5). */
export const HARVEST_THEMES = [
  {
    id: 'dignity',
    name: { nl: 'Waardigheid', en: 'Dignity' },
    exampleQuestion: { nl: 'Wanneer wordt uw naaste hier als mens gezien?', en: 'When is your relative seen as a person here?' },
    relatedValueIds: ['being_a_person'],
  },
  {
    id: 'being_at_home',
    name: { nl: 'Je thuis voelen', en: 'Feeling at home' },
    exampleQuestion: {
      nl: 'Voelt uw naaste zich hier thuis? Waaraan merkt u dat?',
      en: 'Does your relative feel at home here? How can you tell?',
    },
    relatedValueIds: ['feeling_at_home'],
  },
  {
    id: 'own_direction',
    name: { nl: 'Eigen regie', en: 'Own direction' },
    exampleQuestion: {
      nl: 'Waar kan uw naaste zelf kiezen, en waar kiest een ander voor hem of haar?',
      en: 'Where can your relative choose for themselves, and where does someone else choose?',
    },
    relatedValueIds: ['feeling_at_home', 'ordinary_surroundings'],
  },
  {
    id: 'who_is_this_person',
    name: { nl: 'Wie is deze persoon', en: 'Who is this person' },
    exampleQuestion: {
      nl: 'Kennen de begeleiders uw naaste zoals u hem of haar kent? Wat zouden ze moeten weten?',
      en: 'Do the carers know your relative as you know them? What should they know?',
    },
    relatedValueIds: ['being_a_person'],
  },
  {
    id: 'relatives_involvement',
    name: { nl: 'Betrokkenheid van naasten', en: 'Involvement of relatives' },
    exampleQuestion: { nl: 'Hoe ervaart u uw betrokkenheid?', en: 'How do you experience your involvement?' },
    relatedValueIds: ['being_together'],
  },
  {
    id: 'treatment_and_communication',
    name: { nl: 'Bejegening en communicatie', en: 'Treatment and communication' },
    exampleQuestion: {
      nl: 'Hoe gaan de begeleiders met uw naaste en met u om? Kunt u een voorbeeld geven?',
      en: 'How do the carers treat your relative and you? Can you give an example?',
    },
    relatedValueIds: ['being_a_person', 'being_together'],
  },
  {
    id: 'meaningful_day',
    name: { nl: 'Zinvolle dag en activiteiten', en: 'Meaningful day and activities' },
    exampleQuestion: { nl: 'Hoe ziet een goede dag van uw naaste eruit?', en: 'What does a good day for your relative look like?' },
    relatedValueIds: ['being_together', 'doing_what_is_needed'],
  },
  {
    id: 'safety',
    name: { nl: 'Veiligheid', en: 'Safety' },
    exampleQuestion: {
      nl: 'Wanneer voelt uw naaste zich hier veilig en geborgen, en wanneer minder?',
      en: 'When does your relative feel safe and secure here, and when less so?',
    },
    relatedValueIds: ['feeling_at_home'],
  },
  {
    id: 'information',
    name: { nl: 'Informatie', en: 'Information' },
    exampleQuestion: {
      nl: 'Hoe hoort u wat er met uw naaste gebeurt, en bij wie kunt u terecht met een vraag?',
      en: 'How do you hear what happens with your relative, and whom can you ask?',
    },
    relatedValueIds: ['being_together', 'steering_together'],
  },
  {
    id: 'going_well_could_be_better',
    name: { nl: 'Wat gaat goed / wat kan beter', en: 'What goes well / what could be better' },
    exampleQuestion: {
      nl: 'Wat gaat er goed, en wat zou u anders willen zien?',
      en: 'What goes well, and what would you like to see differently?',
    },
    relatedValueIds: [],
  },
] as const satisfies readonly HarvestTheme[];

export type HarvestThemeId = (typeof HARVEST_THEMES)[number]['id'];

export function isHarvestThemeId(value: unknown): value is HarvestThemeId {
  return HARVEST_THEMES.some((t) => t.id === value);
}
