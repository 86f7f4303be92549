import compression from 'compression';
import express, { RequestHandler } from 'express';
import fs from 'node:fs';
import path from 'node:path';

const API_PATHS = /^\/(graphql|socket\.io|health|sessions|calendar|exports)(\/|$)/;
/** `/x/report.pdf`, `/feed.ics`: a file the API makes, never a page of the web app. */
const FILE_NAME = /\.[A-Za-z0-9]+$/;
/** Vite puts a content hash in every name under /assets/, so a copy never goes stale. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** The page and the service worker name the current assets: always ask whether they changed. */
const REVALIDATE = 'no-cache';
/** Made at build time next to each asset (apps/web/vite.config.mts), best first. */
const PRECOMPRESSED = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
];

/**
 * Serves an asset's brotli or gzip twin when the browser accepts it, so
 * nothing is compressed while someone waits.
 */
function precompressed(dist: string): RequestHandler {
  return (req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !req.path.startsWith('/assets/')) return next();
    const file = path.join(dist, path.normalize(req.path));
    if (!file.startsWith(path.join(dist, 'assets') + path.sep)) return next();
    const choice = PRECOMPRESSED.find((p) => req.acceptsEncodings(p.encoding) === p.encoding && fs.existsSync(file + p.suffix));
    res.vary('Accept-Encoding');
    if (!choice) return next();
    res.type(path.extname(file));
    res.setHeader('Content-Encoding', choice.encoding);
    res.setHeader('Cache-Control', IMMUTABLE);
    res.sendFile(file + choice.suffix, { cacheControl: false });
  };
}

/**
 * Serves the built web app at `/`, and its index.html for any other page
 * address so that client-side routes (/inloggen, /uitnodiging/…) survive a reload.
 * Addresses that end in a file name (downloads such as report.pdf or .ics
 * feeds) always go on to the API, also when a browser says it accepts HTML.
 * Everything else (GraphQL answers, exports) is compressed on the fly.
 */
export function webApp(dist: string): RequestHandler[] {
  const index = path.join(dist, 'index.html');
  const onTheFly = compression();
  if (!fs.existsSync(index)) return [onTheFly];
  const fallback: RequestHandler = (req, res, next) => {
    if (req.method !== 'GET' || API_PATHS.test(req.path) || FILE_NAME.test(req.path) || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', REVALIDATE);
    res.sendFile(index, { cacheControl: false });
  };
  const files = express.static(dist, {
    index: false,
    cacheControl: false,
    setHeaders: (res, file) =>
      res.setHeader('Cache-Control', file.startsWith(path.join(dist, 'assets') + path.sep) ? IMMUTABLE : REVALIDATE),
  });
  return [precompressed(dist), onTheFly, files, fallback];
}
