/** The screens of values, loaded by the router only when one is opened (app/App.tsx). */
export { ValuesPage } from './ValuesPage';
