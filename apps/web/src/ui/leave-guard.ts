import { useEffect } from 'react';

/** Per form on the page: whether it holds typed text that is not saved yet. */
const forms = new Set<() => boolean>();

function askBeforeLeaving(event: BeforeUnloadEvent): void {
  if (![...forms].some((unsaved) => unsaved())) return;
  // The browser asks in its own words (a page may not choose them any more); both lines are needed across browsers.
  event.preventDefault();
  event.returnValue = '';
}

/**
 * The browser asks "Wil je deze pagina verlaten?" when the tab is closed or reloaded, or the person leaves Kring, while
 * `unsaved` says a form still holds typed text: a case written on a laptop in the living room is not lost to a closed
 * lid or a mistaken swipe back. `unsaved` must keep its identity (useCallback).
 */
export function useLeaveGuard(unsaved: () => boolean): void {
  useEffect(() => {
    if (forms.size === 0) window.addEventListener('beforeunload', askBeforeLeaving);
    forms.add(unsaved);
    return () => {
      forms.delete(unsaved);
      if (forms.size === 0) window.removeEventListener('beforeunload', askBeforeLeaving);
    };
  }, [unsaved]);
}
