import { Module } from '@nestjs/common';
import { PracticesModule } from '../practices';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';
import { ReminderJob } from './reminders/reminder-job';
import { ReminderScheduler } from './reminders/reminder.scheduler';

/** In-app notifications, and the job that turns invitations and due dates into notifications and e-mails. */
@Module({
  imports: [PracticesModule],
  providers: [NotificationsService, NotificationsResolver, ReminderJob, ReminderScheduler],
  exports: [ReminderJob, NotificationsService],
})
export class NotificationsModule {}
