import type { ReactNode } from 'react';

/**
 * Lets a wide table scroll sideways on a phone instead of squeezing it; the
 * region is focusable so it can be scrolled with the keyboard too. With
 * `stack`, a phone shows the rows as cards instead (see Table).
 */
export function TableWrap({ label, children, stack = false }: { label: string; children: ReactNode; stack?: boolean }) {
  return (
    <div className={stack ? 'table-wrap table-wrap--stack' : 'table-wrap'} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
