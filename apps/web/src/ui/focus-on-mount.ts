import { useCallback } from 'react';

/**
 * `autoFocus` as people expect it: the element takes the focus each time it appears (a form opened in place, "Ja,
 * verwijderen" after "Verwijderen", the button a closed form hands the focus back to). The web build renders with
 * preact/compat, which only writes the `autofocus` attribute, and a browser honours that attribute once per page
 * load: every later one was ignored and the focus fell to the page's start. A ref callback focuses on every mount.
 */
export function useFocusOnMount<T extends HTMLElement>(enabled: boolean | undefined): (element: T | null) => void {
  return useCallback(
    (element: T | null) => {
      if (enabled && element) element.focus();
    },
    [enabled],
  );
}
