import { Page } from '../ui/Page';
import { useTexts } from './texts';

/** Methods belong to an organisation; a network coordinator or a newcomer without one has none yet. */
export function NoOrganisation() {
  const { t } = useTexts();
  return (
    <Page title={t('methods.title')}>
      <p>{t('methods.noOrganisation')}</p>
    </Page>
  );
}
