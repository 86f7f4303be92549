import { useSyncExternalStore } from 'react';

/** Seconds before each next try: soon after a dropped file, then less often. Coming back online tries at once. */
const RETRY_SECONDS = [2, 5, 15, 30, 60];
/** After this many failed installs the page stops asking for a moment's patience and says it does not open offline yet. */
const PATIENCE = 2;

/** Installs that failed on this page so far, and who wants to know (useOfflineReady). */
let failedInstalls = 0;
const installsFailed = new Set<() => void>();

/**
 * Registers Kring's service worker (it keeps the app shell and the visit
 * notebook's files, so the notebook opens without a connection) and tries
 * again while the page is open until a worker is active. A browser drops an
 * install when one of its files fails to arrive and tries again only at the
 * next page load: too late for a visitor who opened the notebook online and
 * is about to walk onto a farm without signal.
 */
export function keepServiceWorker(container: ServiceWorkerContainer): void {
  let busy = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const attempt = () => {
    if (busy) return;
    busy = true;
    clearTimeout(timer);
    void installed(container).then((active) => {
      busy = false;
      if (active) return window.removeEventListener('online', attempt);
      failedInstalls += 1;
      installsFailed.forEach((told) => told());
      timer = setTimeout(attempt, RETRY_SECONDS[Math.min(failedInstalls - 1, RETRY_SECONDS.length - 1)] * 1000);
    });
  };
  window.addEventListener('online', attempt);
  attempt();
}

/** Whether a worker is active once this registration's install has ended (false when it failed or could not start). */
async function installed(container: ServiceWorkerContainer): Promise<boolean> {
  try {
    const registration = await container.register('/sw.js');
    const pending = registration.installing ?? registration.waiting;
    if (!pending) return registration.active !== null;
    return await new Promise<boolean>((resolve) => {
      const settle = () => {
        if (pending.state === 'activated') resolve(true);
        else if (pending.state === 'redundant') resolve(registration.active !== null);
      };
      pending.addEventListener('statechange', settle);
      settle();
    });
  } catch {
    return false;
  }
}

/** Whether this page uses a service worker at all (the built app in a browser that has them). */
export const workerUsed = (): boolean => import.meta.env.PROD && 'serviceWorker' in navigator;

function onReadinessChange(changed: () => void): () => void {
  if (!workerUsed()) return () => undefined;
  navigator.serviceWorker.addEventListener('controllerchange', changed);
  installsFailed.add(changed);
  return () => {
    navigator.serviceWorker.removeEventListener('controllerchange', changed);
    installsFailed.delete(changed);
  };
}

/** Whether the page opens again without a connection: ready, being made ready, or not yet after failed tries. */
export type OfflineReadiness = 'ready' | 'preparing' | 'not_yet';

function readiness(): OfflineReadiness | null {
  if (!workerUsed()) return null;
  if (navigator.serviceWorker.controller !== null) return 'ready';
  return failedInstalls >= PATIENCE ? 'not_yet' : 'preparing';
}

/**
 * Whether a service worker controls this page, so it opens again without a connection (what the visit notebook tells
 * its visitor), read from the browser; null where none is used (development, a browser without them). Follows the
 * worker taking over and every failed try.
 */
export function useOfflineReady(): OfflineReadiness | null {
  return useSyncExternalStore(onReadinessChange, readiness, () => null);
}
