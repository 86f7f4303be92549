/** The screens of cases, loaded by the router only when one is opened (app/App.tsx). */
export { CasePage } from './CasePage';
export { CasesPage } from './CasesPage';
export { NewCasePage } from './NewCasePage';
export { ResidentRegisterPage } from './ResidentRegisterPage';
