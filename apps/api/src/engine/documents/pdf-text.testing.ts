import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Names from care teams and families that Helvetica garbled (issue #10). */
export const UNICODE_NAMES = ['Şükrü Yıldız', 'Łukasz Żółć', 'Zoë Ångström', 'Ğülşen Öztürk'];

/** The text a reader would copy out of the PDF (pdftotext from poppler-utils, as in .ci/run). */
export function extractText(pdf: Buffer): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kring-pdf-'));
  try {
    const file = path.join(dir, 'document.pdf');
    writeFileSync(file, pdf);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
