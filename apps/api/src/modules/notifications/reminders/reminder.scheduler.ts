import { Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { PeriodicJob } from '../periodic-job';
import { ReminderJob } from './reminder-job';

/** Every five minutes: invitations go out soon after they are made, reminders on time. */
const EVERY_MS = 5 * 60_000;

@Injectable()
export class ReminderScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly job: PeriodicJob;

  constructor(reminders: ReminderJob) {
    this.job = new PeriodicJob('ReminderJob', EVERY_MS, () => reminders.run());
  }

  onApplicationBootstrap(): void {
    this.job.start();
  }

  onModuleDestroy(): Promise<void> {
    return this.job.stop();
  }
}
