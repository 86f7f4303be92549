import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { UnreadNotificationCountDocument } from '../graphql/documents/notifications';
import { useQuery } from '../graphql/hooks';
import { onNotificationsChanged } from './changes';
import { NOTIFICATIONS_PATH } from './paths';
import './notifications.css';

/** New reminders are made every few minutes; the bell looks as often, and on every page change. */
const POLL_MS = 60_000;

/** The bell in the header: a link to the notifications with the number of unread ones. */
export function NotificationBell() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const { data, refetch } = useQuery(UnreadNotificationCountDocument, {});
  const count = data?.unreadNotificationCount ?? 0;

  const shownPath = useRef(pathname);

  useEffect(() => {
    const timer = setInterval(refetch, POLL_MS);
    const stop = onNotificationsChanged(refetch);
    return () => {
      clearInterval(timer);
      stop();
    };
  }, [refetch]);
  useEffect(() => {
    if (pathname === shownPath.current) return;
    shownPath.current = pathname;
    refetch();
  }, [pathname, refetch]);

  return (
    <Link to={NOTIFICATIONS_PATH} className="bell" aria-label={t('notifications.bell', { count })}>
      <svg className="bell__icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
        />
      </svg>
      {count > 0 && (
        <span className="bell__count" aria-hidden="true">
          {count > 99 ? '99+' : count}
        </span>
      )}
    </Link>
  );
}
