import type { Response } from 'express';

/** A generated PDF as a route sends it: its bytes and the name the browser saves it under. */
export interface PdfFile {
  filename: string;
  content: Buffer;
}

/**
 * The one way a PDF leaves Kring: a GET route (its @Access rule read from the route's parameters, the
 * export recorded in the audit log by the service that made it) answering with the file as a download.
 * A PDF holds what people said about residents, so no shared cache may keep a copy.
 */
export function sendPdf(res: Response, file: PdfFile): void {
  res.type('application/pdf').attachment(file.filename).set('Cache-Control', 'private, no-store').send(file.content);
}
