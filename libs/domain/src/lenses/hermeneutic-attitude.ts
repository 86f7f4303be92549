import { Lens } from './types';

/**
 * The hermeneutic attitude (research report 2023, footnote 4): for moderators'
 * and visitors' self-reflection, never for judging participants.
 */
export const HERMENEUTIC_ATTITUDE_LENS: Lens = {
  id: 'hermeneutic_attitude',
  version: '2026.1',
  name: { nl: 'Hermeneutische houding', en: 'Hermeneutic attitude' },
  description: {
    nl: 'Voor de gespreksleider of bezoeker zelf: met welke houding was ik erbij?',
    en: 'For the moderator or visitor themselves: with what attitude was I there?',
  },
  use: 'self_reflection',
  source: { nl: 'Onderzoek kleinschalige zorg (BVKZ, 2023), voetnoot 4', en: 'Small-scale care research report (BVKZ, 2023), footnote 4' },
  items: [
    {
      id: 'receptive',
      name: { nl: 'Receptief', en: 'Receptive' },
      description: {
        nl: 'Ruimte geven aan de ander om in zijn anders-zijn te verschijnen.',
        en: 'Giving the other room to appear in their otherness.',
      },
      prompts: [
        {
          nl: 'Gaf ik de ander ruimte om anders te zijn dan ik verwachtte?',
          en: 'Did I give the other room to be different from what I expected?',
        },
      ],
    },
    {
      id: 'involved',
      name: { nl: 'Betrokken', en: 'Involved' },
      description: {
        nl: 'Bereid om samen met de ander te ontdekken waar mogelijkheden tot samen liggen.',
        en: 'Willing to discover together with the other where possibilities for togetherness lie.',
      },
      prompts: [
        { nl: 'Ontdekte ik samen met de ander, of wist ik het al?', en: 'Did I discover together with the other, or did I already know?' },
      ],
    },
    {
      id: 'aimed_at_the_whole',
      name: { nl: 'Gericht op de ander als geheel', en: 'Aimed at the other as a whole' },
      description: {
        nl: 'De ander zien als geheel, niet als een deel of een probleem.',
        en: 'Seeing the other as a whole, not as a part or a problem.',
      },
      prompts: [{ nl: 'Zag ik de hele persoon, of alleen het probleem?', en: 'Did I see the whole person, or only the problem?' }],
    },
    {
      id: 'seeking_closeness',
      name: { nl: 'Nabijheid zoeken', en: 'Seeking closeness' },
      description: { nl: 'Nabijheid zoeken, zodat de ander zich veilig voelt.', en: 'Seeking closeness so the other feels safe.' },
      prompts: [
        { nl: 'Voelde de ander zich veilig bij mij? Waaraan merkte ik dat?', en: 'Did the other feel safe with me? How could I tell?' },
      ],
    },
    {
      id: 'creative',
      name: { nl: 'Creatief', en: 'Creative' },
      description: { nl: 'Creatief zoeken naar wat past.', en: 'Looking creatively for what fits.' },
      prompts: [{ nl: 'Zocht ik creatief naar wat hier past?', en: 'Did I look creatively for what fits here?' }],
    },
  ],
};
