import { Lens } from './types';

/** Kwaliteit van zorg 2.0 (Goossensen & Baart, 2011): four dimensions, as quoted in the BVKZ position paper. */
export const QUALITY_OF_CARE_2_LENS: Lens = {
  id: 'quality_of_care_2',
  version: '2026.1',
  name: { nl: 'Kwaliteit van zorg 2.0', en: 'Quality of care 2.0' },
  description: {
    nl: 'Naast ziektegerichtheid ook mensgerichtheid, uitvoeringsgerichtheid en houdingsgerichtheid.',
    en: 'Besides being disease-oriented, also person-oriented, delivery-oriented and attitude-oriented.',
  },
  use: 'care_practice',
  source: {
    nl: 'Goossensen & Baart (2011), Kwaliteit van zorg 2.0: menslievende, presente en zorgzame zorg',
    en: 'Goossensen & Baart (2011), Quality of care 2.0: loving, present and caring care',
  },
  items: [
    {
      id: 'disease_oriented',
      name: { nl: 'Ziektegericht', en: 'Disease-oriented' },
      description: {
        nl: 'Medisch en verpleegkundig hoogwaardige zorg: beproefde en probate interventies die veilig, doorzichtig, doeltreffend en praktisch zijn.',
        en: 'High-quality medical and nursing care: proven, effective interventions that are safe, transparent, effective and practical.',
      },
      prompts: [
        {
          nl: 'Welke interventies gebruikten we? Waren ze veilig, doorzichtig, doeltreffend en praktisch?',
          en: 'Which interventions did we use? Were they safe, transparent, effective and practical?',
        },
      ],
    },
    {
      id: 'person_oriented',
      name: { nl: 'Mensgericht', en: 'Person-oriented' },
      description: {
        nl: 'Aansluiten bij de zorgvrager: zorgvuldig waarnemen wie hij is, wat voor hem van waarde is en vooral wat hij doormaakt.',
        en: 'Fitting the person: carefully perceiving who they are, what is of value to them and above all what they are going through.',
      },
      prompts: [
        {
          nl: 'Wie is deze persoon, wat is voor hem of haar van waarde, en wat maakt hij of zij door?',
          en: 'Who is this person, what is of value to them, and what are they going through?',
        },
      ],
    },
    {
      id: 'delivery_oriented',
      name: { nl: 'Uitvoeringsgericht', en: 'Delivery-oriented' },
      description: {
        nl: 'Responsieve zorg: blijven kijken of het aangebodene aansluit, uitpakt zoals bedoeld en de zorgvrager baat; duurzaam en trouw, ook zonder direct resultaat.',
        en: 'Responsive care: keep checking whether what is offered fits, works out as intended and helps the person; lasting and faithful, even without quick results.',
      },
      prompts: [
        {
          nl: 'Past wat we bieden en helpt het? Wie beoordeelt dat: de bewoner of wij?',
          en: 'Does what we offer fit and help? Who judges that: the resident or us?',
        },
      ],
    },
    {
      id: 'attitude_oriented',
      name: { nl: 'Houdingsgericht', en: 'Attitude-oriented' },
      description: {
        nl: 'Een zorgverlener die bezorgd mag zijn en zorg verleent met mededogen; de hulpvrager ervaart hartelijkheid, betrokkenheid, respect en toegenegenheid. Ook bejegening en communicatie.',
        en: 'A carer who may be concerned and gives care with compassion; the person experiences warmth, involvement, respect and affection. Also manner and communication.',
      },
      prompts: [
        {
          nl: 'Ervoer de bewoner hartelijkheid, betrokkenheid, respect en toegenegenheid? Hoe was de bejegening?',
          en: 'Did the resident experience warmth, involvement, respect and affection? How were they treated?',
        },
      ],
    },
  ],
};
