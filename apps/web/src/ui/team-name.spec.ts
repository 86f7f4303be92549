import { withoutTeamWord } from './team-name';

describe('a team name after the word "Team"', () => {
  it.each([
    ['Team Kompas', 'Kompas'],
    ['team kompas', 'kompas'],
    ['Wonen', 'Wonen'],
    ['Teamwork', 'Teamwork'],
  ])('%s → %s', (name, shown) => {
    expect(withoutTeamWord(name)).toBe(shown);
  });
});
