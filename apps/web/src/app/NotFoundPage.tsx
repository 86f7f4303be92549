import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Page } from '../ui/Page';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('app.notFoundTitle')}>
      <p>{t('app.notFoundText')}</p>
      <p className="link-alone">
        <Link to="/">{t('app.toHome')}</Link>
      </p>
    </Page>
  );
}
