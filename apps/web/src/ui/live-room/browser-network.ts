import type { NetworkSignal } from './room-client';

/** The browser's own online and offline signals, for every live room's client. */
export const browserNetwork: NetworkSignal = {
  isOnline: () => navigator.onLine,
  subscribe: (listener) => {
    const online = () => listener(true);
    const offline = () => listener(false);
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
    };
  },
};
