import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Notified, Notifier } from '../../../engine/notifications/notifier';
import { PracticesService } from '../../practices';
import { REMINDER_SOURCES, reminderClock } from './reminder-sources';

/** Notifications this run made (and queued mail for); those another process made first are not counted. */
type ReminderRun = Notified;

/**
 * Invitations and reminders: finds what is due at `now`, makes the in-app
 * notifications and mails them (Notifier, in one transaction). Safe with
 * several API processes running it at once: the notification's unique key is
 * the claim, so only one of them mails each. Call `run` with a date to run it
 * for that moment (tests).
 */
@Injectable()
export class ReminderJob {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly notifier: Notifier,
    private readonly practices: PracticesService,
  ) {}

  async run(now: Date = new Date()): Promise<ReminderRun> {
    const context = { manager: this.db.manager, clock: reminderClock(now), practices: this.practices };
    const candidates = (await Promise.all(REMINDER_SOURCES.map((source) => source(context)))).flat();
    if (candidates.length === 0) return { created: 0, mailed: 0 };
    return this.db.transaction((manager) => this.notifier.notify(manager, candidates));
  }
}
