import { Language, NotificationKind, NotificationParams, notificationText } from '@kring/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Viewer } from '../../engine/auth/viewer';
import { NotificationRow as StoredNotification, OrganisationRow } from '../../engine/database/tables.generated';
import { updateReturning } from '../../engine/database/update-returning';
import { UserError } from '../../engine/graphql/user-error';
import { NotificationDto, NotificationListDto } from './dtos/notification.dto';
import { organisationIdsOf } from '../../engine/auth/viewer-memberships';
import { NOTIFICATION_HOLDS } from './notification-holds.sql';

/** A notification with its organisation's name; `kind` and `params` as the domain wrote them (no CHECK lists the kinds). */
type Row = Omit<StoredNotification, 'kind' | 'params'> & {
  kind: NotificationKind;
  params: NotificationParams;
  organisation_name: OrganisationRow['name'];
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Notifications older than the newest this many are reached with `before`. */
const PAGE_SIZE = 30;

/**
 * A person's own notifications. Only those of organisations they still
 * belong to are shown: leaving an organisation closes its notifications too;
 * and only those that still hold (NOTIFICATION_HOLDS): being taken off a
 * session, or its cancelling, closes its invitation.
 */
@Injectable()
export class NotificationsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(viewer: Viewer, options: { unreadOnly: boolean; before?: Date | null }): Promise<NotificationListDto> {
    const rows: Row[] = await this.db.query(
      `SELECT n.*, o.name AS organisation_name FROM notification n JOIN organisation o ON o.id = n.organisation_id
       WHERE n.person_id = $1 AND n.organisation_id = ANY($2::uuid[]) AND (NOT $3 OR n.read_at IS NULL) AND ($4::timestamptz IS NULL OR n.created_at < $4)
         AND ${NOTIFICATION_HOLDS}
       ORDER BY n.created_at DESC, n.id LIMIT ${PAGE_SIZE + 1}`,
      [viewer.personId, organisationIdsOf(viewer), options.unreadOnly, options.before ?? null],
    );
    return {
      items: rows.slice(0, PAGE_SIZE).map((r) => toDto(r, viewer.preferredLanguage)),
      unreadCount: await this.unreadCount(viewer),
      hasMore: rows.length > PAGE_SIZE,
    };
  }

  async unreadCount(viewer: Viewer): Promise<number> {
    const [row]: { count: number }[] = await this.db.query(
      `SELECT count(*)::int AS count FROM notification n
       WHERE n.person_id = $1 AND n.organisation_id = ANY($2::uuid[]) AND n.read_at IS NULL AND ${NOTIFICATION_HOLDS}`,
      [viewer.personId, organisationIdsOf(viewer)],
    );
    return row.count;
  }

  /** Someone else's notification is "not found", like any row the viewer may not see. */
  async markRead(viewer: Viewer, notificationId: string): Promise<NotificationDto> {
    if (!UUID.test(notificationId)) throw new UserError('NOT_FOUND');
    const [row] = await updateReturning<Row>(
      this.db.manager,
      `UPDATE notification n SET read_at = coalesce(n.read_at, now()) FROM organisation o
       WHERE n.id = $1 AND n.person_id = $2 AND n.organisation_id = ANY($3::uuid[]) AND o.id = n.organisation_id
       RETURNING n.*, o.name AS organisation_name`,
      [notificationId, viewer.personId, organisationIdsOf(viewer)],
    );
    if (!row) throw new UserError('NOT_FOUND');
    return toDto(row, viewer.preferredLanguage);
  }

  async markAllRead(viewer: Viewer): Promise<number> {
    const rows = await updateReturning<Pick<StoredNotification, 'id'>>(
      this.db.manager,
      `UPDATE notification SET read_at = now() WHERE person_id = $1 AND read_at IS NULL RETURNING id`,
      [viewer.personId],
    );
    return rows.length;
  }
}

function toDto(row: Row, language: Language): NotificationDto {
  return {
    id: row.id,
    kind: row.kind,
    text: notificationText(row.kind, row.params, language),
    link: row.link,
    organisation: { id: row.organisation_id, name: row.organisation_name },
    createdAt: row.created_at,
    readAt: row.read_at,
  };
}
