import { errorMessage, languageFromAcceptLanguage } from '@kring/domain';
import express, { ErrorRequestHandler, RequestHandler } from 'express';

/** Above any form Kring has; larger bodies are refused before they are parsed. */
export const BODY_LIMIT = '1mb';

export const jsonBody: RequestHandler = express.json({ limit: BODY_LIMIT });

/**
 * A body that is too large or not JSON is the sender's mistake: answer in the
 * GraphQL error shape, in their language, instead of an HTML error page.
 */
export const bodyErrors: ErrorRequestHandler = (err, req, res, next) => {
  const code = err?.type === 'entity.too.large' ? 'PAYLOAD_TOO_LARGE' : err?.type === 'entity.parse.failed' ? 'MALFORMED_REQUEST' : null;
  if (!code) return next(err);
  const language = languageFromAcceptLanguage(req.headers['accept-language']);
  res.status(code === 'PAYLOAD_TOO_LARGE' ? 413 : 400).json({ errors: [{ message: errorMessage(code, language), extensions: { code } }] });
};
