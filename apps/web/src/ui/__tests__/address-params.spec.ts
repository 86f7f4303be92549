import { withParams, type ParamsChange } from '../address-params';

describe('withParams', () => {
  const cases: [string, string, ParamsChange, string][] = [
    ['sets a new parameter', '', { organisatie: 'o1' }, 'organisatie=o1'],
    ['replaces a parameter and keeps the others', 'organisatie=o1&q=thuis', { organisatie: 'o2' }, 'organisatie=o2&q=thuis'],
    ['takes out a parameter that is null', 'organisatie=o1&team=t1', { organisatie: 'o2', team: null }, 'organisatie=o2'],
    ['takes out a parameter that is empty', 'organisatie=o1&team=t1', { team: '' }, 'organisatie=o1'],
    ['takes out nothing that was not there', 'q=thuis', { netwerk: null }, 'q=thuis'],
    ['changes nothing without a change', 'organisatie=o1&team=t1', {}, 'organisatie=o1&team=t1'],
  ];

  it.each(cases)('%s', (_, before, change, after) => {
    expect(withParams(new URLSearchParams(before), change).toString()).toBe(after);
  });

  it('leaves the current parameters themselves unchanged', () => {
    const current = new URLSearchParams('team=t1');
    withParams(current, { team: null });
    expect(current.toString()).toBe('team=t1');
  });
});
