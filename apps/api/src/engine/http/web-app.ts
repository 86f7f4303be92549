import express, { RequestHandler } from 'express';
import fs from 'node:fs';
import path from 'node:path';

const API_PATHS = /^\/(graphql|socket\.io|health|sessions|calendar|exports)(\/|$)/;
/** `/x/report.pdf`, `/feed.ics`: a file the API makes, never a page of the web app. */
const FILE_NAME = /\.[A-Za-z0-9]+$/;

/**
 * Serves the built web app at `/`, and its index.html for any other page
 * address so that client-side routes (/inloggen, /uitnodiging/…) survive a reload.
 * Addresses that end in a file name (downloads such as report.pdf or .ics
 * feeds) always go on to the API, also when a browser says it accepts HTML.
 */
export function webApp(dist: string): RequestHandler[] {
  const index = path.join(dist, 'index.html');
  if (!fs.existsSync(index)) return [];
  const fallback: RequestHandler = (req, res, next) => {
    if (req.method !== 'GET' || API_PATHS.test(req.path) || FILE_NAME.test(req.path) || !req.accepts('html')) return next();
    res.sendFile(index);
  };
  return [express.static(dist, { index: false, maxAge: '1h' }), fallback];
}
