/** The screens of practices, loaded by the router only when one is opened (app/App.tsx). */
export { PracticesPage } from './PracticesPage';
