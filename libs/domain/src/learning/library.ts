import { LIMITS } from '../validation/limits';
import { childrenOfValue, findFrameworkItem } from '../values/framework';
import { LocalizedText } from '../values/localized-text';
import { CoreValueId } from '../values/types';

/**
 * What owners share in the community library (domain guide §7): cases,
 * stories, lessons (leerpunten from a session's harvest) and excerpts of a
 * peer visit's mirror report (spiegelrapport).
 */
export const LIBRARY_SOURCE_KINDS = ['case', 'story', 'lesson', 'mirror_report'] as const;
export type LibrarySourceKind = (typeof LIBRARY_SOURCE_KINDS)[number];

export const LIBRARY_SOURCE_KIND_LABELS: Record<LibrarySourceKind, LocalizedText> = {
  case: { nl: 'Casus', en: 'Case' },
  story: { nl: 'Verhaal', en: 'Story' },
  lesson: { nl: 'Leerpunt', en: 'Lesson' },
  mirror_report: { nl: 'Uit een spiegelrapport', en: 'From a mirror report' },
};

/** Shared with the own organisation, or (anonymised) with the learning network. */
export const LIBRARY_AUDIENCES = ['organisation', 'network'] as const;
export type LibraryAudience = (typeof LIBRARY_AUDIENCES)[number];

export const LIBRARY_AUDIENCE_LABELS: Record<LibraryAudience, LocalizedText> = {
  organisation: { nl: 'Onze eigen organisatie', en: 'Our own organisation' },
  network: { nl: 'Het lerend netwerk, zonder namen', en: 'The learning network, without names' },
};

export const LIBRARY_LIMITS = {
  title: LIMITS.name,
  body: LIMITS.longText,
  query: 200,
  maxValues: 12,
  results: 30,
} as const;

/**
 * Markers PostgreSQL's ts_headline puts around matched words. Control
 * characters never occur in typed text, so they cannot be forged by content
 * and the snippet never has to be read as HTML.
 */
export const HEADLINE_START = '\u0002';
export const HEADLINE_STOP = '\u0003';

export interface SnippetPart {
  readonly text: string;
  /** A word that matched the search (in any form: "bewoners" for "bewoner"). */
  readonly match: boolean;
}

/** Cuts a ts_headline result into plain and matched parts. */
export function snippetParts(headline: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const [i, piece] of headline.split(HEADLINE_START).entries()) {
    const [matched, rest] = i === 0 ? [null, piece] : splitOnce(piece, HEADLINE_STOP);
    if (matched) parts.push({ text: matched, match: true });
    if (rest) parts.push({ text: rest, match: false });
  }
  return parts;
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + separator.length)];
}

/**
 * The framework ids a value filter matches: a core value also finds what was
 * tagged with one of its sub-values, factors or vulnerabilities.
 */
export function valueFilterIds(ids: readonly string[]): string[] {
  return [
    ...new Set(
      ids.flatMap((id) => {
        const item = findFrameworkItem(id);
        if (!item) return [];
        return item.kind === 'value' ? [id, ...childrenOfValue(id as CoreValueId).map((c) => c.id)] : [id];
      }),
    ),
  ];
}
