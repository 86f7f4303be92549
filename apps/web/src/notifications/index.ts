/** The public surface of notifications: what other features may import. */
export { NOTIFICATIONS_PATH } from './paths';
