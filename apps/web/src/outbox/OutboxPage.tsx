import { useState } from 'react';
import { administeredOrganisations, useViewer } from '../app/auth';
import { DevOutboxDocument } from '../graphql/documents/outbox';
import { useQuery } from '../graphql/hooks';
import { useLocale } from '../i18n/locale';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { NotLoaded, Page } from '../ui/Page';
import { linkify } from './linkify';
import { OrganisationChoice } from '../ui/OrganisationChoice';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useTexts } from './texts';

/** Development only: the e-mails Kring would have sent without a mail server. */
export function OutboxPage() {
  const { t } = useTexts();
  const organisations = administeredOrganisations(useViewer());
  const [chosen, setChosen] = useState(organisations[0]?.id ?? '');

  return (
    <Page title={t('outbox.title')}>
      {organisations.length === 0 ? (
        <Alert tone="info">{t('outbox.adminsOnly')}</Alert>
      ) : (
        <>
          <p>{t('outbox.intro')}</p>
          <OrganisationChoice organisations={organisations} organisationId={chosen} choose={setChosen} />
          <Mails organisationId={chosen} />
        </>
      )}
    </Page>
  );
}

function Mails({ organisationId }: { organisationId: string }) {
  const { t } = useTexts();
  const { dateTime } = useLocale();
  const { data, error, loading, refetch } = useQuery(DevOutboxDocument, { organisationId });

  if (!data) return <NotLoaded error={error} onRetry={refetch} />;
  return (
    <>
      <p>
        <Button variant="secondary" busy={loading} onClick={refetch}>
          {t('outbox.refresh')}
        </Button>
      </p>
      <ErrorAlert error={error} />
      {data.devOutbox.length === 0 ? (
        <p>{t('outbox.empty')}</p>
      ) : (
        <ol className="mails">
          {data.devOutbox.map((mail) => (
            <li key={mail.id}>
              <article className="card mail">
                <h2>{mail.subject}</h2>
                <p className="muted">
                  {t('outbox.to', { to: mail.to })} · <time dateTime={mail.createdAt}>{dateTime(mail.createdAt)}</time>
                </p>
                <div className="mail__body">{linkify(mail.body)}</div>
              </article>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
