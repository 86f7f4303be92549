import { request } from '../../graphql/client';
import { SessionReportMarkdownDocument } from '../../graphql/documents/reflection-sessions';
import { Button } from '../../ui/Button';
import { fileAt, useDownload } from '../../ui/download';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { heldAt } from '../held-at';
import { useTexts } from '../texts';

/** A file name that says what it is and sorts by date: verslag-2026-03-02.md */
function fileName(report: { startedAt?: string | null; scheduledAt: string }, extension: string, base: string): string {
  return `${base}-${heldAt(report).slice(0, 10)}.${extension}`;
}

/** Print, PDF and Markdown: the same report, for the binder, the e-mail or the quality report. */
export function ReportDownloads({ report }: { report: { sessionId: string; startedAt?: string | null; scheduledAt: string } }) {
  const { t } = useTexts();
  const [download, { busy, error }] = useDownload();
  const markdown = async () => ({
    filename: fileName(report, 'md', t('sessions.report.fileBase')),
    content: (await request(SessionReportMarkdownDocument, { sessionId: report.sessionId })).sessionReportMarkdown,
  });
  const downloadMarkdown = () => download(markdown, 'text/markdown');
  const pdf = async () => ({
    ...(await fileAt(`/sessions/${report.sessionId}/report.pdf`)),
    filename: fileName(report, 'pdf', t('sessions.report.fileBase')),
  });

  return (
    <div className="no-print">
      <ErrorAlert error={error} />
      <p className="button-row">
        <Button variant="secondary" onClick={() => window.print()}>
          {t('sessions.report.print')}
        </Button>
        <Button variant="secondary" busy={busy} onClick={() => void download(pdf, 'application/pdf')}>
          {t('sessions.report.pdf')}
        </Button>
        <Button variant="secondary" busy={busy} onClick={() => void downloadMarkdown()}>
          {t('sessions.report.markdown')}
        </Button>
      </p>
    </div>
  );
}
