import { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * Only what the built web app needs, all from Kring's own origin: no inline
 * scripts or styles, no third parties, never inside another site's frame.
 * `data:`/`blob:` images are the QR codes and downloads the app makes itself.
 */
function contentSecurityPolicy(https: boolean): Record<string, string[]> {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'manifest-src': ["'self'"],
    'worker-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'self'"],
    // On plain http (a local install) upgrading would break every request.
    ...(https ? { 'upgrade-insecure-requests': [] } : {}),
  };
}

/** Powerful browser features Kring never uses, switched off for every page it serves (the clipboard stays: links are copied). */
const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=()';

/**
 * Security headers on every answer. `Referrer-Policy: no-referrer` everywhere,
 * because relatives', storytellers' and reset links carry their token in the
 * path, and a Referer would hand it to whatever the page links to. HSTS only
 * when Kring is reached over https (PUBLIC_URL), so a local http install keeps working.
 */
export function securityHeaders(publicUrl: string): RequestHandler[] {
  const https = publicUrl.startsWith('https:');
  return [
    helmet({
      contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy(https) },
      referrerPolicy: { policy: 'no-referrer' },
      strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
      xFrameOptions: { action: 'sameorigin' },
    }),
    (_req, res, next) => {
      res.setHeader('Permissions-Policy', PERMISSIONS_POLICY);
      next();
    },
  ];
}
