import { monthsBetween } from './calendar';
import { lensChange, lensProblems, narrowLens, normaliseLens, ObservationLens, STARTING_OBSERVATION_LENS } from './observation-lens';

describe('the observation lens', () => {
  it('starts with every value and mirror theme, ready to use', () => {
    expect(lensProblems(STARTING_OBSERVATION_LENS)).toEqual([]);
    expect(STARTING_OBSERVATION_LENS.valueIds).toHaveLength(6);
    expect(STARTING_OBSERVATION_LENS.mirrorThemeIds).toHaveLength(5);
  });

  it('names what is wrong with a draft', () => {
    expect(lensProblems({ purpose: ' ', valueIds: [], mirrorThemeIds: [], questions: [] })).toEqual([
      'purpose_required',
      'nothing_to_look_at',
    ]);
    expect(lensProblems({ ...STARTING_OBSERVATION_LENS, valueIds: ['kwaliteit' as never], questions: ['x'.repeat(301)] })).toEqual([
      'unknown_value',
      'question_too_long',
    ]);
  });

  it('normalises order, blanks and repeats so equal lenses compare equal', () => {
    const lens = normaliseLens({
      purpose: ' Leren ',
      valueIds: ['being_together', 'feeling_at_home'],
      mirrorThemeIds: ['residents', 'policy'],
      questions: ['  Wat zie je? ', '', 'Wat zie je?'],
    });
    expect(lens).toEqual({
      purpose: 'Leren',
      valueIds: ['feeling_at_home', 'being_together'],
      mirrorThemeIds: ['policy', 'residents'],
      questions: ['Wat zie je?'],
    });
  });

  it('lets a visit narrow the network lens, never widen it', () => {
    const network = normaliseLens({ ...STARTING_OBSERVATION_LENS, valueIds: ['feeling_at_home', 'being_a_person'] });
    expect(narrowLens(network, ['being_a_person'], ['residents'])).toMatchObject({
      valueIds: ['being_a_person'],
      mirrorThemeIds: ['residents'],
      purpose: network.purpose,
    });
    expect(narrowLens(network, ['ordinary_surroundings'], [])).toBeNull();
  });
});

describe('calendar dates', () => {
  it('counts whole months', () => {
    expect(monthsBetween('2025-03-15', '2026-03-15')).toBe(12);
    expect(monthsBetween('2025-03-16', '2026-03-15')).toBe(11);
    expect(monthsBetween('2026-03-01', '2026-03-31')).toBe(0);
  });
});

describe('the change between two lenses', () => {
  const before = {
    purpose: 'Leren van elkaar.',
    valueIds: ['being_a_person', 'steering_together'],
    mirrorThemeIds: ['policy'],
    questions: ['Zou je dat thuis ook doen?'],
  } as unknown as ObservationLens;

  it('says per list what stays, comes in and goes, and whether the purpose changed', () => {
    const after = {
      ...before,
      purpose: ' Leren van elkaar, niet keuren. ',
      valueIds: ['steering_together', 'feeling_at_home'],
      questions: ['Zou je dat thuis ook doen?', 'Wie beslist hier?'],
    } as unknown as ObservationLens;
    const change = lensChange(before, after);
    expect(change.purposeChanged).toBe(true);
    expect(change.valueIds).toEqual({ kept: ['steering_together'], added: ['feeling_at_home'], removed: ['being_a_person'] });
    expect(change.mirrorThemeIds).toEqual({ kept: ['policy'], added: [], removed: [] });
    expect(change.questions).toEqual({ kept: ['Zou je dat thuis ook doen?'], added: ['Wie beslist hier?'], removed: [] });
    expect(change.unchanged).toBe(false);
  });

  it('sees no change in spacing or order alone', () => {
    expect(
      lensChange(before, {
        ...before,
        purpose: 'Leren van elkaar. ',
        valueIds: ['steering_together', 'being_a_person'],
      } as unknown as ObservationLens).unchanged,
    ).toBe(true);
  });
});
