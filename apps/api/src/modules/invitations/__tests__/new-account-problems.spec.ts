import { LIMITS } from '@kring/domain';
import { newAccountProblems } from '../new-account-problems';

describe("what is wrong with a new account's name and password", () => {
  const good = 'een-goed-wachtwoord';
  it.each<[string, string | null | undefined, string, { field: string; rule: string }[]]>([
    ['a name and a long enough password', 'Bram', good, []],
    ['no name', null, good, [{ field: 'displayName', rule: 'required' }]],
    ['only spaces for a name', '   ', good, [{ field: 'displayName', rule: 'required' }]],
    ['a short password', 'Bram', 'kort', [{ field: 'password', rule: 'minLength' }]],
    ['a password over the limit', 'Bram', 'x'.repeat(LIMITS.passwordMax + 1), [{ field: 'password', rule: 'maxLength' }]],
    [
      'both at once, in one refusal',
      '',
      'kort',
      [
        { field: 'displayName', rule: 'required' },
        { field: 'password', rule: 'minLength' },
      ],
    ],
  ])('%s', (_, displayName, password, expected) => {
    expect(newAccountProblems(displayName, password).map(({ field, rule }) => ({ field, rule }))).toEqual(expected);
  });
});
