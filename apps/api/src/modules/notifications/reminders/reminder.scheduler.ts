import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobQueue } from '../../../engine/jobs/job-queue';
import { ReminderJob } from './reminder-job';

/** Every five minutes: invitations go out soon after they are made, reminders on time. */
const EVERY_FIVE_MINUTES = '*/5 * * * *';

/** Reminders run on the job queue's scheduler: one process of all that run makes each round. */
@Injectable()
export class ReminderScheduler implements OnModuleInit {
  constructor(
    private readonly queue: JobQueue,
    private readonly reminders: ReminderJob,
  ) {}

  onModuleInit(): void {
    this.queue.every('reminders', EVERY_FIVE_MINUTES, () => this.reminders.run());
  }
}
