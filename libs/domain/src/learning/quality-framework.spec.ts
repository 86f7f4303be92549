import { HARVEST_THEMES } from '../lenses/harvest-themes';
import { MIRROR_THEMES } from '../lenses/peer-visit';
import { chapterOfTheme, HARVEST_THEME_CHAPTER, MIRROR_THEME_CHAPTER, QUALITY_FRAMEWORK_CHAPTERS } from './quality-framework';

describe('the chapters of the quality report', () => {
  const chapterIds = QUALITY_FRAMEWORK_CHAPTERS.map((c) => c.id as string);

  it('are the eight themes of the Kwaliteitskader, numbered in order', () => {
    expect(QUALITY_FRAMEWORK_CHAPTERS.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('give every harvest theme and every peer-visit mirror theme a chapter that exists', () => {
    for (const theme of HARVEST_THEMES)
      expect({ theme: theme.id, known: chapterIds.includes(HARVEST_THEME_CHAPTER[theme.id]) }).toEqual({ theme: theme.id, known: true });
    for (const theme of MIRROR_THEMES)
      expect({ theme: theme.id, known: chapterIds.includes(MIRROR_THEME_CHAPTER[theme.id]) }).toEqual({ theme: theme.id, known: true });
  });

  it('put a theme id Kring no longer knows under learning and quality rather than losing it', () => {
    expect(chapterOfTheme('harvest', 'old_theme')).toBe('learning_and_quality');
    expect(chapterOfTheme('mirror', 'care_staff')).toBe('staffing');
  });
});
