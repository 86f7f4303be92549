import { Lens } from './types';

/**
 * Presentie (Baart), as the 2019 study uses it for case reflection: first
 * connect, then act. Wording from study notes §A2; prompts phrased from it.
 */
export const PRESENCE_LENS: Lens = {
  id: 'presence',
  version: '2026.1',
  name: { nl: 'Presentie', en: 'Presence' },
  description: {
    nl: 'Eerst relationeel aansluiten vanuit een niet-wetende en latende houding, en dan pas kijken wat er gedaan moet worden.',
    en: 'First connect relationally from a not-knowing, letting attitude, and only then look at what needs to be done.',
  },
  use: 'care_practice',
  source: {
    nl: 'Presentietheorie (Baart, 2001), in: Terra, Kleinschalige zorg (2019)',
    en: 'Theory of presence (Baart, 2001), in: Terra, Small-scale care (2019)',
  },
  items: [
    {
      id: 'connect_first',
      name: { nl: 'Eerst aansluiten, dan handelen', en: 'Connect first, then act' },
      description: {
        nl: 'Eerst relationeel aansluiten vanuit een niet-wetende en latende houding, dan pas kijken wat er gedaan moet worden.',
        en: 'First connect relationally from a not-knowing, letting attitude; only then look at what needs doing.',
      },
      prompts: [
        {
          nl: 'Sloten we eerst aan bij de bewoner, of begonnen we meteen met wat er moest gebeuren?',
          en: 'Did we first connect with the resident, or did we start straight away with what had to be done?',
        },
      ],
    },
    {
      id: 'look_with_more_than_eyes',
      name: { nl: 'Kijken met meer dan je ogen', en: 'Looking with more than your eyes' },
      description: {
        nl: 'Gespannen aandacht: merken wat er in de bewoner omgaat, of hij angstig, onzeker of eenzaam is.',
        en: 'Strained attention: noticing what goes on inside the resident, whether they are anxious, insecure or lonely.',
      },
      prompts: [
        {
          nl: 'Wat ging er in de bewoner om? Wat zagen we, wat voelden we aan, en wat misten we?',
          en: 'What was going on inside the resident? What did we see, what did we sense, and what did we miss?',
        },
      ],
    },
    {
      id: 'what_is_at_stake',
      name: { nl: 'Wat staat er op het spel', en: 'What is at stake' },
      description: {
        nl: 'Beseffen wat er voor de bewoner in het geding is of op het spel staat.',
        en: 'Realising what is in question or at stake for the resident.',
      },
      prompts: [{ nl: 'Wat stond er voor deze bewoner op het spel?', en: 'What was at stake for this resident?' }],
    },
    {
      id: 'stay_faithful',
      name: { nl: 'Trouw blijven', en: 'Staying faithful' },
      description: {
        nl: 'Trouw (blijven komen) en betrouwbaar (de zorg afmaken); de bewoner hoeft zorg niet te verdienen met goed gedrag en verspeelt haar niet door lastig gedrag.',
        en: 'Faithful (keep coming) and reliable (finish the care); the resident need not earn care by good behaviour and does not lose it through difficult behaviour.',
      },
      prompts: [
        { nl: 'Bleven we erbij, ook toen het gedrag moeilijk werd?', en: 'Did we stay with it, even when the behaviour became difficult?' },
      ],
    },
    {
      id: 'small_talk',
      name: { nl: 'Een praatje maken', en: 'Small talk' },
      description: {
        nl: 'Het praatje voor de vaak is het belangrijkste gereedschap van de presentiebeoefenaar.',
        en: 'Small talk is the most important tool of the presence practitioner.',
      },
      prompts: [{ nl: 'Was er tijd voor een gewoon praatje?', en: 'Was there time for an ordinary chat?' }],
    },
    {
      id: 'do_not_label',
      name: { nl: 'Gedrag niet etiketteren', en: 'Not labelling behaviour' },
      description: {
        nl: 'Niet zeggen "dat komt door de dementie", maar door het gedrag heen de angst of eenzaamheid aanvoelen.',
        en: 'Not saying "that\'s the dementia", but sensing the fear or loneliness behind the behaviour.',
      },
      prompts: [
        {
          nl: 'Plakten we een etiket op het gedrag ("dat komt door de dementie")? Wat zat erachter?',
          en: 'Did we put a label on the behaviour ("that\'s the dementia")? What was behind it?',
        },
      ],
    },
  ],
};
