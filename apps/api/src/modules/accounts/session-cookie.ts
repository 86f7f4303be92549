import type { CookieOptions, Response } from 'express';
import { SESSION_COOKIE } from '../../engine/auth/viewer';

export const SESSION_DAYS = 30;

function options(secure: boolean): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: SESSION_DAYS * 24 * 3600 * 1000 };
}

export function setSessionCookie(res: Response, token: string, secure: boolean): void {
  res.cookie(SESSION_COOKIE, token, options(secure));
}

export function clearSessionCookie(res: Response, secure: boolean): void {
  res.clearCookie(SESSION_COOKIE, { ...options(secure), maxAge: undefined });
}
