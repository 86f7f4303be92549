/** The public surface of cases: what other features may import. */
export { CasesHomeCard } from './CasesHomeCard';
export { GuardedForm } from './GuardedForm';
export { HighlightedText } from './HighlightedText';
export { choosableTeams } from './viewer-roles';
