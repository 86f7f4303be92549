/** The screens of home, loaded by the router only when one is opened (app/App.tsx). */
export { HomePage } from './HomePage';
