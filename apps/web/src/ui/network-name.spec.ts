import { withoutNetworkWords } from './network-name';

describe('a network name after the words "Lerend netwerk"', () => {
  it.each([
    ['Lerend netwerk Kleinschalig Oost', 'Kleinschalig Oost'],
    ['lerend netwerk achterhoek', 'achterhoek'],
    ['Lerend netwerk: Oost', 'Oost'],
    ['Learning network East', 'East'],
    ['Kleinschalig Oost', 'Kleinschalig Oost'],
    ['Netwerk Twente', 'Netwerk Twente'],
    ['Lerend netwerkje Zuid', 'Lerend netwerkje Zuid'],
    ['Lerend netwerk', 'Lerend netwerk'],
  ])('%s → %s', (name, shown) => {
    expect(withoutNetworkWords(name)).toBe(shown);
  });
});
