import compression from 'compression';
import express, { RequestHandler } from 'express';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

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
 * The page (index.html) for every client-side route, held in memory with its
 * brotli and gzip forms, made once at start: a page request then costs no
 * file access and no compression. A flood of logins keeps libuv's threads
 * busy hashing passwords and the processor busy; GET / must not queue
 * behind them (issue #10: `npm run bench:flood`). A new build is served
 * after a restart, as the hashed assets it names are.
 */
function pageFromMemory(index: string): RequestHandler {
  const html = fs.readFileSync(index);
  // One tag per form, so a browser revalidates it with a 304 instead of downloading it again.
  const tag = createHash('sha256').update(html).digest('base64url').slice(0, 22);
  const forms = [
    { encoding: 'br', etag: `"${tag}-br"`, body: zlib.brotliCompressSync(html, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }) },
    { encoding: 'gzip', etag: `"${tag}-gz"`, body: zlib.gzipSync(html, { level: 9 }) },
    { encoding: undefined, etag: `"${tag}"`, body: html },
  ];
  return (req, res, next) => {
    if (req.method !== 'GET' || API_PATHS.test(req.path) || FILE_NAME.test(req.path) || !req.accepts('html')) return next();
    const form = forms.find((f) => f.encoding === undefined || req.acceptsEncodings(f.encoding) === f.encoding)!;
    res.vary('Accept-Encoding');
    res.setHeader('Cache-Control', REVALIDATE);
    res.setHeader('ETag', form.etag);
    res.type('html');
    if (form.encoding) res.setHeader('Content-Encoding', form.encoding);
    res.send(form.body);
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
  const files = express.static(dist, {
    index: false,
    cacheControl: false,
    setHeaders: (res, file) =>
      res.setHeader('Cache-Control', file.startsWith(path.join(dist, 'assets') + path.sep) ? IMMUTABLE : REVALIDATE),
  });
  return [pageFromMemory(index), precompressed(dist), onTheFly, files];
}
