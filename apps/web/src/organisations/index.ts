/** The public surface of organisations: what other features may import. */
export { OrganisationPage } from './OrganisationPage';
