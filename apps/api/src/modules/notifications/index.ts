/** The public surface of notifications: what other features may import. */
export { NotificationsModule } from './notifications.module';
export { NotificationsService } from './notifications.service';
