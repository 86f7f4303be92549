import { Alert } from '../ui/Alert';
import { Page } from '../ui/Page';
import { useTexts } from './texts';

/**
 * Expired, revoked, mistyped or guessed: the page looks the same for each and
 * says nothing about any invitation, only the server's friendly message. Where
 * that message already says whom to ask (LINK_UNAVAILABLE), it is not said twice.
 */
export function LinkUnavailable({ error }: { error: { message: string; code?: string } }) {
  const { t } = useTexts();
  return (
    <Page title={t('relative.unavailable.title')}>
      <Alert tone="info">
        <p>{error.message}</p>
      </Alert>
      {error.code !== 'LINK_UNAVAILABLE' && <p>{t('relative.unavailable.help')}</p>}
    </Page>
  );
}
