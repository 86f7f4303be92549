import PDFDocument from 'pdfkit';

/**
 * pdfkit's built-in Helvetica only knows Latin-1, so "Şükrü Yıldız" or "Łukasz" came out
 * garbled. Every PDF Kring makes embeds DejaVu Sans instead (from the dejavu-fonts-ttf
 * package), which covers the Latin, Greek and Cyrillic names of care teams and families.
 */
export const FONT = { regular: 'Kring', bold: 'Kring-Bold', oblique: 'Kring-Oblique' } as const;

const FILES: Record<(typeof FONT)[keyof typeof FONT], string> = {
  [FONT.regular]: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  [FONT.bold]: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
  [FONT.oblique]: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf'),
};

/** A new A4 document with Kring's fonts, and the finished file once `doc.end()` is called. */
export function newPdf(options: { margin: number; title: string; author?: string; bufferPages?: boolean; bottomMargin?: number }): {
  doc: PDFKit.PDFDocument;
  done: Promise<Buffer>;
} {
  const info = { Title: options.title, Creator: 'Kring', ...(options.author ? { Author: options.author } : {}) };
  const { margin } = options;
  const margins = { top: margin, left: margin, right: margin, bottom: options.bottomMargin ?? margin };
  const doc = new PDFDocument({ size: 'A4', margins, info, bufferPages: options.bufferPages ?? false });
  for (const [name, file] of Object.entries(FILES)) doc.registerFont(name, file);
  doc.font(FONT.regular);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, done };
}
