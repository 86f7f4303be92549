import { Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { PeriodicJob } from '../../notifications';
import { RetentionService } from './retention.service';

/** Hourly: a retention period is kept to the day without a run being needed at a set time. */
const EVERY_MS = 60 * 60_000;

@Injectable()
export class RetentionScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly job: PeriodicJob;

  constructor(retention: RetentionService) {
    this.job = new PeriodicJob('RawNoteRetention', EVERY_MS, () => retention.purgeAll());
  }

  onApplicationBootstrap(): void {
    this.job.start();
  }

  onModuleDestroy(): Promise<void> {
    return this.job.stop();
  }
}
