import { meaningfulWords, MIRROR_MIN_RESPONDENTS, themeMirror, wordCounts } from './word-mirror';

describe('the belangrijk/ervaren mirror', () => {
  it('takes the meaningful words of an answer, each once', () => {
    expect([...meaningfulWords('Rust, RUST en aandacht voor zijn eigen ritme.')]).toEqual(['rust', 'aandacht', 'eigen', 'ritme']);
  });

  it('counts people, not repetitions, and leaves out words only one person used', () => {
    expect(wordCounts(['rust rust rust', 'rust en aandacht', 'aandacht', 'muziek'])).toEqual([
      { word: 'aandacht', count: 2 },
      { word: 'rust', count: 2 },
    ]);
  });

  it('hides a theme that fewer than five people answered, words and all', () => {
    const four = Array.from({ length: MIRROR_MIN_RESPONDENTS - 1 }, () => ({ important: 'rust', experienced: 'rust' }));
    expect(themeMirror('safety', [...four, { important: '', experienced: '  ' }])).toEqual({
      themeId: 'safety',
      respondents: 4,
      shown: false,
      important: [],
      experienced: [],
    });
  });

  it('shows both sides side by side from five people on', () => {
    const answers = [
      { important: 'rust en aandacht', experienced: 'drukte' },
      { important: 'aandacht', experienced: 'drukte in de avond' },
      { important: 'rust', experienced: 'aandacht van Anna' },
      { important: 'eigen ritme', experienced: '' },
      { important: '', experienced: 'aandacht' },
    ];
    expect(themeMirror('being_at_home', answers)).toEqual({
      themeId: 'being_at_home',
      respondents: 5,
      shown: true,
      important: [
        { word: 'aandacht', count: 2 },
        { word: 'rust', count: 2 },
      ],
      experienced: [
        { word: 'aandacht', count: 2 },
        { word: 'drukte', count: 2 },
      ],
    });
  });
});
