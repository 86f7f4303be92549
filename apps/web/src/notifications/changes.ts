/**
 * Tells the bell that notifications were read on this page, so its count
 * follows at once instead of at its next look.
 */
const EVENT = 'kring:notifications-changed';

export function announceNotificationsChanged(): void {
  window.dispatchEvent(new Event(EVENT));
}

export function onNotificationsChanged(listener: () => void): () => void {
  window.addEventListener(EVENT, listener);
  return () => window.removeEventListener(EVENT, listener);
}
