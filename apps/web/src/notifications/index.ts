/** The public surface of notifications: what other features may import. */
export { NotificationBell } from './NotificationBell';
export { NOTIFICATIONS_PATH } from './paths';
