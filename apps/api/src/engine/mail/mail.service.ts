import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { KRING_CONFIG } from '../config/config.token';
import { KringConfig } from '../config/kring-config';
import { JobQueue } from '../jobs/job-queue';
import { MailDelivery } from './mail-delivery';

export interface Mail {
  to: string;
  subject: string;
  body: string;
  /**
   * Whose administrators may read it in the development outbox; 'operator' for mail no colleague may read
   * (password resets): without SMTP it goes only to the server log, for the instance's operator.
   */
  organisationId: string | null | 'operator';
}

/** The queue every mail goes through. */
export const MAIL_QUEUE = 'mail';

/**
 * Tries for one to three days (each delay doubles from MAIL_RETRY_DELAY_SECONDS, 30 s by default): a mail server
 * that is down for hours still gets the mail once it is back.
 */
const MAIL_RETRY_LIMIT = 12;

/**
 * Mail that is never lost: `send` puts the mail on the job queue (in the caller's transaction when it passes its
 * manager, so the mail exists exactly when the write that caused it does) and returns; a worker delivers it
 * outside the request (MailDelivery), retried with backoff while the transport fails.
 */
@Injectable()
export class MailService implements OnModuleInit {
  constructor(
    @Inject(KRING_CONFIG) private readonly config: KringConfig,
    private readonly queue: JobQueue,
    private readonly delivery: MailDelivery,
  ) {}

  onModuleInit(): void {
    this.queue.handle<Mail>(
      MAIL_QUEUE,
      { retryLimit: MAIL_RETRY_LIMIT, retryDelaySeconds: this.config.jobs.mailRetryDelaySeconds },
      (mail) => this.delivery.deliver(mail),
    );
  }

  /** Queues the mail; with `manager`, inside that transaction. */
  async send(mail: Mail, manager?: EntityManager): Promise<void> {
    await this.queue.enqueue(MAIL_QUEUE, mail, manager);
  }

  link(path: string): string {
    return `${this.config.publicUrl}${path}`;
  }
}
