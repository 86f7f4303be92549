/** Addresses of a session's pages; Dutch, like the interface's first language. */
export type SessionPage = 'live' | 'scherm' | 'oogst' | 'verslag';

export function sessionPath(sessionId: string, page?: SessionPage): string {
  return page ? `/sessies/${sessionId}/${page}` : `/sessies/${sessionId}`;
}

export const NEW_SESSION_PATH = '/sessies/nieuw';
