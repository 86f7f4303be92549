/**
 * Whether a socket.io handshake may go on. Browsers always send `Origin`:
 * a page of another site (cross-site WebSocket hijacking with the visitor's
 * cookie) is refused. Allowed are Kring's public address (PUBLIC_URL) and the
 * address the request itself was made to (Host), which is the same site when a
 * proxy or a test reaches Kring under another name. Programs that send no
 * Origin carry no visitor's cookie by accident, so they are let through to
 * the cookie check.
 */
export function originAllowed(origin: string | undefined, host: string | undefined, publicUrl: string): boolean {
  if (origin === undefined) return true;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  return url.origin === new URL(publicUrl).origin || (host !== undefined && url.host === host);
}
