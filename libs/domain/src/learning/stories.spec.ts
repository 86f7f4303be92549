import { includedByWider, withIncludedAudiences } from './stories';

describe('what consent for a story audience includes', () => {
  it.each([
    [['team'], ['team']],
    [['organisation'], ['team', 'organisation']],
    // The network reads it anonymised, outside the organisation: colleagues who may know the resident do not.
    [['network'], ['network']],
    [['public'], ['team', 'organisation', 'network', 'public']],
    [
      ['network', 'organisation'],
      ['team', 'organisation', 'network'],
    ],
    [[], []],
  ] as const)('%j gives %j', (chosen, stored) => {
    expect(withIncludedAudiences(chosen)).toEqual(stored);
  });

  it('locks only what a wider choice includes', () => {
    expect(includedByWider('team', ['organisation'])).toBe(true);
    expect(includedByWider('team', ['network'])).toBe(false);
    expect(includedByWider('public', ['public'])).toBe(false);
  });
});
