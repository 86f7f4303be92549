/**
 * Addresses of pages in the web app that feeds, notifications and e-mails
 * link to (Dutch, like the interface). Kept in one place so a moved page is
 * changed once.
 */
export const WEB_PATHS = {
  session: (id: string) => `/sessies/${id}`,
  sessionReport: (id: string) => `/sessies/${id}/verslag`,
  mirrorConversation: (id: string) => `/spiegelgesprekken/${id}`,
  peerVisit: (id: string) => `/visitatie/${id}`,
  mirrorReport: (id: string) => `/visitatie/${id}/spiegelrapport`,
  practices: () => `/leren`,
  notifications: () => `/meldingen`,
} as const;
