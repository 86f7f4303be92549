import { useId, type ReactNode } from 'react';

/** A titled part of a page; `id` makes it a target for in-page links. */
export function Section({ title, id, children }: { title: string; id?: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section id={id} aria-labelledby={headingId} className="section">
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}
