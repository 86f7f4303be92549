import { useState } from 'react';
import { useResidentWords } from '../app/useResidentWords';
import { CalendarFeedDocument, CreateCalendarFeedDocument, RevokeCalendarFeedDocument } from '../graphql/documents/calendar';
import type { CreateCalendarFeedMutation } from '../graphql/generated';
import { useMutation, useQuery } from '../graphql/hooks';
import { useLocale } from '../i18n/locale';
import { Alert } from '../ui/Alert';
import { Button, ConfirmButton } from '../ui/Button';
import { NotLoaded } from '../ui/Page';
import { Section } from '../ui/Section';
import './calendar.css';
import { useTexts } from './texts';

type NewLink = CreateCalendarFeedMutation['createCalendarFeed'];

/** "Mijn agenda" on the profile page: the personal calendar feed at a secret, revocable address. */
export function CalendarFeedSection() {
  const { t } = useTexts();
  const { dateTime } = useLocale();
  // The feed holds all of the person's organisations: their shared word, or Kring's.
  const words = useResidentWords();
  const { data, error, refetch } = useQuery(CalendarFeedDocument, {});
  const [create, creating] = useMutation(CreateCalendarFeedDocument);
  const [revoke, revoking] = useMutation(RevokeCalendarFeedDocument);
  const [link, setLink] = useState<NewLink | null>(null);
  const [revoked, setRevoked] = useState(false);

  const make = async () => {
    const result = await create();
    if (result) {
      setLink(result.createCalendarFeed);
      setRevoked(false);
      refetch();
    }
  };
  const stop = async () => {
    if (await revoke()) {
      setLink(null);
      setRevoked(true);
      refetch();
    }
  };

  const feed = data?.calendarFeed;
  return (
    <Section title={t('calendar.title')}>
      <p>{t('calendar.intro')}</p>
      <p className="muted">{t('calendar.privacy', words)}</p>
      {!feed ? (
        <NotLoaded error={error} onRetry={refetch} />
      ) : (
        <>
          {revoked && <Alert tone="success">{t('calendar.revoked')}</Alert>}
          {link && <NewFeedLink link={link} />}
          {feed.active && feed.createdAt ? (
            <>
              <p>
                {t('calendar.active', { since: dateTime(feed.createdAt) })}{' '}
                {feed.lastFetchedAt ? t('calendar.lastFetched', { when: dateTime(feed.lastFetchedAt) }) : t('calendar.neverFetched')}
              </p>
              {!link && <p className="muted">{t('calendar.lost')}</p>}
              <p className="calendar__actions">
                <Button variant="secondary" busy={creating.loading} onClick={() => void make()}>
                  {t('calendar.renew')}
                </Button>
                <ConfirmButton
                  label={t('calendar.revoke')}
                  target={t('calendar.title')}
                  confirmLabel={t('calendar.revokeConfirm')}
                  busy={revoking.loading}
                  onConfirm={() => void stop()}
                />
              </p>
            </>
          ) : (
            <>
              <p>{t('calendar.inactive')}</p>
              <Button busy={creating.loading} onClick={() => void make()}>
                {t('calendar.create')}
              </Button>
            </>
          )}
          {(creating.error ?? revoking.error) && <Alert tone="error">{(creating.error ?? revoking.error)!.message}</Alert>}
        </>
      )}
    </Section>
  );
}

/** Shown once, right after it is made: only its hash is kept. */
function NewFeedLink({ link }: { link: NewLink }) {
  const { t } = useTexts();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link.url);
      setCopied(true);
    } catch {
      // Without clipboard access the address can still be selected in the field.
      setCopied(false);
    }
  };
  return (
    <div className="card calendar__link">
      <label htmlFor="calendar-feed-url">{t('calendar.newLink')}</label>
      <p className="field__hint">{t('calendar.newLinkHint')}</p>
      <input id="calendar-feed-url" type="text" readOnly value={link.url} onFocus={(e) => e.target.select()} />
      <p className="calendar__actions">
        <Button variant="secondary" onClick={() => void copy()}>
          {t('calendar.copy')}
        </Button>
        <a href={link.webcalUrl}>{t('calendar.openApp')}</a>
      </p>
      {copied && <Alert tone="success">{t('calendar.copied')}</Alert>}
    </div>
  );
}
