import { Link } from 'react-router-dom';
import type { SessionSummaryPartsFragment } from '../graphql/generated';
import { useLocale } from '../i18n/locale';
import { useLocalized } from '../i18n/localized';
import { CalendarLink } from './CalendarLink';
import { heldAt } from './held-at';
import { sessionPath } from './paths';
import { useTexts } from './texts';

interface SessionCardProps {
  session: SessionSummaryPartsFragment & { reportApprovedAt?: string | null };
  /** Past sessions lead to their report instead of the room. */
  past?: boolean;
}

/** A session in a list: the question, when, who leads, and the next step. */
export function SessionCard({ session, past }: SessionCardProps) {
  const { t } = useTexts();
  const { dateTime } = useLocale();
  const localized = useLocalized();
  const live = session.status === 'live';
  return (
    <li className="card session-card">
      <h3>
        <Link to={sessionPath(session.id)}>{session.question}</Link>{' '}
        {live && <span className="badge badge--live">{t('sessions.card.live')}</span>}
        {session.overdue && <span className="badge badge--overdue">{t('sessions.card.overdue')}</span>}
      </h3>
      <p className="session-card__meta">
        {[
          // Started before its planned day: listed by the day it was held.
          t('sessions.card.when', { when: dateTime(heldAt(session)), minutes: session.durationMinutes }),
          session.place,
          session.team?.name,
          localized(session.method.name),
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <p className="session-card__meta">
        {session.viewerRole === 'moderator'
          ? t('sessions.card.leading')
          : session.viewerRole
            ? t('sessions.card.invited')
            : t('sessions.card.ledBy', { name: session.moderator.name })}
      </p>
      {/* Only its moderator still sees it (the API's UPCOMING): what they can do, so it does not stay planned for ever. */}
      {session.overdue ? (
        <>
          <p>{t('sessions.card.overdueHint')}</p>
          <p className="button-row">
            <Link className="button button--primary" to={sessionPath(session.id, 'live')}>
              {t('sessions.card.holdNow')}
            </Link>
            <Link className="button button--secondary" to={sessionPath(session.id)}>
              {t('sessions.card.replanOrCancel')}
            </Link>
          </p>
        </>
      ) : past ? (
        <p>
          <Link to={sessionPath(session.id, 'verslag')}>{t('sessions.live.toReport')}</Link>
          <span className="muted"> · {session.reportApprovedAt ? t('sessions.card.approved') : t('sessions.card.notApproved')}</span>
        </p>
      ) : (
        <p className="button-row">
          {session.viewerRole && (
            <Link
              className={live ? 'button button--primary' : 'button button--secondary'}
              to={sessionPath(session.id, live ? 'live' : undefined)}
            >
              {live ? t('sessions.card.join') : t('sessions.details.join')}
            </Link>
          )}
          <CalendarLink session={session} />
        </p>
      )}
    </li>
  );
}
