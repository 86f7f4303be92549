import { Lens } from './types';

/**
 * The RVS five principles (grondbeginselen, "Blijk van vertrouwen"): a
 * meta-lens on the quality of a reflection, not on the care itself.
 */
export const RVS_PRINCIPLES_LENS: Lens = {
  id: 'rvs_principles',
  version: '2026.1',
  name: { nl: 'Vijf grondbeginselen (RVS)', en: 'Five principles (RVS)' },
  description: {
    nl: 'Kijken naar de kwaliteit van de reflectie zelf: wie, waarover, waar, wanneer en hoe.',
    en: 'Looking at the quality of the reflection itself: who, about what, where, when and how.',
  },
  use: 'reflection_quality',
  source: {
    nl: 'Raad voor Volksgezondheid & Samenleving, Blijk van vertrouwen – Anders verantwoorden voor goede zorg',
    en: 'Council for Health and Society (RVS), A token of trust – accounting differently for good care',
  },
  items: [
    {
      id: 'rvs_who',
      name: { nl: 'WIE', en: 'WHO' },
      description: {
        nl: 'Het primaire initiatief ligt bij zorgverleners; zij maken werk van de ervaringen van bewoners, naasten, medewerkers en andere betrokkenen.',
        en: 'The initiative lies with the carers; they act on the experiences of residents, relatives, staff and others involved.',
      },
      prompts: [
        {
          nl: 'Kwam het initiatief van onszelf? Zijn bewoners, naasten en medewerkers gehoord?',
          en: 'Did the initiative come from ourselves? Were residents, relatives and staff heard?',
        },
      ],
    },
    {
      id: 'rvs_about_what',
      name: { nl: 'WAAROVER', en: 'ABOUT WHAT' },
      description: {
        nl: 'Lastige afwegingen in concrete situaties toelichten, in plaats van algemeen geldende normen afvinken.',
        en: 'Explaining difficult trade-offs in concrete situations, rather than ticking off general norms.',
      },
      prompts: [
        {
          nl: 'Hebben we onze afwegingen uitgesproken, in plaats van normen af te vinken?',
          en: 'Did we make our trade-offs explicit, rather than ticking off norms?',
        },
      ],
    },
    {
      id: 'rvs_where',
      name: { nl: 'WAAR', en: 'WHERE' },
      description: {
        nl: 'Ingebed in de praktijk: anderen uitnodigen om feedback te geven en mee te denken.',
        en: 'Embedded in practice: inviting others to give feedback and think along.',
      },
      prompts: [
        {
          nl: 'Zat de reflectie dicht op de praktijk? Wie nodigden we uit om mee te denken?',
          en: 'Was the reflection close to practice? Whom did we invite to think along?',
        },
      ],
    },
    {
      id: 'rvs_when',
      name: { nl: 'WANNEER', en: 'WHEN' },
      description: {
        nl: 'Onderdeel van een leerproces met de blik naar voren: samen doen, reflecteren en de plannen bijstellen.',
        en: 'Part of a learning process looking forward: doing together, reflecting and adjusting plans.',
      },
      prompts: [
        {
          nl: 'Kijken we vooruit? Wat stellen we bij, en wanneer kijken we terug?',
          en: 'Are we looking forward? What do we adjust, and when do we look back?',
        },
      ],
    },
    {
      id: 'rvs_how',
      name: { nl: 'HOE', en: 'HOW' },
      description: {
        nl: 'Een open gesprek op basis van meerdere informatiebronnen en stemmen; liever in gesprek op onvolledige informatie dan blijven zoeken naar de ideale dataset.',
        en: 'An open conversation drawing on several sources and voices; better to talk on incomplete information than to keep searching for the ideal data set.',
      },
      prompts: [
        {
          nl: 'Welke bronnen en stemmen gebruikten we? Durfden we in gesprek te gaan zonder alle informatie? Was het gesprek open?',
          en: 'Which sources and voices did we use? Did we dare to talk without all the information? Was the conversation open?',
        },
      ],
    },
  ],
};
