import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asGraphqlError, request, type GraphqlError } from '../../graphql/client';
import { SessionReportMarkdownDocument } from '../../graphql/generated';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';

/** A file name that says what it is and sorts by date: verslag-2026-03-02.md */
function fileName(report: { startedAt?: string | null; scheduledAt: string }, extension: string, base: string): string {
  return `${base}-${(report.startedAt ?? report.scheduledAt).slice(0, 10)}.${extension}`;
}

/** Print, PDF and Markdown: the same report, for the binder, the e-mail or the quality report. */
export function ReportDownloads({ report }: { report: { sessionId: string; startedAt?: string | null; scheduledAt: string } }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<GraphqlError>();

  const downloadMarkdown = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const { sessionReportMarkdown } = await request(SessionReportMarkdownDocument, { sessionId: report.sessionId });
      const url = URL.createObjectURL(new Blob([sessionReportMarkdown], { type: 'text/markdown;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName(report, 'md', t('sessions.report.fileBase'));
      link.click();
      // Released a moment later: some browsers still read the blob after click() returns.
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch (e) {
      setError(asGraphqlError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="no-print">
      {error && <Alert tone="error">{error.message}</Alert>}
      <p className="button-row">
        <Button variant="secondary" onClick={() => window.print()}>
          {t('sessions.report.print')}
        </Button>
        <a className="button button--secondary" href={`/sessions/${report.sessionId}/report.pdf`} download={fileName(report, 'pdf', t('sessions.report.fileBase'))}>
          {t('sessions.report.pdf')}
        </a>
        <Button variant="secondary" busy={busy} onClick={() => void downloadMarkdown()}>
          {t('sessions.report.markdown')}
        </Button>
      </p>
    </div>
  );
}
