import {
  RECOGNISABILITY_LABELS,
  RECOGNISABILITY_LEVELS,
  TAG_DIRECTION_LABELS,
  TAG_DIRECTIONS,
  isRecognisabilityLevel,
  isTagDirection,
} from './tagging';

describe('tagging vocabulary', () => {
  it('has the three directions with Dutch labels', () => {
    expect(TAG_DIRECTIONS).toEqual(['visible_strength', 'under_pressure', 'open_question']);
    expect(TAG_DIRECTIONS.map((d) => TAG_DIRECTION_LABELS[d].nl)).toEqual(['Zichtbaar sterk', 'Onder druk', 'Vraag']);
  });

  it('has four recognisability levels and no numbers', () => {
    expect(RECOGNISABILITY_LEVELS.map((l) => RECOGNISABILITY_LABELS[l].nl)).toEqual([
      'Zichtbaar',
      'Deels zichtbaar',
      'Nog niet zichtbaar',
      'Niet besproken',
    ]);
    for (const l of RECOGNISABILITY_LEVELS) expect(RECOGNISABILITY_LABELS[l].en).not.toBe('');
  });

  it('guards unknown input', () => {
    expect(isTagDirection('under_pressure')).toBe(true);
    expect(isTagDirection('score_5')).toBe(false);
    expect(isRecognisabilityLevel('partly_visible')).toBe(true);
    expect(isRecognisabilityLevel(3)).toBe(false);
  });
});
