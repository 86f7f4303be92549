import { residentWords } from '../organisation/resident-words';
import type { LocalizedText } from '../values/localized-text';
import type { CheckinTopicId } from './types';

type Prompt = (residents: LocalizedText) => LocalizedText;

/** Each topic's open question; two of them speak of the people the entrepreneur cares for. */
const PROMPTS: Readonly<Record<CheckinTopicId, Prompt>> = {
  continuity: (residents) => ({
    // "de zorg", not "huis": a day centre or a care farm is not a house, and each has care that must go on.
    nl: `Wat gebeurt er met de zorg, het team en de ${residents.nl} als jij morgen wegvalt?`,
    en: `What happens to the care, the team and the ${residents.en} if you drop out tomorrow?`,
  }),
  staying_small: () => ({
    nl: 'Wat trekt aan je om te groeien, en wat helpt je klein te blijven?',
    en: 'What pulls you towards growing, and what helps you stay small?',
  }),
  specialist_expertise: () => ({
    nl: 'Welke deskundigheid mis je, en bij wie kun je aankloppen?',
    en: 'Which expertise do you miss, and whom can you turn to?',
  }),
  rules_and_contracts: (residents) => ({
    nl: `Waar schuren regels, inkoop of contracten met wat jullie ${residents.nl} nodig hebben?`,
    en: `Where do rules, procurement or contracts rub against what your ${residents.en} need?`,
  }),
};

/**
 * The question under a check-in topic (domain guide §6.8), put to an entrepreneur about their own organisation: its
 * people in its own word (`residentTerm`, "bewoner" when empty), "deelnemers" at a care farm, "jongeren" in a family home.
 */
export function checkinPrompt(topic: CheckinTopicId, residentTerm: string): LocalizedText {
  return PROMPTS[topic]({ nl: residentWords(residentTerm, 'nl').residents, en: residentWords(residentTerm, 'en').residents });
}
