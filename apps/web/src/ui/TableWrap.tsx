import type { ReactNode } from 'react';

/**
 * Lets a wide table scroll sideways on a phone instead of squeezing it; the
 * region is focusable so it can be scrolled with the keyboard too.
 */
export function TableWrap({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
