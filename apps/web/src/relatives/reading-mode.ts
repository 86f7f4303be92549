import { useCallback, useState } from 'react';

/** One choice per device, not per link: nothing about the invitation is kept in the browser. */
const KEY = 'kring.relative.readingMode';

function stored(): 'easy' | 'standard' | null {
  try {
    const value = window.localStorage.getItem(KEY);
    return value === 'easy' || value === 'standard' ? value : null;
  } catch {
    return null;
  }
}

/**
 * Easy-read or standard text, remembered across reloads once someone chose
 * it; until then the invitation decides (a resident starts in easy-read).
 */
export function useReadingMode(startEasy: boolean): [boolean, (easy: boolean) => void] {
  const [easy, setEasyState] = useState(() => {
    const choice = stored();
    return choice === null ? startEasy : choice === 'easy';
  });
  const setEasy = useCallback((next: boolean) => {
    setEasyState(next);
    try {
      window.localStorage.setItem(KEY, next ? 'easy' : 'standard');
    } catch {
      // Private browsing may refuse storage; the choice then lasts until the page is closed.
    }
  }, []);
  return [easy, setEasy];
}
