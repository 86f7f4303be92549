/** The screens of outbox, loaded by the router only when one is opened (app/App.tsx). */
export { OutboxPage } from './OutboxPage';
