import { NotificationKind, NotificationParams } from '@kring/domain';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PersonProfileRow } from '../database/profile-rows';
import type { NotificationRow, OrganisationRow } from '../database/tables.generated';
import { MailService } from '../mail/mail.service';
import { notificationMail } from './notification-mail';

/** One notification for one person; `notify` makes it at most once (the notification table's unique key). */
export interface NotificationDraft {
  kind: NotificationKind;
  organisationId: string;
  personId: string;
  subjectId: string;
  /** What the notification is about in time: a moved session or look-back date notifies again. Empty: once ever. */
  dueKey: string;
  params: NotificationParams;
  /** Path of the page in the web app (WEB_PATHS). */
  link: string;
}

export interface Notified {
  /** Notifications made now (and mailed); those that already existed are not counted. */
  created: number;
  mailed: number;
}

/** A notification this statement made; `kind` and `params` are the draft's own, written as they came (no CHECK lists the kinds). */
type CreatedRow = Pick<NotificationRow, 'id' | 'organisation_id' | 'person_id' | 'link'> & Pick<NotificationDraft, 'kind' | 'params'>;

/**
 * The one way a notification is made: the in-app row and its e-mail, in the
 * caller's transaction. Both exist or neither does, and a mail server that is
 * down only delays the mail (the job queue retries it), never the in-app
 * notification. The unique key is the claim: of two processes inserting the
 * same notification only one gets the row back, and only that one mails.
 * Used by the reminder job (what is due at a moment) and by the writes that
 * tell people something at once (an approved report).
 */
@Injectable()
export class Notifier {
  constructor(private readonly mail: MailService) {}

  async notify(manager: EntityManager, drafts: readonly NotificationDraft[]): Promise<Notified> {
    if (drafts.length === 0) return { created: 0, mailed: 0 };
    const created = await manager.query<CreatedRow[]>(
      `INSERT INTO notification (organisation_id, person_id, kind, subject_id, due_key, params, link)
       SELECT x.organisation_id, x.person_id, x.kind, x.subject_id, x.due_key, x.params, x.link
       FROM jsonb_to_recordset($1::jsonb) AS x(organisation_id uuid, person_id uuid, kind text, subject_id uuid, due_key text, params jsonb, link text)
       ON CONFLICT ON CONSTRAINT notification_once_uq DO NOTHING
       RETURNING id, organisation_id, person_id, kind, params, link`,
      [
        JSON.stringify(
          drafts.map((d) => ({
            organisation_id: d.organisationId,
            person_id: d.personId,
            kind: d.kind,
            subject_id: d.subjectId,
            due_key: d.dueKey,
            params: d.params,
            link: d.link,
          })),
        ),
      ],
    );
    return { created: created.length, mailed: await this.mailAll(created, manager) };
  }

  private async mailAll(created: CreatedRow[], manager: EntityManager): Promise<number> {
    if (created.length === 0) return 0;
    const [people, organisations] = await Promise.all([
      manager.query<Pick<PersonProfileRow, 'id' | 'email' | 'display_name' | 'preferred_language'>[]>(
        `SELECT id, email, display_name, preferred_language FROM person WHERE id = ANY($1::uuid[])`,
        [[...new Set(created.map((c) => c.person_id))]],
      ),
      manager.query<Pick<OrganisationRow, 'id' | 'name'>[]>(`SELECT id, name FROM organisation WHERE id = ANY($1::uuid[])`, [
        [...new Set(created.map((c) => c.organisation_id))],
      ]),
    ]);
    const person = new Map(people.map((p) => [p.id, p]));
    const organisation = new Map(organisations.map((o) => [o.id, o.name]));
    let mailed = 0;
    for (const row of created) {
      const to = person.get(row.person_id);
      if (!to) continue;
      const { subject, body } = notificationMail({
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
