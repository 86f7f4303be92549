/// <reference lib="webworker" />
/*
 * Kring's service worker (built by vite-plugin-pwa in injectManifest mode,
 * see vite.config.mts). It precaches the app shell and every chunk the visit
 * notebook needs (build/offline-chunks.ts chooses them), so the notebook opens
 * without a connection, also right after a new version was deployed: the new
 * version's files are all fetched before it takes over. Other screens' files
 * are kept once they were used. Data never goes through here: GraphQL,
 * sockets and downloads always use the network, and the notebook keeps its
 * own notes in IndexedDB.
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };

const RUNTIME = 'kring-assets';
const SHELL = '/index.html';
// The paths the server keeps out of its page fallback (apps/api/src/engine/http/web-app.ts).
const NEVER = /^\/(graphql|socket\.io|health|sessions|calendar|exports)(\/|$)/;

void self.skipWaiting();
clientsClaim();
cleanupOutdatedCaches();
// The hand-written worker of earlier versions kept its files here.
self.addEventListener('activate', (event) => event.waitUntil(caches.delete('kring-shell-v1')));

// No directory index: `/` is a page like any other (network first, below), not the precached copy.
precacheAndRoute(self.__WB_MANIFEST, { directoryIndex: '' });

// Pages: the newest when online, the precached shell when not (the router then opens the screen).
registerRoute(
  ({ request, url }) => request.mode === 'navigate' && !NEVER.test(url.pathname),
  async ({ request }) => {
    try {
      return await fetch(request);
    } catch (error) {
      const shell = await matchPrecache(SHELL);
      if (shell) return shell;
      throw error;
    }
  },
);

// Other built files carry a hash in their name, so a kept copy never goes stale.
registerRoute(
  ({ url }) => url.origin === self.location.origin && url.pathname.startsWith('/assets/'),
  async ({ request }) => {
    const cache = await caches.open(RUNTIME);
    const cached = await cache.match(request);
    if (cached) return cached;
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  },
);
