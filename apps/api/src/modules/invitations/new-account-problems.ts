import { LIMITS } from '@kring/domain';
import type { FieldProblem } from '../../engine/graphql/user-error';

/**
 * What is wrong with a new account's name and password, all at once: joining by invitation without an account asks
 * for both, and a refusal that names only the password sends the person back a second time for the name. The
 * password's rules are checked here, not on the input, because an existing account joins with the password it has,
 * which may be older and shorter than today's minimum.
 */
export function newAccountProblems(displayName: string | null | undefined, password: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!displayName?.trim()) problems.push({ field: 'displayName', rule: 'required' });
  if (password.length < LIMITS.passwordMin) problems.push({ field: 'password', rule: 'minLength', value: LIMITS.passwordMin });
  if (password.length > LIMITS.passwordMax) problems.push({ field: 'password', rule: 'maxLength', value: LIMITS.passwordMax });
  return problems;
}
