import { OPEN_PHASE } from '../phase-behaviour';
import { Method } from '../types';

/**
 * Luisteraarsreflectie (domain guide §5, step 5; sources): after a mirror
 * conversation the listeners — who only listened — meet on their own: what
 * struck us, what we will try, and when we tell the relatives (the letter back,
 * step 6). Not a case method: there is no contributor to advise. 70 minutes.
 */
export const LISTENER_REFLECTION: Method = {
  id: 'listener_reflection',
  version: 1,
  name: { nl: 'Luisteraarsreflectie na een spiegelgesprek', en: 'Listener reflection after a mirror conversation' },
  summary: {
    nl: 'Het team dat luisterde naar de naasten, praat samen na: wat raakte ons, wat gaan we proberen, en wanneer vertellen we de naasten wat we ermee doen?',
    en: 'The team that listened to the relatives talks it over together: what struck us, what will we try, and when do we tell the relatives what we do with it?',
  },
  source: 'sources',
  phases: [
    {
      id: 'what_we_heard',
      kind: 'tell',
      title: { nl: 'Wat we hoorden', en: 'What we heard' },
      participantPrompt: {
        nl: 'De gespreksleider leest per thema voor wat de naasten vertelden. Luister eerst alleen.',
        en: 'The moderator reads out, per theme, what the relatives told. First just listen.',
      },
      moderatorGuidance: {
        nl: 'Lees de oogst voor in de woorden van de naasten. Namen komen niet terug; citaten alleen met toestemming.',
        en: 'Read the harvest in the relatives’ own words. No names; quotes only with consent.',
      },
      defaultMinutes: 10,
      behaviour: OPEN_PHASE,
    },
    {
      id: 'what_struck_us',
      kind: 'contribute',
      title: { nl: 'Wat raakte ons?', en: 'What struck us?' },
      participantPrompt: {
        nl: 'Wat raakte je in wat de naasten vertelden? Wat verraste je, wat herken je, wat deed pijn?',
        en: 'What struck you in what the relatives told? What surprised you, what do you recognise, what hurt?',
      },
      moderatorGuidance: {
        nl: 'Niet verdedigen of uitleggen: de naasten vertelden hun ervaring, die klopt voor hen. Begin ook bij wat goed ging.',
        en: 'No defending or explaining: the relatives told their experience, which is true for them. Also start with what went well.',
      },
      defaultMinutes: 15,
      behaviour: OPEN_PHASE,
    },
    {
      id: 'values',
      kind: 'tag_values',
      title: { nl: 'Welke waarden horen we?', en: 'Which values do we hear?' },
      participantPrompt: {
        nl: 'Bij welke waarde hoort wat ons raakte? Staat die waarde hier sterk, of onder druk?',
        en: 'Which value does what struck us belong to? Is that value strong here, or under pressure?',
      },
      moderatorGuidance: {
        nl: 'Let vooral op het verschil tussen wat naasten belangrijk vinden en wat ze ervaren.',
        en: 'Look especially at the gap between what relatives find important and what they experience.',
      },
      defaultMinutes: 10,
      behaviour: { ...OPEN_PHASE, valueTagging: true, worksWith: ['what_we_heard', 'what_struck_us'] },
    },
    {
      id: 'what_we_will_try',
      kind: 'contribute',
      title: { nl: 'Wat gaan we proberen?', en: 'What will we try?' },
      participantPrompt: {
        nl: 'Wat kunnen we morgen al anders doen? Schrijf kleine, concrete dingen op.',
        en: 'What could we do differently as soon as tomorrow? Write down small, concrete things.',
      },
      moderatorGuidance: {
        nl: 'Klein en haalbaar gaat voor groot en vaag. Het team kiest zelf.',
        en: 'Small and doable beats big and vague. The team chooses for itself.',
      },
      defaultMinutes: 15,
      behaviour: OPEN_PHASE,
    },
    {
      id: 'tell_the_relatives',
      kind: 'harvest',
      title: { nl: 'Wanneer vertellen we het de naasten?', en: 'When do we tell the relatives?' },
      participantPrompt: {
        nl: 'Kies wat we gaan proberen, wie het oppakt en wanneer we terugkijken. Spreek af wanneer de naasten een brief krijgen met wat we hoorden en wat we doen.',
        en: 'Choose what we will try, who takes it on and when we look back. Agree when the relatives get a letter with what we heard and what we will do.',
      },
      moderatorGuidance: {
        nl: 'Leg elke nieuwe praktijk vast met een datum om terug te kijken; die komt in de brief aan de naasten.',
        en: 'Record every new practice with a date to look back; it goes into the letter to the relatives.',
      },
      defaultMinutes: 20,
      behaviour: { ...OPEN_PHASE, harvestFlow: 'practices' },
    },
  ],
};
