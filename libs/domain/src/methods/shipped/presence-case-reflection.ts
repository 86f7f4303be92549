import { OPEN_PHASE } from '../phase-behaviour';
import { Method } from '../types';

/** Casusreflectie met de presentie-lens (domain guide §4.1; sources). 80 minutes. */
export const PRESENCE_CASE_REFLECTION: Method = {
  id: 'presence_case_reflection',
  version: 1,
  name: { nl: 'Casusreflectie met de presentie-lens', en: 'Case reflection with the presence lens' },
  summary: {
    nl: 'Een begeleider brengt een eigen casus in. Samen kijken we wat er voor de bewoner op het spel stond, wat we zagen en misten, en wat hier goede zorg is.',
    en: 'A carer brings a case from their own practice. Together we look at what was at stake for the resident, what we saw and missed, and what good care is here.',
  },
  source: 'sources',
  phases: [
    {
      id: 'story',
      kind: 'tell',
      title: { nl: 'Het verhaal', en: 'The story' },
      participantPrompt: {
        nl: 'Vertel de casus: een concreet moment met deze bewoner. Wat gebeurde er, en in welke volgorde? De anderen luisteren.',
        en: 'Tell the case: a concrete moment with this resident. What happened, and in what order? The others listen.',
      },
      moderatorGuidance: {
        nl: 'Laat de inbrenger vertellen zonder onderbreking. Noem de bewoner alleen bij het pseudoniem.',
        en: 'Let the contributor tell without interruption. Name the resident only by their pseudonym.',
      },
      defaultMinutes: 10,
      behaviour: OPEN_PHASE,
    },
    {
      id: 'clarify',
      kind: 'ask_questions',
      title: { nl: 'Verhelderende vragen', en: 'Clarifying questions' },
      participantPrompt: {
        nl: 'Stel alleen vragen om het verhaal beter te begrijpen. Nog geen adviezen of oordelen.',
        en: 'Only ask questions to understand the story better. No advice or judgements yet.',
      },
      moderatorGuidance: {
        nl: 'Verzamel de vragen; de inbrenger kiest welke hij of zij beantwoordt.',
        en: 'Collect the questions; the contributor chooses which to answer.',
      },
      defaultMinutes: 10,
      behaviour: OPEN_PHASE,
    },
    {
      id: 'at_stake',
      kind: 'contribute',
      title: { nl: 'Wat stond er op het spel?', en: 'What was at stake?' },
      participantPrompt: {
        nl: 'Wat stond er voor deze bewoner op het spel of in het geding? Wat ging er in hem of haar om: angst, onzekerheid, eenzaamheid?',
        en: 'What was at stake or in question for this resident? What was going on inside them: fear, insecurity, loneliness?',
      },
      moderatorGuidance: {
        nl: 'Houd het perspectief bij de bewoner, niet bij wat het team lastig vond.',
        en: 'Keep the perspective with the resident, not with what the team found difficult.',
      },
      defaultMinutes: 10,
      behaviour: OPEN_PHASE,
      lensItemIds: ['what_is_at_stake'],
    },
    {
      id: 'seen_and_missed',
      kind: 'contribute',
      title: { nl: 'Wat zagen we, en wat misten we?', en: 'What did we see, and what did we miss?' },
      participantPrompt: {
        nl: 'Kijk met meer dan je ogen: wat zagen we, wat voelden we aan, en wat hebben we gemist? Plakten we een etiket op het gedrag ("dat komt door de dementie")?',
        en: 'Look with more than your eyes: what did we see, what did we sense, and what did we miss? Did we label the behaviour ("that\'s the dementia")?',
      },
      moderatorGuidance: {
        nl: 'Benoem etiketten vriendelijk en vraag door naar wat erachter zat.',
        en: 'Name labels kindly and ask what lay behind them.',
      },
      defaultMinutes: 10,
      behaviour: OPEN_PHASE,
      lensItemIds: ['look_with_more_than_eyes', 'do_not_label'],
    },
    {
      id: 'what_we_did',
      kind: 'contribute',
      title: { nl: 'Wat deden we, en in welke volgorde?', en: 'What did we do, and in what order?' },
      participantPrompt: {
        nl: 'Sloten we eerst aan bij de bewoner, vanuit een niet-wetende houding, en keken we pas daarna wat er gedaan moest worden? Bleven we erbij, ook toen het moeilijk werd? Was er tijd voor een gewoon praatje?',
        en: 'Did we first connect with the resident, from a not-knowing attitude, and only then look at what had to be done? Did we stay with it when it got hard? Was there time for an ordinary chat?',
      },
      moderatorGuidance: {
        nl: 'Het gaat om de volgorde: eerst aansluiten, dan handelen. Interventie is niet fout, wel de vraag wanneer.',
        en: 'The point is the order: connect first, then act. Intervening is not wrong; the question is when.',
      },
      defaultMinutes: 10,
      behaviour: OPEN_PHASE,
      lensItemIds: ['connect_first', 'stay_faithful', 'small_talk'],
    },
    {
      id: 'good_care',
      kind: 'contribute',
      title: { nl: 'Wat is hier goede zorg?', en: 'What is good care here?' },
      participantPrompt: {
        nl: 'Wat is hier goede zorg? Wie mag ik voor de ander zijn? Doet dit goed, en is het verstandig?',
        en: 'What is good care here? Who may I be for the other? Does this do good, and is it wise?',
      },
      moderatorGuidance: {
        nl: 'Laat verschillende antwoorden naast elkaar staan; goede zorg vraagt ook vakmanschap.',
        en: 'Let different answers stand side by side; good care also takes craftsmanship.',
      },
      defaultMinutes: 15,
      behaviour: { ...OPEN_PHASE, valueTagging: true },
    },
    {
      id: 'new_practice',
      kind: 'harvest',
      title: { nl: 'Nieuwe praktijk', en: 'New practice' },
      participantPrompt: {
        nl: 'Wat nemen we mee? Leerpunten, een advies aan de inbrenger en één nieuwe praktijk om uit te proberen: wat, wie, en wanneer kijken we terug?',
        en: 'What do we take with us? Insights, advice to the contributor and one new practice to try: what, who, and when do we look back?',
      },
      moderatorGuidance: {
        nl: 'Zet de nieuwe praktijk op de agenda van de volgende bijeenkomst; de casus kan dan een nieuw hoofdstuk krijgen.',
        en: 'Put the new practice on the next agenda; the case can then get a new chapter.',
      },
      defaultMinutes: 15,
      behaviour: { ...OPEN_PHASE, harvestFlow: 'practices' },
    },
  ],
};
