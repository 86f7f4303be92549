import { infinitiveGuess, infinitivesIn, searchWithInfinitives } from './dutch-verb-forms';

describe('Dutch weak verbs in the past tense', () => {
  it.each([
    ['wandelde', 'wandelen'],
    ['wandelden', 'wandelen'],
    ['gewandeld', 'wandelen'],
    ['kookte', 'koken'],
    ['gekookt', 'koken'],
    ['hoorde', 'horen'],
    ['praatte', 'praten'],
    ['stopte', 'stoppen'],
    ['belde', 'bellen'],
    ['zorgde', 'zorgen'],
    ['luisterde', 'luisteren'],
    ['leefde', 'leven'],
    ['verhuisde', 'verhuizen'],
    ['fietste', 'fietsen'],
    ['lachte', 'lachen'],
    ['Maakte', 'maken'],
  ])('%s belongs to %s', (past, infinitive) => {
    expect(infinitiveGuess(past)).toBe(infinitive);
  });

  it.each(['beide', 'bewoners', 'koffie', 'wandelen', 'gebied', 'de', 'te'])('leaves %s alone', (word) => {
    expect(infinitiveGuess(word)).toBeNull();
  });

  it('lists the infinitives of a text once each', () => {
    expect(infinitivesIn('Zij wandelde en kookte; daarna wandelde ze weer.')).toBe('wandelen koken');
    expect(infinitivesIn('Samen koken op zondag')).toBe('');
  });

  it('rewrites search words and keeps the search syntax', () => {
    expect(searchWithInfinitives('bewoner wandelde')).toBe('bewoner wandelen');
    expect(searchWithInfinitives('"samen kookte" OR fietste -regel')).toBe('"samen koken" OR fietsen -regel');
    expect(searchWithInfinitives('bewoner')).toBeNull();
  });
});
