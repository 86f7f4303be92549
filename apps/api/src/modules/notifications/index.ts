/** The public surface of notifications: what other features may import. */
export { PeriodicJob } from './periodic-job';
export { NotificationsModule } from './notifications.module';
export { NotificationsService } from './notifications.service';
