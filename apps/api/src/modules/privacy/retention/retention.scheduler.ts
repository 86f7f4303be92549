import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobQueue } from '../../../engine/jobs/job-queue';
import { RetentionService } from './retention.service';

/** Hourly: a retention period is kept to the day without a run being needed at a set time. */
const HOURLY = '17 * * * *';

/** Raw-note retention runs on the job queue's scheduler: one process of all that run purges each hour. */
@Injectable()
export class RetentionScheduler implements OnModuleInit {
  constructor(
    private readonly queue: JobQueue,
    private readonly retention: RetentionService,
  ) {}

  onModuleInit(): void {
    this.queue.every('raw-note-retention', HOURLY, () => this.retention.purgeAll());
  }
}
