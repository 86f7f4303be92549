import { Button } from '../ui/Button';
import { fileAt, useDownload } from '../ui/download';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useTexts } from './texts';

/** Markdown comes through GraphQL, the PDF from its route; both are audited by the API, and a refusal shows below. */
export function ReportDownloads({ markdown, pdfPath, filename }: { markdown: () => Promise<string>; pdfPath: string; filename: string }) {
  const { t } = useTexts();
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
        <Button
          variant="secondary"
          busy={busy}
          onClick={() => void download(async () => ({ ...(await fileAt(pdfPath)), filename: `${filename}.pdf` }), 'application/pdf')}
        >
          {t('qualityReport.pdf')}
        </Button>
      </p>
      <p className="muted">{t('qualityReport.audited')}</p>
      <ErrorAlert error={error} />
    </div>
  );
}
