import type { TagDirection } from '../values/tagging';
import { LocalizedText } from '../values/localized-text';
import type { Language } from '../i18n/language';
import { DEFAULT_RESIDENT_TERM, residentWords, type ResidentWords } from '../organisation/resident-words';

export interface LabelledItem {
  readonly id: string;
  readonly name: LocalizedText;
  readonly description: LocalizedText;
}

/**
 * The five mirror themes of a peer visit (domain guide §6; from the 24-hour
 * visit model: a mirror on policy, view of change, residents, staff and the
 * residents' wellbeing). Open look-fors, never a checklist. Their texts speak
 * of the people cared for in the host's own word ({{Residents}} and its other
 * forms, ResidentWords): mirrorThemesFor fills them in.
 */
const MIRROR_THEME_TEXTS = [
  {
    id: 'policy',
    name: { nl: 'Beleid', en: 'Policy' },
    description: {
      nl: 'Is er een heldere visie voor deze {{residents}}, en ondersteunt het beleid de bedoeling of voegt het systeemwereld toe?',
      en: 'Is there a clear vision for these {{residents}}, and does policy support the purpose or add system world?',
    },
  },
  {
    id: 'view_of_change',
    name: { nl: 'Kijk op verandering', en: 'View of change' },
    description: {
      nl: 'Hoe kijkt de organisatie vooruit: op lange termijn, naar nieuwe mogelijkheden, naar de buurt?',
      en: 'How does the organisation look ahead: long term, new possibilities, the neighbourhood?',
    },
  },
  {
    id: 'residents',
    name: { nl: '{{Residents}}', en: '{{Residents}}' },
    description: {
      nl: 'Weten de begeleiders wie iedere {{resident}} werkelijk is? Zijn wensen zichtbaar in het dagelijks leven?',
      en: 'Do the carers know who each {{resident}} really is? Are wishes visible in daily life?',
    },
  },
  {
    id: 'care_staff',
    name: { nl: 'Zorgpersoneel', en: 'Care staff' },
    description: {
      nl: 'Kennen de begeleiders de {{residents}} en wat voor hen belangrijk is, en hebben zij ruimte om daarop af te stemmen?',
      en: 'Do the carers know the {{residents}} and what matters to them, and do they have room to attune to it?',
    },
  },
  {
    id: 'residents_wellbeing',
    name: { nl: 'Welbevinden van {{residents}}', en: "{{Residents}}' wellbeing" },
    description: {
      nl: 'Hoe is het om hier als {{resident}} te zijn? Voelen mensen zich thuis, en is wat gewoon was weer gewoon?',
      en: 'What is it like to be here as {{aResident}}? Do people feel at home, and is what was ordinary ordinary again?',
    },
  },
] as const satisfies readonly LabelledItem[];

export type MirrorThemeId = (typeof MIRROR_THEME_TEXTS)[number]['id'];

export interface MirrorTheme extends LabelledItem {
  readonly id: MirrorThemeId;
}

/** One text with the forms of the word filled in, per language. */
function filled(text: LocalizedText, words: Readonly<Record<Language, ResidentWords>>): LocalizedText {
  const fill = (language: Language) =>
    text[language].replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
      name in words[language] ? words[language][name as keyof ResidentWords] : whole,
    );
  return { nl: fill('nl'), en: fill('en') };
}

/**
 * The mirror themes as a visit to a host reads them, in that host's word for the people it cares for ("Deelnemers",
 * "Welbevinden van deelnemers" at a day-care that says "deelnemer"). Where no one host is meant (a network's lens, its
 * harvest across hosts, an anonymised report), MIRROR_THEMES says "bewoners".
 */
export function mirrorThemesFor(residentTerm: string): readonly MirrorTheme[] {
  const words = { nl: residentWords(residentTerm, 'nl'), en: residentWords(residentTerm, 'en') };
  return MIRROR_THEME_TEXTS.map((theme) => ({
    id: theme.id,
    name: filled(theme.name, words),
    description: filled(theme.description, words),
  }));
}

/** The mirror themes in the default word ("bewoners"): for what spans several hosts. */
export const MIRROR_THEMES = mirrorThemesFor(DEFAULT_RESIDENT_TERM);

/** The three questions of the same-day mirror conversation (research report, recommendation 7). */
export const MIRROR_QUESTIONS = [
  {
    id: 'is_care_good',
    name: { nl: 'Is de zorg goed?', en: 'Is the care good?' },
    description: {
      nl: 'Wat zagen we, en wat zegt dat over de zorg hier?',
      en: 'What did we see, and what does it say about the care here?',
    },
  },
  {
    id: 'what_do_we_learn',
    name: { nl: 'Wat leren we ervan?', en: 'What do we learn from it?' },
    description: {
      nl: 'Wat nemen gastheer en bezoekers mee naar hun eigen praktijk?',
      en: 'What do host and visitors take back to their own practice?',
    },
  },
  {
    id: 'keeping_quality_of_life',
    name: { nl: 'Hoe houden we de kwaliteit van leven goed?', en: 'How do we keep the quality of life good?' },
    description: { nl: 'Wat is nodig om dit vast te houden of te verbeteren?', en: 'What is needed to keep this up or improve it?' },
  },
] as const satisfies readonly LabelledItem[];

/** Finding types of a peer-visit observation (beeld), domain guide §6. */
export const FINDING_TYPES = [
  {
    id: 'touched_us',
    name: { nl: 'Wat ons raakte / sterk punt', en: 'What touched us / strength' },
    description: {
      nl: 'Iets wat goed gaat en de moeite waard is om vast te houden.',
      en: 'Something that goes well and is worth keeping.',
    },
  },
  {
    id: 'mirror_question',
    name: { nl: 'Spiegelvraag', en: 'Mirror question' },
    description: { nl: 'Een open vraag die de gastheer aan het denken zet.', en: 'An open question that makes the host think.' },
  },
  {
    id: 'point_of_attention',
    name: { nl: 'Aandachtspunt', en: 'Point of attention' },
    description: { nl: 'Iets wat opviel en aandacht verdient.', en: 'Something that stood out and deserves attention.' },
  },
  {
    id: 'suggestion',
    name: { nl: 'Suggestie', en: 'Suggestion' },
    description: { nl: 'Een tip uit de eigen praktijk van de bezoeker.', en: "A tip from the visitor's own practice." },
  },
  {
    id: 'rule_obstacle',
    name: { nl: 'Regelknelpunt', en: 'Rule obstacle' },
    description: { nl: 'Een regel die de zorg in de weg zit.', en: 'A rule that gets in the way of care.' },
  },
] as const satisfies readonly LabelledItem[];

export type FindingTypeId = (typeof FINDING_TYPES)[number]['id'];

export function isMirrorThemeId(value: unknown): value is MirrorThemeId {
  return MIRROR_THEMES.some((t) => t.id === value);
}

export function isFindingTypeId(value: unknown): value is FindingTypeId {
  return FINDING_TYPES.some((t) => t.id === value);
}

/**
 * The direction a beeld's value tags count in for the value patterns (heat
 * map): what touched us shows a value as a visible strength, a point of
 * attention or a rule that gets in the way shows it under pressure, a mirror
 * question or a suggestion leaves it an open question. A Record, so a new
 * finding type does not compile until it says where its tags count.
 */
export const FINDING_TYPE_DIRECTION: Record<FindingTypeId, TagDirection> = {
  touched_us: 'visible_strength',
  point_of_attention: 'under_pressure',
  rule_obstacle: 'under_pressure',
  mirror_question: 'open_question',
  suggestion: 'open_question',
};
