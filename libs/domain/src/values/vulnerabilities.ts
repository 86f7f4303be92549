import { ValueChildData, withConcerns } from './value-child';

/**
 * The 8 kwetsbaarheden of Tabel 5: what threatens a value. Gewone omgeving
 * has none in the sources, so none is invented here. The extra risks the text
 * names under samen-sturen (contracting, yearly re-assessment) belong under
 * "beperkt passende wet- en regelgeving" and "geen passend kwaliteitssysteem".
 */
const VULNERABILITY_DATA = [
  {
    id: 'new_internal_systems',
    kind: 'vulnerability',
    valueId: 'feeling_at_home',
    name: { nl: 'Risico op ontwikkelen nieuwe interne systemen', en: 'Risk of developing new internal systems' },
    definition: {
      nl: 'Zonder aandacht voor alledaagsheid en ongedwongenheid ontstaan nieuwe interne systemen of routines, ten koste van het thuisgevoel.',
      en: 'Without attention to everyday life and informality, new internal systems or routines arise at the expense of feeling at home.',
    },
    prompts: [
      {
        nl: 'Zou je dat thuis ook doen? En waarom zou je het hier anders doen? Het is jouw werk en zij wonen hier.',
        en: 'Would you do that at home? And why would you do it differently here? It is your work and they live here.',
      },
      { nl: 'Welke afspraak is ongemerkt een regel geworden?', en: 'Which arrangement has quietly become a rule?' },
    ],
  },
  {
    id: 'relapse_into_traditional_care',
    kind: 'vulnerability',
    valueId: 'being_a_person',
    name: { nl: 'Risico op vervallen in traditioneel zorgen', en: 'Risk of relapsing into traditional care' },
    definition: {
      nl: 'Begeleiders zijn sneller geneigd vast te houden aan een kader, terwijl je wilt dat ze het kader loslaten; zorgondernemers moeten daar alert op blijven.',
      en: 'Carers tend to hold on to a framework when you want them to let it go; entrepreneurs have to stay alert to this.',
    },
    prompts: [
      {
        nl: 'Waar hielden we vast aan een kader dat we hadden moeten loslaten?',
        en: 'Where did we hold on to a framework we should have let go of?',
      },
    ],
  },
  {
    id: 'balance_together_alone',
    kind: 'vulnerability',
    valueId: 'being_together',
    name: { nl: 'Balans samen-zijn en alleen-zijn', en: 'Balance between being together and being alone' },
    definition: {
      nl: 'Er moet ruimte zijn voor wie meer op zichzelf wil zijn en niet wil opgaan in het groepsgebeuren; samen-zijn kan ook iets dwingends krijgen.',
      en: 'There must be room for those who want to keep to themselves and not merge into the group; togetherness can also become compelling.',
    },
    prompts: [{ nl: 'Is er ruimte voor wie alleen wil zijn?', en: 'Is there room for those who want to be alone?' }],
  },
  {
    id: 'ill_fitting_rules',
    kind: 'vulnerability',
    valueId: 'doing_what_is_needed',
    name: { nl: 'Beperkt passende wet- en regelgeving', en: 'Laws and regulations that fit poorly' },
    definition: {
      nl: 'Zorgverleners zoeken ruimte binnen de wet- en regelgeving; die ruimte is er niet altijd en schuurt vaak tegen het professional-zijn.',
      en: 'Carers look for room within laws and regulations; that room is not always there and often rubs against being a professional.',
    },
    prompts: [{ nl: 'Waar schuurde de regelgeving met wat nodig was?', en: 'Where did the rules rub against what was needed?' }],
  },
  {
    id: 'limited_specific_expertise',
    kind: 'vulnerability',
    valueId: 'steering_together',
    name: { nl: 'Beperkte specifieke deskundigheid', en: 'Limited specialist expertise' },
    definition: {
      nl: 'Soms ontbreekt specialistische kennis om mee te sparren, zoals een orthopedagoog of psycholoog.',
      en: 'Sometimes there is no specialist, such as an orthopedagogue or psychologist, to think things through with.',
    },
    prompts: [
      { nl: 'Welke deskundigheid misten we, en waar halen we die vandaan?', en: 'Which expertise did we miss, and where can we find it?' },
    ],
  },
  {
    id: 'continuity_concerns',
    kind: 'vulnerability',
    valueId: 'steering_together',
    name: { nl: 'Zorgen om continuïteit', en: 'Concerns about continuity' },
    definition: {
      nl: 'De vraag wat er gebeurt als de zorgondernemer stopt, met pensioen gaat of uitvalt.',
      en: 'The question of what happens when the care entrepreneur stops, retires or falls ill.',
    },
    prompts: [
      { nl: 'Wat gebeurt er als de zorgondernemer er niet meer is?', en: 'What happens when the care entrepreneur is no longer there?' },
    ],
  },
  {
    id: 'staying_small_scale',
    kind: 'vulnerability',
    valueId: 'steering_together',
    name: { nl: 'Kleinschalig te blijven', en: 'Staying small-scale' },
    definition: {
      nl: 'Groei tast de kleinschaligheid aan; er moet gekeken worden naar het aantal locaties en niet steeds verder uitgebreid worden.',
      en: 'Growth erodes small scale; the number of locations needs watching rather than expanding further and further.',
    },
    prompts: [{ nl: 'Wat vraagt het van ons om klein te blijven?', en: 'What does staying small ask of us?' }],
  },
  {
    id: 'no_fitting_quality_system',
    kind: 'vulnerability',
    valueId: 'steering_together',
    name: { nl: 'Geen passend kwaliteitssysteem', en: 'No fitting quality system' },
    definition: {
      nl: 'Kwaliteitssystemen kijken naar zorgplannen, doelen en rapportages en negeren de norm van de menselijke maat: huiselijkheid, sfeer, het alledaags leven en de ervaren veiligheid en geborgenheid.',
      en: 'Quality systems look at care plans, goals and reports and ignore the human-scale norm: homeliness, atmosphere, everyday life and experienced safety and security.',
    },
    prompts: [
      {
        nl: 'Laat onze verantwoording zien wat hier werkelijk van waarde is?',
        en: 'Does our accountability show what is truly of value here?',
      },
    ],
  },
] as const satisfies readonly ValueChildData[];

export const VULNERABILITIES = withConcerns(VULNERABILITY_DATA);
