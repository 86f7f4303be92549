/** The public surface of cases: what other features may import. */
export { CasesHomeCard } from './CasesHomeCard';
export { GuardedForm, type GuardAnswers } from './GuardedForm';
export { choosableTeams } from './viewer-roles';
