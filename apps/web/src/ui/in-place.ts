import { useEffect, useState } from 'react';

/**
 * Which one of a list is being changed in place (a member's row, a note), and which one the focus goes back to: the
 * button that opened a form takes the focus again once the form closes, saved or cancelled (the form that had it is
 * gone, and the focus fell to the top of the page), never on the page's first draw. Give that button
 * `autoFocus={returnsTo(key)}`. It holds for the draw that closes the form only: a button that appears again later
 * (a live-room entry whose phase comes back) does not take the focus from whatever the person is doing then.
 */
export function useInPlaceOf<K>() {
  const [open, setOpen] = useState<K>();
  const [closed, setClosed] = useState<K>();
  // The button took the focus as it appeared (ui/focus-on-mount.ts, during that draw); afterwards nothing returns to it.
  useEffect(() => {
    if (closed !== undefined) setClosed(undefined);
  }, [closed]);
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
