import { Alert } from '../ui/Alert';
import { Page } from '../ui/Page';
import { useTexts } from './texts';

/**
 * Expired, revoked, mistyped or guessed: the page looks the same for each and
 * says nothing about any invitation, only the server's friendly message.
 */
export function LinkUnavailable({ message }: { message: string }) {
  const { t } = useTexts();
  return (
    <Page title={t('relative.unavailable.title')}>
      <Alert tone="info">
        <p>{message}</p>
      </Alert>
      <p>{t('relative.unavailable.help')}</p>
    </Page>
  );
}
