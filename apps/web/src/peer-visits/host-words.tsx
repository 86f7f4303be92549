import { DEFAULT_RESIDENT_TERM, mirrorThemesFor, type LocalizedText, type MirrorTheme } from '@kring/domain';
import { createContext, useContext, useMemo, type ReactNode } from 'react';

/** The host's own word for the people it cares for, on the pages of one visit (absent: "bewoner"). */
const HostResidentTerm = createContext<string>(DEFAULT_RESIDENT_TERM);

/**
 * Around the pages of one visit: the mirror themes below it speak of the host's people in the host's word
 * ("Welbevinden van deelnemers" at a day-care). `term` null or absent (an anonymised report, a visit whose host is not
 * read yet) keeps "bewoners".
 */
export function HostWords({ term, children }: { term?: string | null; children: ReactNode }) {
  return <HostResidentTerm.Provider value={term || DEFAULT_RESIDENT_TERM}>{children}</HostResidentTerm.Provider>;
}

/** The mirror themes in the host's word (mirrorThemesFor). */
export function useMirrorThemes(): readonly MirrorTheme[] {
  const term = useContext(HostResidentTerm);
  return useMemo(() => mirrorThemesFor(term), [term]);
}

/** The mirror themes' names by id, in the host's word, for screens that show stored ids. */
export function useMirrorThemeNames(): ReadonlyMap<string, LocalizedText> {
  const themes = useMirrorThemes();
  return useMemo(() => new Map(themes.map((theme) => [theme.id, theme.name])), [themes]);
}
