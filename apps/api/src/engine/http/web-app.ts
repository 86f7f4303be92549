import express, { RequestHandler } from 'express';
import fs from 'node:fs';
import path from 'node:path';

const API_PATHS = /^\/(graphql|socket\.io|health|sessions)(\/|$)/;

/**
 * Serves the built web app at `/`, and its index.html for any other page
 * address so that client-side routes (/inloggen, /uitnodiging/…) survive a reload.
 */
export function webApp(dist: string): RequestHandler[] {
  const index = path.join(dist, 'index.html');
  if (!fs.existsSync(index)) return [];
  const fallback: RequestHandler = (req, res, next) => {
    if (req.method !== 'GET' || API_PATHS.test(req.path) || !req.accepts('html')) return next();
    res.sendFile(index);
  };
  return [express.static(dist, { index: false, maxAge: '1h' }), fallback];
}
