import { request } from '../graphql/client';
import { ExportMyDataDocument } from '../graphql/documents/privacy';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { Section } from '../ui/Section';
import { useDownload } from '../ui/download';
import { RetentionRulesList } from './RetentionRulesList';
import './privacy.css';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useTexts } from './texts';

/** "Mijn gegevens" on the profile page: everything Kring keeps about the viewer, as a file, and what it keeps only for a while. */
export function MyDataSection() {
  const { t } = useTexts();
  const [download, { busy, done, error }] = useDownload();
  const exportFile = async () => ({ filename: 'kring-mijn-gegevens.json', content: (await request(ExportMyDataDocument)).exportMyData });
  return (
    <Section title={t('privacy.myData.title')}>
      <p>{t('privacy.myData.intro')}</p>
      <Button variant="secondary" busy={busy} onClick={() => void download(exportFile, 'application/json')}>
        {t('privacy.myData.download')}
      </Button>
      {done && <Alert tone="success">{t('privacy.myData.downloaded')}</Alert>}
      <ErrorAlert error={error} />
      <h3>{t('privacy.retention.title')}</h3>
      <p>{t('privacy.retention.kinds')}</p>
      <RetentionRulesList />
    </Section>
  );
}
