import { LocalizedText } from '../values/localized-text';
import { defaultBehaviour } from './phase-behaviour';
import { MethodPhase, PhaseKind } from './types';

/** What a phase kind yields in the session record and harvest. */
export const PHASE_OUTPUTS = [
  'story',
  'questions',
  'contributions',
  'groups',
  'votes',
  'value_tags',
  'weighings',
  'decisions',
  'harvest_items',
] as const;
export type PhaseOutput = (typeof PHASE_OUTPUTS)[number];

export interface PhaseKindDescription {
  readonly label: LocalizedText;
  readonly description: LocalizedText;
  readonly collects: PhaseOutput;
  readonly defaultPrompt: LocalizedText;
  readonly defaultModeratorGuidance: LocalizedText;
  readonly defaultMinutes: number;
}

/** The blocks a moderator can build a custom method from (domain guide §4, point 7). */
export const PHASE_KIND_CATALOGUE: Record<PhaseKind, PhaseKindDescription> = {
  tell: {
    label: { nl: 'Vertellen', en: 'Tell' },
    description: {
      nl: 'Eén persoon vertelt een verhaal of situatie; de anderen luisteren.',
      en: 'One person tells a story or situation; the others listen.',
    },
    collects: 'story',
    defaultPrompt: { nl: 'Vertel wat er gebeurde, zo concreet mogelijk.', en: 'Tell what happened, as concretely as you can.' },
    defaultModeratorGuidance: {
      nl: 'Laat de verteller uitspreken. Let erop dat bewoners alleen met hun pseudoniem genoemd worden.',
      en: 'Let the teller finish. Make sure residents are only named by their pseudonym.',
    },
    defaultMinutes: 10,
  },
  ask_questions: {
    label: { nl: 'Vragen stellen', en: 'Ask questions' },
    description: {
      nl: 'Deelnemers stellen vragen; er worden nog geen adviezen gegeven.',
      en: 'Participants ask questions; no advice yet.',
    },
    collects: 'questions',
    defaultPrompt: {
      nl: 'Welke vraag wil je stellen om de situatie beter te begrijpen?',
      en: 'What question would you ask to understand the situation better?',
    },
    defaultModeratorGuidance: {
      nl: 'Bewaak dat het echte vragen zijn, geen verkapte adviezen of oordelen.',
      en: 'Make sure these are real questions, not advice or judgements in disguise.',
    },
    defaultMinutes: 10,
  },
  contribute: {
    label: { nl: 'Inbrengen', en: 'Contribute' },
    description: {
      nl: 'Iedereen schrijft bijdragen op, eventueel anoniem voor de anderen.',
      en: 'Everyone writes contributions, anonymous to peers if they wish.',
    },
    collects: 'contributions',
    defaultPrompt: { nl: 'Wat zie jij? Schrijf het op.', en: 'What do you see? Write it down.' },
    defaultModeratorGuidance: {
      nl: 'Geef eerst stille schrijftijd, bespreek daarna de bijdragen een voor een.',
      en: 'Give silent writing time first, then discuss the contributions one by one.',
    },
    defaultMinutes: 10,
  },
  group: {
    label: { nl: 'Ordenen', en: 'Group' },
    description: {
      nl: 'Bijdragen die bij elkaar horen worden samengevoegd en benoemd.',
      en: 'Contributions that belong together are grouped and named.',
    },
    collects: 'groups',
    defaultPrompt: { nl: 'Welke bijdragen horen bij elkaar?', en: 'Which contributions belong together?' },
    defaultModeratorGuidance: {
      nl: 'Laat de groep zelf ordenen; benoem verschillen in plaats van ze glad te strijken.',
      en: 'Let the group do the grouping; name differences instead of smoothing them over.',
    },
    defaultMinutes: 10,
  },
  vote: {
    label: { nl: 'Stemmen', en: 'Vote' },
    description: {
      nl: 'Met stippen kiezen waar de groep verder over wil praten; geen score voor de zorg.',
      en: 'Dot votes choose what the group wants to talk about further; not a score for the care.',
    },
    collects: 'votes',
    defaultPrompt: {
      nl: 'Waar wil jij het verder over hebben? Verdeel je stippen.',
      en: 'What would you like to talk about further? Spread your dots.',
    },
    defaultModeratorGuidance: {
      nl: 'De stemmen bepalen alleen de volgorde van het gesprek.',
      en: 'The votes only set the order of the conversation.',
    },
    defaultMinutes: 5,
  },
  tag_values: {
    label: { nl: 'Waarden labelen', en: 'Tag values' },
    description: {
      nl: 'Bijdragen krijgen een waarde uit het mensperspectief en een richting.',
      en: 'Contributions get a value from the person perspective and a direction.',
    },
    collects: 'value_tags',
    defaultPrompt: {
      nl: 'Bij welke waarde hoort dit, en is die hier zichtbaar sterk, onder druk, of een vraag?',
      en: 'Which value does this belong to, and is it a visible strength here, under pressure, or an open question?',
    },
    defaultModeratorGuidance: {
      nl: 'Labelen is geen cijfer geven: het gaat om het gesprek over waarom.',
      en: 'Tagging is not scoring: what counts is the conversation about why.',
    },
    defaultMinutes: 10,
  },
  weigh_options: {
    label: { nl: 'Afwegen', en: 'Weigh options' },
    description: {
      nl: 'Ieder maakt een eigen afweging tussen mogelijkheden, met de waarde erachter.',
      en: 'Each person weighs the options, naming the value behind their choice.',
    },
    collects: 'weighings',
    defaultPrompt: {
      nl: 'Welke keuze maak jij, op grond van welke waarde, en hoe beperk je de schade van die keuze?',
      en: 'Which choice do you make, on the basis of which value, and how do you limit the harm of that choice?',
    },
    defaultModeratorGuidance: {
      nl: 'Er is geen goed of fout antwoord; laat iedereen eerst voor zichzelf kiezen.',
      en: 'There is no right or wrong answer; let everyone choose on their own first.',
    },
    defaultMinutes: 10,
  },
  decide: {
    label: { nl: 'Besluiten', en: 'Decide' },
    description: { nl: 'De groep legt vast wat ze besluit en wie wat doet.', en: 'The group records what it decides and who does what.' },
    collects: 'decisions',
    defaultPrompt: { nl: 'Wat besluiten we, en wie doet wat?', en: 'What do we decide, and who does what?' },
    defaultModeratorGuidance: {
      nl: 'Vat samen en check of iedereen zich erin herkent.',
      en: 'Summarise and check that everyone recognises themselves in it.',
    },
    defaultMinutes: 10,
  },
  harvest: {
    label: { nl: 'Oogsten', en: 'Harvest' },
    description: {
      nl: 'Leerpunten, advies en nieuwe praktijk om uit te proberen, met een moment om terug te kijken.',
      en: 'Insights, advice and new practices to try, with a moment to look back.',
    },
    collects: 'harvest_items',
    defaultPrompt: {
      nl: 'Wat nemen we mee? Een leerpunt, een advies, en een nieuwe praktijk: wat, wie, en wanneer kijken we terug?',
      en: 'What do we take with us? An insight, advice, and a new practice: what, who, and when do we look back?',
    },
    defaultModeratorGuidance: {
      nl: 'De uitkomst ligt niet vooraf vast. Spreek voor elke nieuwe praktijk af wanneer jullie terugkijken.',
      en: 'The outcome is not fixed in advance. Agree for every new practice when you will look back.',
    },
    defaultMinutes: 15,
  },
};

/** A new phase with the catalogue's defaults, for building a method from blocks. */
export function phaseFromKind(kind: PhaseKind, id: string): MethodPhase {
  const block = PHASE_KIND_CATALOGUE[kind];
  return {
    id,
    kind,
    title: block.label,
    participantPrompt: block.defaultPrompt,
    moderatorGuidance: block.defaultModeratorGuidance,
    defaultMinutes: block.defaultMinutes,
    behaviour: defaultBehaviour(kind),
  };
}
