import { QUALITY_OF_CARE_2_LENS } from '../../lenses/quality-of-care-2';
import { LensItem } from '../../lenses/types';
import { OPEN_PHASE } from '../phase-behaviour';
import { Method, MethodPhase } from '../types';

function dimensionPhase(item: LensItem): MethodPhase {
  return {
    id: `dimension_${item.id}`,
    kind: 'contribute',
    title: item.name,
    participantPrompt: {
      nl: item.prompts.map((p) => p.nl).join(' '),
      en: item.prompts.map((p) => p.en).join(' '),
    },
    moderatorGuidance: item.description,
    defaultMinutes: 10,
    lensItemIds: [item.id],
    behaviour: OPEN_PHASE,
  };
}

/** Kwaliteit van zorg 2.0 lens pass (domain guide §4.5; sources): the four dimensions in turn. 75 minutes. */
export const QUALITY_OF_CARE_2_PASS: Method = {
  id: 'quality_of_care_2_pass',
  version: 1,
  name: { nl: 'Kwaliteit van zorg 2.0', en: 'Quality of care 2.0' },
  summary: {
    nl: 'Een casus langs de vier dimensies: ziektegericht, mensgericht, uitvoeringsgericht en houdingsgericht.',
    en: 'A case through the four dimensions: disease-oriented, person-oriented, delivery-oriented and attitude-oriented.',
  },
  source: 'sources',
  phases: [
    {
      id: 'case',
      kind: 'tell',
      title: { nl: 'De casus', en: 'The case' },
      participantPrompt: {
        nl: 'Vertel de casus: wat gebeurde er, en wat deden we?',
        en: 'Tell the case: what happened, and what did we do?',
      },
      moderatorGuidance: {
        nl: 'Laat de inbrenger vertellen; de vier dimensies komen daarna een voor een aan bod.',
        en: 'Let the contributor tell; the four dimensions follow one by one.',
      },
      defaultMinutes: 10,
      behaviour: OPEN_PHASE,
    },
    {
      id: 'clarify',
      kind: 'ask_questions',
      title: { nl: 'Verhelderende vragen', en: 'Clarifying questions' },
      participantPrompt: {
        nl: 'Stel vragen om de casus beter te begrijpen.',
        en: 'Ask questions to understand the case better.',
      },
      moderatorGuidance: { nl: 'Nog geen adviezen.', en: 'No advice yet.' },
      defaultMinutes: 10,
      behaviour: OPEN_PHASE,
    },
    ...QUALITY_OF_CARE_2_LENS.items.map(dimensionPhase),
    {
      id: 'harvest',
      kind: 'harvest',
      title: { nl: 'Oogst', en: 'Harvest' },
      participantPrompt: {
        nl: 'Welke dimensie kreeg te weinig aandacht? Wat nemen we mee, en welke nieuwe praktijk proberen we: wat, wie, en wanneer kijken we terug?',
        en: 'Which dimension got too little attention? What do we take with us, and which new practice do we try: what, who, and when do we look back?',
      },
      moderatorGuidance: {
        nl: 'Kleinschalige zorg rust vaak op de laatste drie dimensies; laat zien waar ze elkaar versterken.',
        en: 'Small-scale care often rests on the last three dimensions; show where they strengthen each other.',
      },
      defaultMinutes: 15,
      behaviour: { ...OPEN_PHASE, harvestFlow: 'insights' },
    },
  ],
};
