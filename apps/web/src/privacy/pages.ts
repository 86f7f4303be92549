/** The screens of privacy, loaded by the router only when one is opened (app/App.tsx). */
export { PrivacyPage } from './PrivacyPage';
