import { useId, type ComponentType, type ReactNode } from 'react';

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

/** One part of a page with sections: its anchor (the in-page link target), its title and what it shows. */
export interface PageSection {
  anchor: string;
  title: string;
  body: ReactNode;
}

/**
 * A page's sections with the list of in-page links above them, so a phone
 * reaches a lower section without scrolling past the ones above it.
 */
export function Sections({ label, sections }: { label: string; sections: readonly PageSection[] }) {
  return (
    <>
      <nav className="section-nav" aria-label={label}>
        <ul>
          {sections.map((section) => (
            <li key={section.anchor}>
              <a href={`#${section.anchor}`}>{section.title}</a>
            </li>
          ))}
        </ul>
      </nav>
      {sections.map((section) => (
        <Section key={section.anchor} id={section.anchor} title={section.title}>
          {section.body}
        </Section>
      ))}
    </>
  );
}

/** A section as a page's catalogue declares it: its anchor, the key of its title and the component that shows it. */
export interface SectionEntry<P, K extends string> {
  id: string;
  title: K;
  body: ComponentType<P>;
}

/** A catalogue's sections, each drawn with the same props (the page's record and how to reload it). */
export function SectionsOf<P extends object, K extends string>({
  label,
  sections,
  titleOf,
  props,
}: {
  label: string;
  sections: readonly SectionEntry<P, K>[];
  titleOf: (key: K) => string;
  props: P;
}) {
  return (
    <Sections
      label={label}
      sections={sections.map(({ id, title, body: Body }) => ({ anchor: id, title: titleOf(title), body: <Body {...props} /> }))}
    />
  );
}
