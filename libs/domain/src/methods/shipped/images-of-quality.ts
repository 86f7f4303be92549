import { OPEN_PHASE } from '../phase-behaviour';
import { Method } from '../types';

/**
 * Beelden van kwaliteit (domain guide §4.6; sources): a short scene observed in
 * daily life is handed back to the team as a mirror. Questions count as much as
 * answers. 70 minutes.
 */
export const IMAGES_OF_QUALITY: Method = {
  id: 'images_of_quality',
  version: 1,
  name: { nl: 'Beelden van kwaliteit', en: 'Images of quality' },
  summary: {
    nl: 'Een kort beeld uit het dagelijks leven, geobserveerd tussen bewoners en begeleiders, wordt als spiegel aan het team teruggegeven. Samen leren we anders kijken en anders doen.',
    en: 'A short scene from daily life, observed between residents and carers, is handed back to the team as a mirror. Together we learn to look differently and act differently.',
  },
  source: 'sources',
  phases: [
    {
      id: 'image',
      kind: 'tell',
      title: { nl: 'Het beeld', en: 'The image' },
      participantPrompt: {
        nl: 'Lees of vertel het beeld: een korte scène uit het dagelijks leven, zo feitelijk mogelijk. Wat zag, hoorde en voelde de observator?',
        en: 'Read or tell the image: a short scene from daily life, as factual as possible. What did the observer see, hear and sense?',
      },
      moderatorGuidance: {
        nl: 'Het beeld is een spiegel, geen beoordeling. Zorg dat niemand herkenbaar in beeld komt die dat niet wil.',
        en: 'The image is a mirror, not an assessment. Make sure nobody is recognisable who does not want to be.',
      },
      defaultMinutes: 10,
      behaviour: OPEN_PHASE,
    },
    {
      id: 'what_touches',
      kind: 'contribute',
      title: { nl: 'Wat raakt je?', en: 'What touches you?' },
      participantPrompt: {
        nl: 'Wat raakt je in dit beeld? Wat valt je op?',
        en: 'What touches you in this image? What strikes you?',
      },
      moderatorGuidance: {
        nl: 'Begin bij wat mensen raakt, ook als het iets moois is.',
        en: 'Start with what touches people, also when it is something good.',
      },
      defaultMinutes: 10,
      behaviour: OPEN_PHASE,
    },
    {
      id: 'questions',
      kind: 'ask_questions',
      title: { nl: 'Vragen bij het beeld', en: 'Questions about the image' },
      participantPrompt: {
        nl: 'Welke vragen roept het beeld bij je op? Vragen zijn net zo belangrijk als antwoorden.',
        en: 'Which questions does the image raise for you? Questions matter as much as answers.',
      },
      moderatorGuidance: {
        nl: 'Verzamel de vragen; ze hoeven niet meteen beantwoord te worden.',
        en: 'Collect the questions; they need not be answered straight away.',
      },
      defaultMinutes: 10,
      behaviour: OPEN_PHASE,
    },
    {
      id: 'values',
      kind: 'tag_values',
      title: { nl: 'Welke waarden zie je?', en: 'Which values do you see?' },
      participantPrompt: {
        nl: 'Welke waarden zie je in dit beeld terug, en welke staan onder druk?',
        en: 'Which values do you see in this image, and which are under pressure?',
      },
      moderatorGuidance: {
        nl: 'Gebruik de zes waarden van het mensperspectief als gemeenschappelijke taal.',
        en: 'Use the six values of the person perspective as a common language.',
      },
      defaultMinutes: 10,
      behaviour: { ...OPEN_PHASE, valueTagging: true, worksWith: ['image', 'what_touches'] },
    },
    {
      id: 'mirror',
      kind: 'contribute',
      title: { nl: 'De spiegel', en: 'The mirror' },
      participantPrompt: {
        nl: 'Wat laat dit beeld ons over onszelf zien? Waar zitten onze blinde vlekken? Hoe zouden de bewoner en de naasten dit beeld zien?',
        en: 'What does this image show us about ourselves? Where are our blind spots? How would the resident and the relatives see this image?',
      },
      moderatorGuidance: {
        nl: 'Nodig uit tot meerdere perspectieven: bewoner, naaste, begeleider.',
        en: 'Invite several perspectives: resident, relative, carer.',
      },
      defaultMinutes: 15,
      behaviour: OPEN_PHASE,
    },
    {
      id: 'act_differently',
      kind: 'harvest',
      title: { nl: 'Anders kijken, anders doen', en: 'Look differently, act differently' },
      participantPrompt: {
        nl: 'Wat gaan we anders doen? Kies een nieuwe praktijk en spreek af wanneer we terugkijken.',
        en: 'What will we do differently? Choose a new practice and agree when we look back.',
      },
      moderatorGuidance: {
        nl: 'Het team neemt zelf verantwoordelijkheid voor de eigen kwaliteit van handelen.',
        en: 'The team takes responsibility for the quality of its own actions.',
      },
      defaultMinutes: 15,
      behaviour: { ...OPEN_PHASE, harvestFlow: 'practices' },
    },
  ],
};
