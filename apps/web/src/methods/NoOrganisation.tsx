import { useTranslation } from 'react-i18next';
import { Page } from '../ui/Page';

/** Methods belong to an organisation; a network coordinator or a newcomer without one has none yet. */
export function NoOrganisation() {
  const { t } = useTranslation();
  return (
    <Page title={t('methods.title')}>
      <p>{t('methods.noOrganisation')}</p>
    </Page>
  );
}
