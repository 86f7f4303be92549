import { ORGANISATION_ROLES, type Role } from '@kring/domain';
import { worksAcrossTeams } from '../team-words';

describe('worksAcrossTeams', () => {
  it.each<[Role, boolean]>([
    ['administrator', true],
    ['entrepreneur', true],
    ['moderator', true],
    ['care_worker', false],
  ])('%s: %s', (role, across) => {
    expect(worksAcrossTeams(role)).toBe(across);
  });

  it('covers every role a member can hold', () => {
    expect([...ORGANISATION_ROLES].sort()).toEqual(['administrator', 'care_worker', 'entrepreneur', 'moderator']);
  });
});
