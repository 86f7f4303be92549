/** The public surface of cases: what other features may import. */
export { CasePage } from './CasePage';
export { CasesHomeCard } from './CasesHomeCard';
export { CasesPage } from './CasesPage';
export { GuardedForm } from './GuardedForm';
export { HighlightedText } from './HighlightedText';
export { NewCasePage } from './NewCasePage';
export { ResidentRegisterPage } from './ResidentRegisterPage';
export { choosableTeams } from './viewer-roles';
