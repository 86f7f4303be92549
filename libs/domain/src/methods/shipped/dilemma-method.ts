import { OPEN_PHASE } from '../phase-behaviour';
import { Method } from '../types';

/**
 * Dilemmamethode (domain guide §4.4; practice, the usual steps of a moreel
 * beraad). A real dilemma has harm on both sides, so each choice is weighed
 * with its value and with how its harm can be limited. 80 minutes.
 */
export const DILEMMA_METHOD: Method = {
  id: 'dilemma_method',
  version: 1,
  name: { nl: 'Dilemmamethode (moreel beraad)', en: 'Dilemma method (moral case deliberation)' },
  summary: {
    nl: 'Een casus met een moreel dilemma: A of B, en de schade van elk. Iedereen maakt een eigen afweging; we praten over de verschillen en sluiten af met een conclusie en vervolg.',
    en: 'A case with a moral dilemma: A or B, and the harm of each. Everyone makes their own weighing; we talk about the differences and end with a conclusion and follow-up.',
  },
  source: 'practice',
  phases: [
    {
      id: 'case',
      kind: 'tell',
      title: { nl: 'De casus', en: 'The case' },
      participantPrompt: {
        nl: 'Vertel de casus vanuit je eigen perspectief: wat speelde er, en waar zat je mee?',
        en: 'Tell the case from your own perspective: what was going on, and what were you struggling with?',
      },
      moderatorGuidance: {
        nl: 'Vraag de inbrenger het verhaal te vertellen tot het punt waarop de keuze lag.',
        en: 'Ask the contributor to tell the story up to the point where the choice lay.',
      },
      defaultMinutes: 10,
      behaviour: OPEN_PHASE,
    },
    {
      id: 'dilemma',
      kind: 'contribute',
      title: { nl: 'Het dilemma', en: 'The dilemma' },
      participantPrompt: {
        nl: 'Formuleer het dilemma: moet ik A doen of B? Welke schade ontstaat als je A kiest, en welke als je B kiest?',
        en: 'Formulate the dilemma: should I do A or B? What harm follows if you choose A, and what if you choose B?',
      },
      moderatorGuidance: {
        nl: 'Zoek samen één formulering waar de inbrenger zich in herkent.',
        en: 'Find one wording together that the contributor recognises.',
      },
      defaultMinutes: 10,
      behaviour: OPEN_PHASE,
    },
    {
      id: 'clarify',
      kind: 'ask_questions',
      title: { nl: 'Verhelderende vragen', en: 'Clarifying questions' },
      participantPrompt: {
        nl: 'Welke informatie heb je nodig om je een oordeel te vormen? Stel verhelderende vragen.',
        en: 'What information do you need to form a judgement? Ask clarifying questions.',
      },
      moderatorGuidance: {
        nl: 'Nog geen oplossingen; alleen vragen die de situatie helderder maken.',
        en: 'No solutions yet; only questions that make the situation clearer.',
      },
      defaultMinutes: 10,
      behaviour: OPEN_PHASE,
    },
    {
      id: 'perspectives',
      kind: 'contribute',
      title: { nl: 'Perspectieven, waarden en normen', en: 'Perspectives, values and norms' },
      participantPrompt: {
        nl: 'Wie zijn erbij betrokken: de bewoner, naasten, begeleiders, de organisatie? Welke waarden en normen spelen voor ieder van hen?',
        en: 'Who is involved: the resident, relatives, carers, the organisation? Which values and norms matter to each of them?',
      },
      moderatorGuidance: {
        nl: 'Begin bij de bewoner. Een waarde is wat iemand belangrijk vindt; een norm is hoe je daarnaar handelt.',
        en: 'Start with the resident. A value is what someone finds important; a norm is how you act on it.',
      },
      defaultMinutes: 10,
      behaviour: { ...OPEN_PHASE, valueTagging: true },
    },
    {
      id: 'alternatives',
      kind: 'contribute',
      title: { nl: 'Alternatieven', en: 'Alternatives' },
      participantPrompt: {
        nl: 'Zijn er andere mogelijkheden dan A of B?',
        en: 'Are there other possibilities than A or B?',
      },
      moderatorGuidance: {
        nl: 'Een alternatief lost het dilemma soms op; ga dan toch door met afwegen.',
        en: 'An alternative sometimes dissolves the dilemma; still go on with the weighing.',
      },
      defaultMinutes: 5,
      behaviour: OPEN_PHASE,
    },
    {
      id: 'own_weighing',
      kind: 'weigh_options',
      title: { nl: 'Eigen afweging', en: 'Your own weighing' },
      participantPrompt: {
        nl: 'Welke keuze maak jij, op grond van welke waarde? En hoe kun je de schade van jouw keuze beperken?',
        en: 'Which choice do you make, on the basis of which value? And how can you limit the harm of your choice?',
      },
      moderatorGuidance: {
        nl: 'Laat iedereen eerst voor zichzelf kiezen en opschrijven.',
        en: 'Let everyone choose and write it down on their own first.',
      },
      defaultMinutes: 10,
      behaviour: { ...OPEN_PHASE, privateUntilReveal: true, votesHiddenUntilClose: true, worksWith: ['alternatives'] },
    },
    {
      id: 'dialogue',
      kind: 'group',
      title: { nl: 'Dialoog over verschillen', en: 'Dialogue on differences' },
      participantPrompt: {
        nl: 'Leg de afwegingen naast elkaar. Waar verschillen we, en wat kunnen we van elkaars afweging leren?',
        en: "Put the weighings side by side. Where do we differ, and what can we learn from each other's weighing?",
      },
      moderatorGuidance: {
        nl: 'Het doel is elkaar begrijpen, niet elkaar overtuigen.',
        en: 'The aim is to understand each other, not to convince.',
      },
      defaultMinutes: 10,
      behaviour: { ...OPEN_PHASE, valueTagging: true, worksWith: ['own_weighing'] },
    },
    {
      id: 'conclusion',
      kind: 'decide',
      title: { nl: 'Conclusie en vervolg', en: 'Conclusion and follow-up' },
      participantPrompt: {
        nl: 'Wat is onze conclusie? Wat gaan we doen, wie doet wat, en hoe beperken we de schade?',
        en: 'What is our conclusion? What will we do, who does what, and how do we limit the harm?',
      },
      moderatorGuidance: {
        nl: 'Een conclusie mag ook zijn dat we nog geen keuze maken; leg dan vast wat nodig is om die te maken.',
        en: 'A conclusion may also be that we do not choose yet; then record what is needed to choose.',
      },
      defaultMinutes: 10,
      behaviour: { ...OPEN_PHASE, harvestFlow: 'practices' },
    },
    {
      id: 'evaluation',
      kind: 'harvest',
      title: { nl: 'Evaluatie', en: 'Evaluation' },
      participantPrompt: {
        nl: 'Hoe was dit gesprek voor je? Wat nemen we mee?',
        en: 'How was this conversation for you? What do we take with us?',
      },
      moderatorGuidance: {
        nl: 'Kort rondje; vraag de inbrenger als laatste.',
        en: 'A short round; ask the contributor last.',
      },
      defaultMinutes: 5,
      behaviour: { ...OPEN_PHASE, harvestFlow: 'insights' },
    },
  ],
};
