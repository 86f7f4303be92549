import { startingPlanTeam } from './plan-team';

describe('the team a new session plan starts with', () => {
  const teams = [{ id: 'stal' }, { id: 'tuin' }, { id: 'keuken' }];

  it.each([
    ['the organisation has one team', [{ id: 'stal' }], [], 'stal'],
    ['the planner is in one of several teams', teams, ['tuin'], 'tuin'],
    ['the planner is in it through two roles', teams, ['tuin', 'tuin'], 'tuin'],
    ['the planner is in two teams', teams, ['tuin', 'stal'], ''],
    ['the planner is in no team (an entrepreneur)', teams, [], ''],
    ["the planner's only team is another organisation's", teams, ['elders'], ''],
    ['the organisation has no team', [], ['tuin'], ''],
  ])('%s', (_, orgTeams, own, expected) => {
    expect(startingPlanTeam(orgTeams, own)).toBe(expected);
  });
});
