import { CoreValue, CoreValueId, ValueConcern } from './types';

/**
 * The six kernwaarden of the mensperspectief (research report 2023, Tabel 5).
 * Prompts are the ones the domain guide §3 ships as reflection prompts; they
 * come from the sources (e.g. "Zou je dat thuis ook doen?" is an
 * entrepreneur's own test question).
 */
export const CORE_VALUES: readonly CoreValue[] = [
  {
    id: 'feeling_at_home',
    kind: 'value',
    position: 1,
    name: { nl: 'Thuis voelen', en: 'Feeling at home' },
    definition: {
      nl: 'Een gevoel van thuis-zijn, waar mensen met een zorgvraag zichzelf kunnen en mogen zijn, ongeacht waar zij wonen of werken.',
      en: 'A sense of being at home, where people with a care need can and may be themselves, wherever they live or work.',
    },
    concerns: 'resident_and_relatives',
    prompts: [
      {
        nl: 'Zou je dat thuis ook doen? En waarom zou je het hier anders doen?',
        en: 'Would you do that at home? And why would you do it differently here?',
      },
      { nl: 'Welke regel kunnen we opheffen?', en: 'Which rule can we drop?' },
      {
        nl: 'Kan iedereen zijn eigen ritme volgen en bezoek ontvangen wanneer hij wil?',
        en: 'Can everyone follow their own rhythm and receive visitors whenever they like?',
      },
    ],
  },
  {
    id: 'being_a_person',
    kind: 'value',
    position: 2,
    name: { nl: 'Mens-zijn', en: 'Being a person' },
    definition: {
      nl: 'Iedereen doet ertoe als mens: een mens met een eigen identiteit, die een leven kan leiden zoals hij of zij dat zelf wil en niet wordt gezien als een nummer.',
      en: 'Everyone matters as a person: someone with their own identity, who can lead the life they want and is not seen as a number.',
    },
    concerns: 'resident_and_relatives',
    prompts: [
      {
        nl: 'Wat weten we van het levensverhaal: wat is belangrijk, wat is geschonden? Welk nieuw hoofdstuk begint hier?',
        en: 'What do we know of the life story: what matters, what has been damaged? Which new chapter begins here?',
      },
      {
        nl: 'Waar hielden we vast aan een kader dat we hadden moeten loslaten?',
        en: 'Where did we hold on to a framework we should have let go of?',
      },
      { nl: 'Hoe bewegen we mee als de zorgvraag toeneemt?', en: 'How do we move along when the need for care grows?' },
    ],
  },
  {
    id: 'being_together',
    kind: 'value',
    position: 3,
    name: { nl: 'Samen-zijn', en: 'Being together' },
    definition: {
      nl: 'De woon- of werkplek is een sociale aangelegenheid waar het draait om relaties en betekenisgeving: een omgeving waar saamhorigheid is en die voelt als samen-zijn.',
      en: 'The home or workplace is a social place about relationships and meaning: a setting with togetherness that feels like being together.',
    },
    concerns: 'resident_and_relatives',
    prompts: [
      { nl: 'Is er ruimte voor wie alleen wil zijn?', en: 'Is there room for those who want to be alone?' },
      {
        nl: 'Voelen naasten zich welkom en kunnen ze op verhaal komen?',
        en: 'Do relatives feel welcome, and can they catch their breath and tell their story here?',
      },
    ],
  },
  {
    id: 'doing_what_is_needed',
    kind: 'value',
    position: 4,
    name: { nl: 'Doen wat nodig is', en: 'Doing what is needed' },
    definition: {
      nl: 'Gewoon doen: dat levert mooie en onverwachte dingen op, waardoor mensen met een zorgvraag mee kunnen doen in de samenleving en ervaren dat ze erbij horen.',
      en: 'Simply doing: it leads to fine and unexpected things, so that people with a care need can take part in society and feel they belong.',
    },
    concerns: 'carers_and_entrepreneurs',
    prompts: [
      { nl: 'Waar zeiden we ja en waar nee, en waarom?', en: 'Where did we say yes and where no, and why?' },
      {
        nl: 'Waar schuurde de regelgeving met wat nodig was?',
        en: 'Where did the rules rub against what was needed?',
      },
    ],
  },
  {
    id: 'steering_together',
    kind: 'value',
    position: 5,
    name: { nl: 'Samen-sturen', en: 'Steering together' },
    definition: {
      nl: 'Zorgverleners en zorgondernemers sturen samen om de zorg vorm te geven; dat leidt tot loyaliteit naar elkaar, naar de organisatie en naar de mensen met een zorgvraag.',
      en: 'Carers and entrepreneurs steer together to shape the care; this builds loyalty to each other, to the organisation and to the people with a care need.',
    },
    concerns: 'carers_and_entrepreneurs',
    prompts: [
      { nl: 'Wie besliste, en hoe snel? Spreken we elkaar aan?', en: 'Who decided, and how quickly? Do we hold each other to account?' },
      { nl: 'Welke deskundigheid misten we?', en: 'Which expertise did we miss?' },
    ],
  },
  {
    id: 'ordinary_surroundings',
    kind: 'value',
    position: 6,
    name: { nl: 'Gewone omgeving', en: 'Ordinary surroundings' },
    definition: {
      nl: 'Een woning met een gewoon uiterlijk die midden in het gewone leven staat, zonder mensen met een zorgvraag apart te zetten of onderscheidend te maken.',
      en: 'A home that looks ordinary and stands in ordinary life, without setting people with a care need apart or marking them out.',
    },
    concerns: 'setting',
    prompts: [
      { nl: 'Gaat het contact voor de taken?', en: 'Does contact come before tasks?' },
      { nl: 'Ziet dit eruit als een gewoon huis?', en: 'Does this look like an ordinary house?' },
    ],
  },
];

/** Who each value mostly concerns; children inherit it from their value. */
export function concernOfValue(valueId: CoreValueId): ValueConcern {
  const value = CORE_VALUES.find((v) => v.id === valueId);
  if (!value) throw new Error(`Unknown core value: ${valueId}`);
  return value.concerns;
}

export const VALUE_CONCERN_LABELS: Record<ValueConcern, { nl: string; en: string }> = {
  resident_and_relatives: { nl: 'Bewoner en naasten', en: 'Resident and relatives' },
  carers_and_entrepreneurs: { nl: 'Begeleiders en zorgondernemers', en: 'Carers and entrepreneurs' },
  setting: { nl: 'De omgeving', en: 'The setting' },
};
