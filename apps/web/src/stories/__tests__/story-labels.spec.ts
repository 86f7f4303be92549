import type { Language, StoryAudience } from '@kring/domain';
import { audienceList } from '../story-labels';

describe('audienceList', () => {
  it.each<[readonly StoryAudience[], Language, string]>([
    [['team'], 'nl', 'het team'],
    [['team', 'organisation'], 'nl', 'het team; de hele organisatie'],
    // "zonder namen" belongs to the network: no list separator stands between them.
    [['team', 'organisation', 'network', 'public'], 'nl', 'het team; de hele organisatie; het lerend netwerk, zonder namen; iedereen'],
    [['network', 'public'], 'en', 'the learning network, without names; everyone'],
  ])('%j in %s', (audiences, language, expected) => {
    expect(audienceList(audiences, language)).toBe(expected);
  });
});
