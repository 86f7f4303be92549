import { useId, type ReactNode } from 'react';

/**
 * A titled part of a page; `id` makes it a target for in-page links.
 * `titleOnPhone={false}` keeps the title for screen readers but gives its
 * line on a phone to the content (a form that must fit the first screen).
 */
export function Section({
  title,
  id,
  titleOnPhone = true,
  children,
}: {
  title: string;
  id?: string;
  titleOnPhone?: boolean;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <section id={id} aria-labelledby={headingId} className="section">
      <h2 id={headingId} className={titleOnPhone ? undefined : 'section__title--wide-only'}>
        {title}
      </h2>
      {children}
    </section>
  );
}
