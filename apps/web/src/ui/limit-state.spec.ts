import { limitState } from './limit-state';

describe('limitState', () => {
  it.each([
    [0, 500, 'far'],
    [399, 500, 'far'],
    [400, 500, 'near'],
    [500, 500, 'near'],
    [501, 500, 'over'],
    [4001, 4000, 'over'],
  ] as const)('%i of %i characters → %s', (length, max, expected) => {
    expect(limitState(length, max)).toBe(expected);
  });
});
