import { useState } from 'react';

/**
 * Which one of a list is being changed in place (a member's row, a note), and which one the focus goes back to: the
 * button that opened a form takes the focus again once the form closes, saved or cancelled (the form that had it is
 * gone, and the focus fell to the top of the page), never on the page's first draw. Give that button
 * `autoFocus={returnsTo(key)}`.
 */
export function useInPlaceOf<K>() {
  const [open, setOpen] = useState<K>();
  const [closed, setClosed] = useState<K>();
  return {
    opened: open,
    start: (key: K) => setOpen(key),
    stop: () => {
      setClosed(open);
      setOpen(undefined);
    },
    returnsTo: (key: K) => open === undefined && closed === key,
  };
}

/** One thing changed in place (an entry, a group's name, a question before it is answered): see useInPlaceOf. */
export function useInPlace() {
  const { opened, start, stop, returnsTo } = useInPlaceOf<true>();
  return { open: opened === true, start: () => start(true), stop, returnFocus: returnsTo(true) };
}
