import type { ReactNode } from 'react';
import { Button } from './Button';
import { fileAt, useDownload } from './download';
import { ErrorAlert } from './ErrorAlert';

/** A PDF from one of the API's routes (`/peer-visits/<id>/mirror-report.pdf`), saved under the name the route gives it. */
export function PdfButton({ path, children }: { path: string; children: ReactNode }) {
  const [download, { busy, error }] = useDownload();
  return (
    <>
      <ErrorAlert error={error} />
      <Button variant="secondary" busy={busy} onClick={() => void download(() => fileAt(path), 'application/pdf')}>
        {children}
      </Button>
    </>
  );
}
