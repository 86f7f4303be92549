/**
 * What the shell shows of notifications on every page (its menu entry) and the paths the router needs: kept apart from
 * index.ts, whose sections and documents would otherwise travel in the first download of every page (issue #10).
 */
export { NotificationBell } from './NotificationBell';
export { NOTIFICATIONS_PATH } from './paths';
