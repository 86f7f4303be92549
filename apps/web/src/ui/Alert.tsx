import type { ReactNode } from 'react';

/**
 * Errors interrupt (role="alert"); confirmations and notes wait their turn
 * (role="status") so they do not cut off what a screen reader is saying.
 */
export function Alert({ tone, children }: { tone: 'error' | 'success' | 'info'; children: ReactNode }) {
  return (
    <div className={`alert alert--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}
