import { besideTeams } from '../beside-teams';

describe('besideTeams', () => {
  it.each([
    { what: 'no teams: the count as it is', organisation: 7, teams: [], result: 7 },
    { what: 'under 5 stays hidden', organisation: 4, teams: [], result: null },
    { what: 'already suppressed stays hidden', organisation: null, teams: [5], result: null },
    { what: 'all of it from the one team: nothing to subtract', organisation: 6, teams: [6], result: 6 },
    { what: 'one beside a team of 5: 6 − 5 would show 1 from outside the team', organisation: 6, teams: [5], result: null },
    { what: 'four beside a team of 5', organisation: 9, teams: [5], result: null },
    { what: 'five beside a team of 5 may show', organisation: 10, teams: [5], result: 10 },
    { what: 'a team under 5 is not shown, so nothing is subtracted', organisation: 7, teams: [3], result: 7 },
    { what: 'a suppressed team (null) likewise', organisation: 7, teams: [null], result: 7 },
    { what: 'two shown teams: 12 − 5 − 5 leaves 2', organisation: 12, teams: [5, 5], result: null },
    { what: 'two shown teams, one hidden: the rest holds the hidden one too', organisation: 15, teams: [5, 5, 3], result: 15 },
    { what: 'two shown teams that make up all of it', organisation: 11, teams: [6, 5], result: 11 },
    { what: 'one shown team beside a hidden one: 8 − 5 would give the hidden 3', organisation: 8, teams: [5, 3], result: null },
  ])('$what', ({ organisation, teams, result }) => {
    expect(besideTeams(organisation, teams)).toBe(result);
  });
});
