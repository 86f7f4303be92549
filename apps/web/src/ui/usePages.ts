import { useState } from 'react';

/**
 * A list read page by page, newest first ("Meer tonen"): the cursor of the page being read and the pages shown
 * before it. `more(shown, next)` keeps what is shown and reads the page after `next`; `restart()` goes back to the
 * first page (other filters, or after a change that reorders the list).
 */
export function usePages<T, C>() {
  const [cursor, setCursor] = useState<C | null>(null);
  const [earlier, setEarlier] = useState<readonly T[]>([]);
  return {
    cursor,
    /** Whether pages before the one being read are shown (then there is something to show while it loads). */
    hasEarlier: earlier.length > 0,
    /** Everything to show: the pages before, then the page just read (none while it loads). */
    shown: (page: readonly T[] | undefined): T[] => [...earlier, ...(page ?? [])],
    more: (shown: readonly T[], next: C) => {
      setEarlier(shown);
      setCursor(next);
    },
    restart: () => {
      setEarlier([]);
      setCursor(null);
    },
  };
}
