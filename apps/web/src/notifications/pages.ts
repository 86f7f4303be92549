/** The screens of notifications, loaded by the router only when one is opened (app/App.tsx). */
export { NotificationsPage } from './NotificationsPage';
