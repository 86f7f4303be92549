import { HarvestThemeId } from '../lenses/harvest-themes';
import { MirrorThemeId } from '../lenses/peer-visit';
import { LocalizedText } from '../values/localized-text';

/**
 * The chapters of the quality report (kwaliteitsverslag), after the eight
 * themes of the Kwaliteitskader Verpleeghuiszorg (Zorginstituut 2017; domain
 * reference B.1.2, background): four on quality and safety, four on the
 * conditions for it. Kring's input is sorted into these chapters so the
 * entrepreneur writes the report from where the framework asks for it.
 */
export const QUALITY_FRAMEWORK_CHAPTERS = [
  { id: 'person_centred_care', number: 1, name: { nl: 'Persoonsgerichte zorg en ondersteuning', en: 'Person-centred care and support' } },
  { id: 'living_and_wellbeing', number: 2, name: { nl: 'Wonen en welzijn', en: 'Living and wellbeing' } },
  { id: 'safety', number: 3, name: { nl: 'Veiligheid', en: 'Safety' } },
  { id: 'learning_and_quality', number: 4, name: { nl: 'Leren en werken aan kwaliteit', en: 'Learning and working on quality' } },
  { id: 'leadership', number: 5, name: { nl: 'Leiderschap, governance en management', en: 'Leadership, governance and management' } },
  { id: 'staffing', number: 6, name: { nl: 'Personeelssamenstelling', en: 'Staffing' } },
  { id: 'resources', number: 7, name: { nl: 'Gebruik van hulpbronnen', en: 'Use of resources' } },
  { id: 'information', number: 8, name: { nl: 'Gebruik van informatie', en: 'Use of information' } },
] as const satisfies readonly { id: string; number: number; name: LocalizedText }[];

export type QualityChapterId = (typeof QUALITY_FRAMEWORK_CHAPTERS)[number]['id'];

/**
 * Where what relatives told us about a harvest theme belongs. A Record, so a
 * new harvest theme does not compile until it is given its chapter.
 */
export const HARVEST_THEME_CHAPTER: Record<HarvestThemeId, QualityChapterId> = {
  dignity: 'person_centred_care',
  own_direction: 'person_centred_care',
  who_is_this_person: 'person_centred_care',
  relatives_involvement: 'person_centred_care',
  treatment_and_communication: 'person_centred_care',
  being_at_home: 'living_and_wellbeing',
  meaningful_day: 'living_and_wellbeing',
  safety: 'safety',
  information: 'information',
  going_well_could_be_better: 'learning_and_quality',
};

/** Where the host's answer on a peer-visit mirror theme belongs. */
export const MIRROR_THEME_CHAPTER: Record<MirrorThemeId, QualityChapterId> = {
  policy: 'leadership',
  view_of_change: 'learning_and_quality',
  residents: 'person_centred_care',
  care_staff: 'staffing',
  residents_wellbeing: 'living_and_wellbeing',
};

/** The chapter of a harvest or mirror theme id; anything unknown (an old id) is learning and quality. */
export function chapterOfTheme(kind: 'harvest' | 'mirror', themeId: string): QualityChapterId {
  const map: Record<string, QualityChapterId> = kind === 'harvest' ? HARVEST_THEME_CHAPTER : MIRROR_THEME_CHAPTER;
  return map[themeId] ?? 'learning_and_quality';
}
