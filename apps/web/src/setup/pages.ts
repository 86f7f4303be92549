/** The screens of setup, loaded by the router only when one is opened (app/App.tsx). */
export { SetupPage } from './SetupPage';
