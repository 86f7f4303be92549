import { errorMessage, languageFromAcceptLanguage } from '@kring/domain';
import express, { ErrorRequestHandler, RequestHandler } from 'express';

/**
 * The largest request body (only /graphql takes one), refused before it is parsed. Set from the largest request a
 * legitimate client can send (every text at its maximum length, every list at its maximum size, 3 bytes a character:
 * saving a custom method with all its phases and the earlier phases each works with, about 655 KB; a visit-notebook sync of 30 edits, each with its confirmed finding ids, about 400 KB), plus
 * 32 KB for the operation's document, with a quarter to spare. tests/integration/body-limit.spec.ts works that
 * out from the schema and fails when a new input would not fit, or has no bound.
 */
export const BODY_LIMIT_BYTES = 864 * 1024;

export const jsonBody: RequestHandler = express.json({ limit: BODY_LIMIT_BYTES });

/**
 * A body that is too large or not JSON is the sender's mistake: answer in the
 * GraphQL error shape, in their language, instead of an HTML error page.
 */
export const bodyErrors: ErrorRequestHandler = (err: unknown, req, res, next) => {
  // body-parser's errors say what went wrong in `type`; anything else is not ours to answer.
  const type = err instanceof Error && 'type' in err ? err.type : undefined;
  const code = type === 'entity.too.large' ? 'PAYLOAD_TOO_LARGE' : type === 'entity.parse.failed' ? 'MALFORMED_REQUEST' : null;
  if (!code) return next(err);
  const language = languageFromAcceptLanguage(req.headers['accept-language']);
  res.status(code === 'PAYLOAD_TOO_LARGE' ? 413 : 400).json({ errors: [{ message: errorMessage(code, language), extensions: { code } }] });
};
