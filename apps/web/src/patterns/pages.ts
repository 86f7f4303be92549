/** The screens of patterns, loaded by the router only when one is opened (app/App.tsx). */
export { PatternsPage } from './PatternsPage';
