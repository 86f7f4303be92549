import { OPEN_PHASE } from '../phase-behaviour';
import { Method } from '../types';

/**
 * Incidentmethode (domain guide §4.3; practice, a common intervisie method).
 * The group only gets facts first, so everyone faces the same decision the
 * contributor faced before hearing what they did. 70 minutes.
 */
export const INCIDENT_METHOD: Method = {
  id: 'incident_method',
  version: 1,
  name: { nl: 'Incidentmethode', en: 'Incident method' },
  summary: {
    nl: 'De inbrenger beschrijft kort een incident tot vlak voor het beslismoment. Iedereen bedenkt wat hij zou doen; pas daarna vertelt de inbrenger wat er werkelijk gebeurde.',
    en: 'The contributor briefly describes an incident up to the moment of decision. Everyone works out what they would do; only then does the contributor tell what really happened.',
  },
  source: 'practice',
  phases: [
    {
      id: 'incident',
      kind: 'tell',
      title: { nl: 'Het incident', en: 'The incident' },
      participantPrompt: {
        nl: 'Beschrijf kort een situatie waarin je snel moest beslissen. Stop vlak vóór het moment van beslissen.',
        en: 'Briefly describe a situation in which you had to decide quickly. Stop just before the moment of decision.',
      },
      moderatorGuidance: {
        nl: 'Houd het kort; de details komen via de feitenvragen.',
        en: 'Keep it short; the details come through the fact-finding questions.',
      },
      defaultMinutes: 5,
      behaviour: OPEN_PHASE,
    },
    {
      id: 'facts',
      kind: 'ask_questions',
      title: { nl: 'Feitenvragen', en: 'Fact-finding questions' },
      participantPrompt: {
        nl: 'Stel alleen vragen naar feiten: wie, wat, waar, wanneer, hoe. Geen waarom-vragen, adviezen of meningen.',
        en: 'Only ask about facts: who, what, where, when, how. No why-questions, advice or opinions.',
      },
      moderatorGuidance: {
        nl: 'Grijp in bij waarom-vragen en verkapte adviezen; die komen later.',
        en: 'Step in at why-questions and disguised advice; those come later.',
      },
      defaultMinutes: 15,
      behaviour: OPEN_PHASE,
    },
    {
      id: 'decision_moment',
      kind: 'tell',
      title: { nl: 'Het beslismoment', en: 'The moment of decision' },
      participantPrompt: {
        nl: 'Beschrijf precies het moment waarop je moest beslissen, tot vlak vóór je beslissing.',
        en: 'Describe exactly the moment you had to decide, up to just before your decision.',
      },
      moderatorGuidance: {
        nl: 'Zorg dat de inbrenger nog niet verklapt wat hij of zij deed.',
        en: 'Make sure the contributor does not yet reveal what they did.',
      },
      defaultMinutes: 5,
      behaviour: OPEN_PHASE,
    },
    {
      id: 'what_would_you_do',
      kind: 'contribute',
      title: { nl: 'Wat zou jij doen?', en: 'What would you do?' },
      participantPrompt: {
        nl: 'Schrijf voor jezelf op wat jij op dat moment zou doen, en waarom.',
        en: 'Write down for yourself what you would do at that moment, and why.',
      },
      moderatorGuidance: {
        nl: 'Iedereen schrijft eerst zelf, zonder te overleggen.',
        en: 'Everyone writes on their own first, without conferring.',
      },
      defaultMinutes: 10,
      behaviour: { ...OPEN_PHASE, privateUntilReveal: true },
    },
    {
      id: 'compare',
      kind: 'group',
      title: { nl: 'Vergelijken', en: 'Compare' },
      participantPrompt: {
        nl: 'Leg de antwoorden naast elkaar. Waar lijken ze op elkaar, waar verschillen ze, en welke waarden zitten erachter?',
        en: 'Put the answers side by side. Where are they alike, where do they differ, and which values lie behind them?',
      },
      moderatorGuidance: {
        nl: 'Verschillen zijn leerzaam; zoek niet naar het ene goede antwoord.',
        en: 'Differences are instructive; do not look for the one right answer.',
      },
      defaultMinutes: 15,
      behaviour: { ...OPEN_PHASE, votesHiddenUntilClose: true, valueTagging: true, worksWith: ['what_would_you_do'] },
    },
    {
      id: 'what_happened',
      kind: 'tell',
      title: { nl: 'Wat er werkelijk gebeurde', en: 'What really happened' },
      participantPrompt: {
        nl: 'Vertel wat je werkelijk deed en hoe het afliep.',
        en: 'Tell what you actually did and how it turned out.',
      },
      moderatorGuidance: {
        nl: 'Bescherm de inbrenger: het gaat om leren, niet om beoordelen.',
        en: 'Protect the contributor: this is about learning, not judging.',
      },
      defaultMinutes: 5,
      behaviour: OPEN_PHASE,
    },
    {
      id: 'lessons',
      kind: 'harvest',
      title: { nl: 'Lessen', en: 'Lessons' },
      participantPrompt: {
        nl: 'Wat leren we hiervan? Wat nemen we mee voor een volgende keer, en wat willen we uitproberen?',
        en: 'What do we learn from this? What do we take into a next time, and what do we want to try?',
      },
      moderatorGuidance: {
        nl: 'Vraag de inbrenger als eerste wat hij of zij meeneemt.',
        en: 'Ask the contributor first what they take with them.',
      },
      defaultMinutes: 15,
      behaviour: { ...OPEN_PHASE, harvestFlow: 'insights' },
    },
  ],
};
