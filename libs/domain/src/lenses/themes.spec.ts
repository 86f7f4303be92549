import { isCompleteText } from '../values/localized-text';
import { isTaggableId } from '../values/framework';
import { HARVEST_THEMES, isHarvestThemeId } from './harvest-themes';
import { FINDING_TYPES, MIRROR_QUESTIONS, MIRROR_THEMES, isFindingTypeId, isMirrorThemeId, mirrorThemesFor } from './peer-visit';

describe('mirror conversation harvest themes', () => {
  it('has the ten themes of the guide, in order', () => {
    expect(HARVEST_THEMES.map((t) => t.name.nl)).toEqual([
      'Waardigheid',
      'Je thuis voelen',
      'Eigen regie',
      'Wie is deze persoon',
      'Betrokkenheid van naasten',
      'Bejegening en communicatie',
      'Zinvolle dag en activiteiten',
      'Veiligheid',
      'Informatie',
      'Wat gaat goed / wat kan beter',
    ]);
  });

  it('asks about experience in both languages and links to real values', () => {
    for (const t of HARVEST_THEMES) {
      expect(isCompleteText(t.name)).toBe(true);
      expect(isCompleteText(t.exampleQuestion)).toBe(true);
      for (const v of t.relatedValueIds) expect(isTaggableId(v)).toBe(true);
    }
    expect(isHarvestThemeId('dignity')).toBe(true);
    expect(isHarvestThemeId('score')).toBe(false);
  });
});

describe('peer visit vocabulary', () => {
  it('has 5 mirror themes, 3 mirror questions and 5 finding types', () => {
    expect(MIRROR_THEMES.map((t) => t.name.nl)).toEqual([
      'Beleid',
      'Kijk op verandering',
      'Bewoners',
      'Zorgpersoneel',
      'Welbevinden van bewoners',
    ]);
    expect(MIRROR_QUESTIONS.map((q) => q.name.nl)).toEqual([
      'Is de zorg goed?',
      'Wat leren we ervan?',
      'Hoe houden we de kwaliteit van leven goed?',
    ]);
    expect(FINDING_TYPES.map((f) => f.name.nl)).toEqual([
      'Wat ons raakte / sterk punt',
      'Spiegelvraag',
      'Aandachtspunt',
      'Suggestie',
      'Regelknelpunt',
    ]);
  });

  it('has complete texts and unique ids across all these vocabularies', () => {
    const all = [...HARVEST_THEMES, ...MIRROR_THEMES, ...MIRROR_QUESTIONS, ...FINDING_TYPES];
    const ids = all.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const i of [...MIRROR_THEMES, ...MIRROR_QUESTIONS, ...FINDING_TYPES]) {
      expect(isCompleteText(i.name)).toBe(true);
      expect(isCompleteText(i.description)).toBe(true);
    }
    expect(isMirrorThemeId('care_staff')).toBe(true);
    expect(isFindingTypeId('rule_obstacle')).toBe(true);
    expect(isFindingTypeId('score')).toBe(false);
  });
});

describe("the mirror themes in the host's own word for the people it cares for", () => {
  const texts = (term: string) =>
    mirrorThemesFor(term)
      .filter((theme) => theme.id === 'residents' || theme.id === 'residents_wellbeing')
      .map((theme) => [theme.name.nl, theme.name.en, theme.description.en]);

  it.each<[string, string[][]]>([
    [
      'deelnemer',
      [
        ['Deelnemers', 'Participants', 'Do the carers know who each participant really is? Are wishes visible in daily life?'],
        [
          'Welbevinden van deelnemers',
          "Participants' wellbeing",
          'What is it like to be here as a participant? Do people feel at home, and is what was ordinary ordinary again?',
        ],
      ],
    ],
    [
      'oudere',
      [
        ['Ouderen', 'Ouderen', 'Do the carers know who each oudere really is? Are wishes visible in daily life?'],
        [
          'Welbevinden van ouderen',
          "Ouderen' wellbeing",
          'What is it like to be here as an oudere? Do people feel at home, and is what was ordinary ordinary again?',
        ],
      ],
    ],
  ])('%s', (term, expected) => {
    expect(texts(term)).toEqual(expected);
  });

  it('says "bewoners" where no one host is meant, and leaves no placeholder in any text', () => {
    expect(mirrorThemesFor('bewoner')).toEqual(MIRROR_THEMES);
    for (const term of ['bewoner', 'deelnemer', 'mens met een zorgvraag', 'kind'])
      for (const theme of mirrorThemesFor(term)) expect(JSON.stringify(theme)).not.toContain('{{');
    expect(MIRROR_THEMES.find((theme) => theme.id === 'care_staff')?.description.nl).toContain('Kennen de begeleiders de bewoners');
  });
});
