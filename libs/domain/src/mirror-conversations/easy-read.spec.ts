import { themeForResident } from './easy-read';

describe('a theme said to the resident on their easy-read page', () => {
  it.each([
    ['Voelt uw naaste zich hier thuis?', 'Voelt u zich hier thuis?'],
    ['Uw naaste voelt zich hier thuis', 'U voelt zich hier thuis'],
    ['Heeft uw naaste genoeg te doen?', 'Heeft u genoeg te doen?'],
    ['Hoe wordt uw naaste hier begroet?', 'Hoe wordt u hier begroet?'],
    ['Wat is belangrijk voor uw naaste?', 'Wat is belangrijk voor u?'],
    ['Hoe ervaart u uw betrokkenheid?', 'Hoe ervaart u uw betrokkenheid?'],
    ['Zinvolle dag en activiteiten', 'Zinvolle dag en activiteiten'],
  ])('%s → %s', (theme, forResident) => {
    expect(themeForResident(theme)).toBe(forResident);
  });
});
