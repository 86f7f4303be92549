import { useState } from 'react';
import { Link } from 'react-router-dom';
import { MarkAllNotificationsReadDocument, MarkNotificationReadDocument, NotificationsDocument } from '../graphql/documents/notifications';
import type { NotificationsQuery } from '../graphql/generated';
import { useMutation, useQuery } from '../graphql/hooks';
import { useLocale } from '../i18n/locale';
import { Button } from '../ui/Button';
import { NotLoaded, Page } from '../ui/Page';
import { usePages } from '../ui/usePages';
import { announceNotificationsChanged } from './changes';
import './notifications.css';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useTexts } from './texts';

type Item = NotificationsQuery['notifications']['items'][number];

/** All of the viewer's notifications, newest first; opening one marks it read. */
export function NotificationsPage() {
  const { t } = useTexts();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const pages = usePages<Item, string>();
  const { data, error, loading, refetch } = useQuery(NotificationsDocument, { unreadOnly, before: pages.cursor });
  const [markAll, markingAll] = useMutation(MarkAllNotificationsReadDocument);

  const reload = () => {
    announceNotificationsChanged();
    pages.restart();
    refetch();
  };
  const items = pages.shown(data?.notifications.items);

  return (
    <Page title={t('notifications.title')}>
      <p>{t('notifications.intro')}</p>
      <div className="notifications__tools">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={unreadOnly}
            onChange={(e) => {
              pages.restart();
              setUnreadOnly(e.target.checked);
            }}
          />
          {t('notifications.unreadOnly')}
        </label>
        <Button variant="secondary" busy={markingAll.loading} onClick={async () => (await markAll()) !== undefined && reload()}>
          {t('notifications.markAll')}
        </Button>
      </div>
      <ErrorAlert error={markingAll.error} />
      {!data && !pages.hasEarlier ? (
        <NotLoaded error={error} onRetry={refetch} />
      ) : items.length === 0 ? (
        <p>{unreadOnly ? t('notifications.emptyUnread') : t('notifications.empty')}</p>
      ) : (
        <>
          <ol className="notifications">
            {items.map((item) => (
              <NotificationItem key={item.id} item={item} />
            ))}
          </ol>
          {data?.notifications.hasMore && (
            <Button variant="secondary" busy={loading} onClick={() => pages.more(items, items[items.length - 1].createdAt)}>
              {t('notifications.more')}
            </Button>
          )}
        </>
      )}
    </Page>
  );
}

function NotificationItem({ item }: { item: Item }) {
  const { t } = useTexts();
  const { dateTime } = useLocale();
  const [markRead, { error }] = useMutation(MarkNotificationReadDocument);
  const [readAt, setReadAt] = useState(item.readAt);
  const read = async () => {
    const data = await markRead({ notificationId: item.id });
    if (data) {
      setReadAt(data.markNotificationRead.readAt);
      announceNotificationsChanged();
    }
  };
  return (
    <li className={readAt ? 'notification' : 'notification notification--unread'}>
      <p className="notification__text">
        {!readAt && <span className="notification__new">{t('notifications.new')}: </span>}
        {item.text}
      </p>
      <p className="muted">{t('notifications.from', { organisation: item.organisation.name, when: dateTime(item.createdAt) })}</p>
      <p className="notification__actions">
        <Link to={item.link} onClick={() => void (readAt ? undefined : read())}>
          {t('notifications.open')}
        </Link>
        {!readAt && (
          <Button variant="secondary" onClick={() => void read()}>
            {t('notifications.markRead')}
          </Button>
        )}
      </p>
      <ErrorAlert error={error} />
    </li>
  );
}
