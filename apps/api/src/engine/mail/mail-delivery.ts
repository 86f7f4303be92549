import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import nodemailer, { Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import { KRING_CONFIG } from '../config/config.token';
import { KringConfig } from '../config/kring-config';
import type { Mail } from './mail.service';

/**
 * The transport of the mail queue: SMTP when SMTP_URL is set; otherwise the development outbox (Postvak), so links
 * (invitations, password resets) still reach people. Only the queue's worker calls it; a throw makes the queue
 * try again later.
 */
@Injectable()
export class MailDelivery {
  private readonly logger = new Logger(MailDelivery.name);
  private readonly transport: Transporter | null;

  constructor(
    @Inject(KRING_CONFIG) private readonly config: KringConfig,
    @InjectDataSource() private readonly db: DataSource,
  ) {
    this.transport = config.smtpUrl ? nodemailer.createTransport(config.smtpUrl) : null;
  }

  async deliver(mail: Mail): Promise<void> {
    if (this.transport) {
      await this.transport.sendMail({ from: this.config.mailFrom, to: mail.to, subject: mail.subject, text: mail.body });
      this.logger.log({ subject: mail.subject }, 'Mail sent');
      return;
    }
    if (mail.organisationId === 'operator') {
      // Never in an outbox an organisation can read: an administrator could take over a colleague's account with it.
      this.logger.warn({ to: mail.to, subject: mail.subject, body: mail.body }, 'Mail not configured: operator-only mail (read it here)');
      return;
    }
    await this.db.query(`INSERT INTO outbox_mail (organisation_id, to_address, subject, body) VALUES ($1, $2, $3, $4)`, [
      mail.organisationId,
      mail.to,
      mail.subject,
      mail.body,
    ]);
  }
}
