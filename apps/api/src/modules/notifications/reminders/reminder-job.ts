import { Language, NotificationKind, NotificationParams } from '@kring/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { MailService } from '../../../engine/mail/mail.service';
import { PracticesService } from '../../practices';
import { reminderMail } from './reminder-mail';
import { REMINDER_SOURCES, reminderClock } from './reminder-sources';

export interface ReminderRun {
  /** Notifications this run made (and queued mail for); those another process made first are not counted. */
  created: number;
  mailed: number;
}

interface CreatedRow {
  id: string;
  organisation_id: string;
  person_id: string;
  kind: NotificationKind;
  params: NotificationParams;
  link: string;
}

/**
 * Invitations and reminders: finds what is due at `now`, makes the in-app
 * notifications and mails them. Safe with several API processes running it
 * at once: the notification's unique key is the claim, so of two processes
 * inserting the same reminder only one gets the row back, and only that one
 * sends the e-mail. Call `run` with a date to run it for that moment (tests).
 */
@Injectable()
export class ReminderJob {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly mail: MailService,
    private readonly practices: PracticesService,
  ) {}

  async run(now: Date = new Date()): Promise<ReminderRun> {
    const context = { manager: this.db.manager, clock: reminderClock(now), practices: this.practices };
    const candidates = (await Promise.all(REMINDER_SOURCES.map((source) => source(context)))).flat();
    if (candidates.length === 0) return { created: 0, mailed: 0 };
    return this.db.transaction(async (manager) => {
      const created: CreatedRow[] = await manager.query(
        `INSERT INTO notification (organisation_id, person_id, kind, subject_id, due_key, params, link)
         SELECT x.organisation_id, x.person_id, x.kind, x.subject_id, x.due_key, x.params, x.link
         FROM jsonb_to_recordset($1::jsonb) AS x(organisation_id uuid, person_id uuid, kind text, subject_id uuid, due_key text, params jsonb, link text)
         ON CONFLICT ON CONSTRAINT notification_once_uq DO NOTHING
         RETURNING id, organisation_id, person_id, kind, params, link`,
        [
          JSON.stringify(
            candidates.map((c) => ({
              organisation_id: c.organisationId,
              person_id: c.personId,
              kind: c.kind,
              subject_id: c.subjectId,
              due_key: c.dueKey,
              params: c.params,
              link: c.link,
            })),
          ),
        ],
      );
      return { created: created.length, mailed: await this.mailAll(created, manager) };
    });
  }

  /**
   * Queues the mails in the transaction that stores their notifications: both exist or neither does, and a mail
   * server that is down only delays the mail (the queue retries it), never an in-app notification.
   */
  private async mailAll(created: CreatedRow[], manager: EntityManager): Promise<number> {
    if (created.length === 0) return 0;
    const [people, organisations] = await Promise.all([
      manager.query(`SELECT id, email, display_name, preferred_language FROM person WHERE id = ANY($1::uuid[])`, [
        [...new Set(created.map((c) => c.person_id))],
      ]),
      manager.query(`SELECT id, name FROM organisation WHERE id = ANY($1::uuid[])`, [[...new Set(created.map((c) => c.organisation_id))]]),
    ]);
    const person = new Map<string, { email: string; display_name: string; preferred_language: Language }>(
      people.map((p: { id: string }) => [p.id, p]),
    );
    const organisation = new Map<string, string>(organisations.map((o: { id: string; name: string }) => [o.id, o.name]));
    let mailed = 0;
    for (const row of created) {
      const to = person.get(row.person_id);
      if (!to) continue;
      const { subject, body } = reminderMail({
        kind: row.kind,
        params: row.params,
        recipientName: to.display_name,
        organisationName: organisation.get(row.organisation_id) ?? 'Kring',
        language: to.preferred_language,
        url: this.mail.link(row.link),
      });
      await this.mail.send({ to: to.email, organisationId: row.organisation_id, subject, body }, manager);
      mailed += 1;
    }
    return mailed;
  }
}
