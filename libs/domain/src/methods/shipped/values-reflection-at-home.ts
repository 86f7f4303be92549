import { CORE_VALUES, VALUE_CONCERN_LABELS } from '../../values/core-values';
import { CoreValue } from '../../values/types';
import { OPEN_PHASE } from '../phase-behaviour';
import { Method, MethodPhase } from '../types';

/** One phase per core value, built from the framework so prompts never drift from it. */
function valuePhase(value: CoreValue): MethodPhase {
  const concern = VALUE_CONCERN_LABELS[value.concerns];
  return {
    id: `value_${value.id}`,
    kind: 'contribute',
    title: value.name,
    participantPrompt: {
      nl: value.prompts.map((p) => p.nl).join(' '),
      en: value.prompts.map((p) => p.en).join(' '),
    },
    moderatorGuidance: {
      nl: `${value.definition.nl} Deze waarde gaat vooral over: ${concern.nl.toLowerCase()}.`,
      en: `${value.definition.en} This value mostly concerns: ${concern.en.toLowerCase()}.`,
    },
    defaultMinutes: 7,
    lensItemIds: [value.id],
    behaviour: OPEN_PHASE,
  };
}

/** Waardenreflectie "Zou je dat thuis ook doen?" (domain guide §4.2; sources). 80 minutes. */
export const VALUES_REFLECTION_AT_HOME: Method = {
  id: 'values_reflection_at_home',
  version: 1,
  name: { nl: 'Waardenreflectie: "Zou je dat thuis ook doen?"', en: 'Values reflection: "Would you do that at home?"' },
  summary: {
    nl: 'Een gewone situatie uit het dagelijks leven langs de zes waarden van het mensperspectief. We benoemen wat sterk is en wat onder druk staat, schrappen één regel en proberen één nieuwe praktijk.',
    en: 'An ordinary everyday situation walked through the six values of the person perspective. We name what is strong and what is under pressure, drop one rule and try one new practice.',
  },
  source: 'sources',
  phases: [
    {
      id: 'situation',
      kind: 'tell',
      title: { nl: 'De situatie', en: 'The situation' },
      participantPrompt: {
        nl: 'Beschrijf een gewone situatie uit het dagelijks leven hier: een afspraak, een routine, een moment aan tafel.',
        en: 'Describe an ordinary situation from daily life here: an arrangement, a routine, a moment at the table.',
      },
      moderatorGuidance: {
        nl: 'Kies liever iets alledaags dan een incident; juist in gewone routines sluipen nieuwe interne systemen.',
        en: 'Prefer something everyday to an incident; new internal systems creep in through ordinary routines.',
      },
      defaultMinutes: 10,
      behaviour: OPEN_PHASE,
    },
    ...CORE_VALUES.map(valuePhase),
    {
      id: 'tag',
      kind: 'tag_values',
      title: { nl: 'Sterk of onder druk?', en: 'Strong or under pressure?' },
      participantPrompt: {
        nl: 'Label de bijdragen: welke waarde is hier zichtbaar sterk, welke staat onder druk, en waar hebben we nog een vraag?',
        en: 'Tag the contributions: which value is a visible strength here, which is under pressure, and where do we still have a question?',
      },
      moderatorGuidance: {
        nl: 'Geen cijfers en geen optelling: het patroon is het gesprek.',
        en: 'No numbers and no totals: the pattern is the conversation.',
      },
      defaultMinutes: 10,
      behaviour: { ...OPEN_PHASE, valueTagging: true, worksWith: ['situation', ...CORE_VALUES.map((v) => `value_${v.id}`)] },
    },
    {
      id: 'drop_a_rule',
      kind: 'decide',
      title: { nl: 'Welke regel kan eraf?', en: 'Which rule can go?' },
      participantPrompt: {
        nl: 'Welke regel kunnen we opheffen? Zou je dat thuis ook doen?',
        en: 'Which rule can we drop? Would you do that at home?',
      },
      moderatorGuidance: {
        nl: 'Kies samen één regel. Vervang hem niet door een nieuwe regel, maar door een afspraak zoals thuis.',
        en: 'Choose one rule together. Do not replace it with a new rule, but with an arrangement as at home.',
      },
      defaultMinutes: 8,
      behaviour: { ...OPEN_PHASE, votesHiddenUntilClose: true },
    },
    {
      id: 'new_practice',
      kind: 'harvest',
      title: { nl: 'Eén nieuwe praktijk', en: 'One new practice' },
      participantPrompt: {
        nl: 'Welke nieuwe praktijk proberen we uit: wat, wie, en wanneer kijken we terug?',
        en: 'Which new practice will we try: what, who, and when do we look back?',
      },
      moderatorGuidance: {
        nl: 'Eén praktijk is genoeg. Spreek een datum af om terug te kijken.',
        en: 'One practice is enough. Agree a date to look back.',
      },
      defaultMinutes: 10,
      behaviour: { ...OPEN_PHASE, harvestFlow: 'practices' },
    },
  ],
};
