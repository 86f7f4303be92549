import { NAV_PLACES, navFocus, navGroups, navOrder } from './nav-order';

describe('the order of the main menu', () => {
  it('lists every place exactly once for every focus', () => {
    for (const focus of ['care', 'entrepreneur', 'network'] as const) {
      expect([...navOrder(focus)].sort()).toEqual([...NAV_PLACES].sort());
    }
  });

  it('puts what each role uses most first', () => {
    expect(navOrder('care').slice(0, 3)).toEqual(['home', 'sessions', 'learning']);
    expect(navOrder('entrepreneur').slice(0, 5)).toEqual(['home', 'sessions', 'learning', 'visits', 'reports']);
    expect(navOrder('network').slice(0, 2)).toEqual(['home', 'visits']);
  });

  it('keeps the first places in the bar and puts every other place once under "Meer"', () => {
    for (const focus of ['care', 'entrepreneur', 'network'] as const) {
      const { first, more } = navGroups(focus);
      expect([...first, ...more]).toEqual(navOrder(focus));
      expect(first.filter((place) => more.includes(place))).toEqual([]);
      // The bar holds at most six places, so it fits one line of a wide screen.
      expect(first.length).toBeLessThanOrEqual(6);
    }
  });

  it('reads the focus from the roles', () => {
    const org = { id: 'o' };
    expect(navFocus([{ role: 'care_worker', organisation: org }])).toBe('care');
    expect(navFocus([{ role: 'moderator', organisation: org }])).toBe('care');
    expect(
      navFocus([
        { role: 'care_worker', organisation: org },
        { role: 'entrepreneur', organisation: org },
      ]),
    ).toBe('entrepreneur');
    expect(navFocus([{ role: 'network_coordinator', organisation: null }])).toBe('network');
    // A coordinator who also works in an organisation keeps that work first.
    expect(
      navFocus([
        { role: 'network_coordinator', organisation: null },
        { role: 'moderator', organisation: org },
      ]),
    ).toBe('care');
  });
});
