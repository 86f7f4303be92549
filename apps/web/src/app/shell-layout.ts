import { createContext, useContext, useLayoutEffect } from 'react';

/**
 * How much of the application frame a page wants around it:
 * - 'full': header with the menu, and the footer;
 * - 'room': a slim header whose menu stays folded behind its button at every
 *   width, and no footer, so a live room starts with the conversation;
 * - 'screen': nothing at all: the room's shared screen shows no menu and
 *   nothing of the person logged in on it.
 */
export type ShellLayout = 'full' | 'room' | 'screen';

export const ShellLayoutContext = createContext<(layout: ShellLayout) => void>(() => undefined);

/** A page states its frame while it is shown; leaving it gives the next page the full frame again. */
export function useShellLayout(layout: ShellLayout): void {
  const setLayout = useContext(ShellLayoutContext);
  // Before the first paint, so the full header never flashes on the shared screen.
  useLayoutEffect(() => {
    setLayout(layout);
    return () => setLayout('full');
  }, [layout, setLayout]);
}
