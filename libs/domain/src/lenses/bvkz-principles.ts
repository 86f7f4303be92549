import { LocalizedText } from '../values/localized-text';
import { Lens, LensItem } from './types';

/** The two open questions the sources ask of every principle; deliberately not yes/no. */
export const BVKZ_PRINCIPLE_PROMPTS: readonly LocalizedText[] = [
  { nl: 'Waar zie je dit terug?', en: 'Where do you see this?' },
  { nl: 'Wat staat het in de weg?', en: 'What gets in its way?' },
];

function principle(id: string, name: LocalizedText, description: LocalizedText): LensItem {
  return { id, name, description, prompts: BVKZ_PRINCIPLE_PROMPTS };
}

/** The seven BVKZ principles (uitgangspunten) of small-scale care. */
export const BVKZ_PRINCIPLES_LENS: Lens = {
  id: 'bvkz_principles',
  version: '2026.1',
  name: { nl: 'Zeven uitgangspunten van kleinschalige zorg', en: 'Seven principles of small-scale care' },
  description: {
    nl: 'De uitgangspunten van de BVKZ; bij elk: waar zie je dit terug, en wat staat het in de weg?',
    en: 'The BVKZ principles; for each: where do you see it, and what gets in its way?',
  },
  use: 'care_practice',
  source: { nl: 'BVKZ, kenmerken van kleinschalige zorg', en: 'BVKZ, features of small-scale care' },
  items: [
    principle(
      'relational_care',
      { nl: 'Relationele zorg', en: 'Relational care' },
      { nl: 'Relationele zorg met behoud van individuele identiteit.', en: 'Relational care that keeps individual identity.' },
    ),
    principle(
      'small_groups',
      { nl: 'Kleine groepen', en: 'Small groups' },
      { nl: 'Kleine groepen en kleinschalige accommodaties.', en: 'Small groups and small-scale accommodation.' },
    ),
    principle(
      'own_direction_and_dignity',
      { nl: 'Eigen regie en waardigheid', en: 'Own direction and dignity' },
      { nl: 'Eigen regie en waardigheid van zorgvragers.', en: 'Own direction and dignity of the people receiving care.' },
    ),
    principle(
      'small_involved_teams',
      { nl: 'Kleine betrokken teams', en: 'Small involved teams' },
      { nl: 'Kleine teams van betrokken zorgverleners.', en: 'Small teams of involved carers.' },
    ),
    principle(
      'passionate_entrepreneurs',
      { nl: 'Gepassioneerde ondernemers', en: 'Passionate entrepreneurs' },
      { nl: 'Gepassioneerde en betrokken ondernemers.', en: 'Passionate and involved entrepreneurs.' },
    ),
    principle(
      'flexible_care',
      { nl: 'Flexibele zorg', en: 'Flexible care' },
      { nl: 'Flexibele en dynamische zorgverlening.', en: 'Flexible and dynamic care.' },
    ),
    principle(
      'agile_organisations',
      { nl: 'Wendbare organisaties', en: 'Agile organisations' },
      { nl: 'Wendbare organisaties.', en: 'Agile organisations.' },
    ),
  ],
};
