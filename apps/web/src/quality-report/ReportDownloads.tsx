import { useTranslation } from 'react-i18next';
import { Button } from '../ui/Button';
import { useDownload } from '../ui/download';
import { ErrorAlert } from '../ui/ErrorAlert';

/** Markdown comes through GraphQL, the PDF is a link the browser downloads; both are audited by the API. */
export function ReportDownloads({ markdown, pdfPath, filename }: { markdown: () => Promise<string>; pdfPath: string; filename: string }) {
  const { t } = useTranslation();
  const [download, { busy, error }] = useDownload();
  return (
    <div className="report-downloads" role="group" aria-label={t('qualityReport.download')}>
      <p className="report-downloads__buttons">
        <Button
          variant="secondary"
          busy={busy}
          onClick={() => void download(async () => ({ filename: `${filename}.md`, content: await markdown() }), 'text/markdown')}
        >
          {t('qualityReport.markdown')}
        </Button>
        <a className="button button--secondary" href={pdfPath} download={`${filename}.pdf`}>
          {t('qualityReport.pdf')}
        </a>
      </p>
      <p className="muted">{t('qualityReport.audited')}</p>
      <ErrorAlert error={error} />
    </div>
  );
}
