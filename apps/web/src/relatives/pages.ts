/** The screens of relatives, loaded by the router only when one is opened (app/App.tsx). */
export { RelativePage } from './RelativePage';
