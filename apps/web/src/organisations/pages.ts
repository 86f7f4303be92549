/** The screens of organisations, loaded by the router only when one is opened (app/App.tsx). */
export { OrganisationPage } from './OrganisationPage';
